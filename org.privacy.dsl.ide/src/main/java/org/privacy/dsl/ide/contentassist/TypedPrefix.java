package org.privacy.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words typed before the caret that a proposal of several words may replace: in {@code requires sent ^fr}, the
 * proposal {@code sent ^from home} replaces {@code sent ^fr}, while a one-word proposal would replace only the word
 * under the caret. Words are letters, digits, {@code _}, {@code -} and a leading {@code ^}; spacing, line breaks and
 * case do not matter.
 */
final class TypedPrefix {

	private static final int MAX_WORDS = 8;

	private static final Pattern SPACING = Pattern.compile("\\s+");

	/** Start offsets of the trailing words, the last one (possibly empty) being the word under the caret. */
	private final List<Integer> starts = new ArrayList<>();
	private final String text;
	private final int caret;

	TypedPrefix(String text, int caret) {
		this.text = text;
		this.caret = caret;
		int i = caret;
		int wordStart = scanWordBack(i);
		starts.add(wordStart);
		i = wordStart;
		while (starts.size() <= MAX_WORDS) {
			int j = i;
			while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
				j--;
			}
			if (j == i) {
				break;
			}
			int start = scanWordBack(j);
			if (start == j) {
				break;
			}
			starts.add(0, start);
			i = start;
		}
	}

	/** The word under the caret (possibly empty). */
	String word() {
		return text.substring(starts.get(starts.size() - 1), caret);
	}

	/**
	 * The longest run of trailing words (at least the word under the caret) that the start of {@code proposal} or
	 * of {@code name} matches, as typed; {@code null} when not even the word under the caret matches.
	 */
	String longestMatch(String proposal, String name) {
		String normalizedProposal = normalize(proposal);
		String normalizedName = normalize(name);
		for (int start : starts) {
			String typed = text.substring(start, caret);
			String normalized = normalize(typed);
			if (normalizedProposal.startsWith(normalized) || normalizedName.startsWith(normalized)) {
				return typed;
			}
		}
		return null;
	}

	/** Whether at least one whole word precedes the word under the caret in {@code typed}. */
	static boolean spansWords(String typed) {
		return normalize(typed).contains(" ");
	}

	private int scanWordBack(int from) {
		int i = from;
		while (i > 0 && isWordChar(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '^';
	}

	private static String normalize(String s) {
		// keep a trailing space: "sent " is the start of "sent from home", not of "sentAt"
		String collapsed = SPACING.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
		return collapsed.startsWith(" ") ? collapsed.substring(1) : collapsed;
	}
}
