package org.privacy.dsl.ide.contentassist;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;

import com.google.inject.Singleton;

/**
 * The answers to "can this grammar element be called after that one, inside this rule?", kept for the language's
 * lifetime (one per injector: the grammar's elements are the injector's). The question is Xtext's
 * {@code ContentAssistContextFactory.canBeCalledAfter}, answered by walking the grammar; its answer depends only on
 * the rule and the two grammar elements, and on the text of the last complete token only when that token has no
 * grammar element (the walk then looks for a keyword of that text). Completion threads ask at the same time, hence the
 * concurrent map; the text of tokens without a grammar element can be anything, so the map is emptied past a bound.
 */
@Singleton
public class GrammarCallOrder {

	/** A bound on the memory kept: past it the answers are forgotten, and walked again when asked. */
	static final int MAX_ANSWERS = 20_000;

	private final Map<Question, Boolean> answers = new ConcurrentHashMap<>();

	/** Grammar elements compare by identity (EMF objects do not override equals). */
	private record Question(AbstractRule rule, EObject previous, String previousText, EObject next) {
	}

	/**
	 * The answer of {@code walk} for these arguments, walked at most once. {@code previousText} is part of the
	 * question only when {@code previousGrammarElement} is {@code null}, the one case where the walk reads it.
	 */
	public boolean canBeCalledAfter(AbstractRule rule, EObject previousGrammarElement, String previousText,
			EObject nextGrammarElement, BooleanSupplier walk) {
		Question question = new Question(rule, previousGrammarElement,
				previousGrammarElement == null ? previousText : null, nextGrammarElement);
		Boolean known = answers.get(question);
		if (known != null) {
			return known;
		}
		boolean answer = walk.getAsBoolean();
		if (answers.size() >= MAX_ANSWERS) {
			answers.clear();
		}
		answers.put(question, answer);
		return answer;
	}

	/** How many answers are kept (for tests). */
	int size() {
		return answers.size();
	}
}
