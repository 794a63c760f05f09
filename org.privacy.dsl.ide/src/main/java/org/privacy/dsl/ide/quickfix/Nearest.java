package org.privacy.dsl.ide.quickfix;

import org.privacy.dsl.naming.Spelling;

/** The candidate closest to a misspelt word, by edit distance ignoring case, if it is close enough to be a typo. */
final class Nearest {
	private Nearest() {
	}

	static String to(String word, Iterable<String> candidates) {
		return Spelling.nearest(word, candidates);
	}
}
