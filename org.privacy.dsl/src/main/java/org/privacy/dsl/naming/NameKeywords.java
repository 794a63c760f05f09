package org.privacy.dsl.naming;

import java.util.Collections;
import java.util.List;
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
		/** The first word of a name of two words or more. */
		FIRST,
		/** A word between two others. */
		INNER,
		/** The last word of a name of two words or more. */
		LAST,
		/** The one word of a name. */
		ONLY
	}

	private final Set<String> all;
	private final Set<String> plain;
	private final Set<String> first;
	private final Set<String> anywhere;
	private final Set<String> inner;

	@Inject
	public NameKeywords(PrivacyGrammarAccess grammar) {
		all = words(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		plain = keywordsOf(grammar.getWordRule());
		first = keywordsOf(grammar.getNameStartKeywordRule());
		first.addAll(plain);
		anywhere = keywordsOf(grammar.getNameKeywordRule());
		anywhere.addAll(plain);
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

	/** The keywords that can begin a name of two words or more. */
	public Set<String> starting() {
		Set<String> starting = new TreeSet<>(first);
		starting.removeAll(plain);
		return starting;
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
			case ONLY -> plain.contains(word);
			case INNER -> inner.contains(word);
			case LAST -> anywhere.contains(word);
		};
	}

	/** Where the word at {@code index} stands in a name of {@code size} words. */
	public static Place place(int index, int size) {
		return size == 1 ? Place.ONLY : index == 0 ? Place.FIRST : index == size - 1 ? Place.LAST : Place.INNER;
	}

	/**
	 * Whether the word at {@code index} of a name, as written (a word escaped as {@code ^and} is no keyword), can be
	 * read by the grammar's {@code Phrase}: its keyword may stand there, and the words around it let it.
	 */
	public boolean writable(List<String> words, int index) {
		String word = words.get(index);
		if (!all.contains(word)) {
			return true;
		}
		Place place = place(index, words.size());
		if (!allowed(word, place)) {
			return false;
		}
		boolean needsWordAfter = !allowed(word, Place.LAST);
		if (index == 1 && all.contains(words.get(0)) && needsWordAfter) {
			return false; // a keyword that begins a name is followed by a word or a NameKeyword
		}
		// a keyword that cannot end a name needs a word after it, not another such keyword
		return !(place == Place.INNER && needsWordAfter && !allowed(words.get(index + 1), Place.LAST));
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
