package org.privacy.dsl.naming;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.privacy.dsl.services.PrivacyGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Which keywords of the language can be words of a multi-word name, read from the grammar so that it is decided in
 * one place: the {@code Word}, {@code NameKeyword} and {@code InnerNameKeyword} rules of {@code Privacy.xtext}. Every
 * other keyword (one a new construct adds included) can follow a name in some sentence, so it cannot be part of one.
 */
@Singleton
public class NameKeywords {

	private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

	/** Where a keyword stands in a name, for the refusal's wording. */
	public enum Place {
		FIRST, INNER, LAST
	}

	private final Set<String> all;
	private final Set<String> first;
	private final Set<String> anywhere;
	private final Set<String> inner;

	@Inject
	public NameKeywords(PrivacyGrammarAccess grammar) {
		all = words(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		first = keywordsOf(grammar.getWordRule());
		anywhere = keywordsOf(grammar.getNameKeywordRule());
		anywhere.addAll(first);
		inner = keywordsOf(grammar.getInnerNameKeywordRule());
		inner.addAll(anywhere);
	}

	/** Every keyword of the grammar that is made of letters. */
	public Set<String> keywords() {
		return Collections.unmodifiableSet(all);
	}

	/** The keywords that cannot be a word of a name after its first word, wherever they stand. */
	public Set<String> refused() {
		Set<String> refused = new TreeSet<>(all);
		refused.removeAll(inner);
		return refused;
	}

	/** The keywords that can be a word of a name after its first word, but not its last (a word must follow). */
	public Set<String> innerOnly() {
		Set<String> innerOnly = new TreeSet<>(inner);
		innerOnly.removeAll(anywhere);
		return innerOnly;
	}

	public boolean isKeyword(String word) {
		return all.contains(word);
	}

	/** Whether {@code word}, a keyword or not, can stand at {@code place} in a name written without quotes. */
	public boolean allowed(String word, Place place) {
		if (!all.contains(word)) {
			return true;
		}
		return switch (place) {
			case FIRST -> first.contains(word);
			case INNER -> inner.contains(word);
			case LAST -> anywhere.contains(word);
		};
	}

	private static Set<String> keywordsOf(AbstractRule rule) {
		Set<String> words = new TreeSet<>();
		for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
			words.add(keyword.getValue());
		}
		return words(words);
	}

	private static Set<String> words(Set<String> keywords) {
		Set<String> words = new TreeSet<>();
		for (String keyword : keywords) {
			if (LETTERS.matcher(keyword).matches()) {
				words.add(keyword);
			}
		}
		return words;
	}
}
