package org.privacy.dsl.naming;

import java.util.Locale;

/** The candidate closest to a misspelt word, by edit distance ignoring case, if it is close enough to be a typo. */
public final class Spelling {
	private Spelling() {
	}

	/** The candidate nearest to {@code word}, or {@code null} when none is within a third of its letters. */
	public static String nearest(String word, Iterable<String> candidates) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		String w = word.toLowerCase(Locale.ROOT);
		for (String candidate : candidates) {
			int d = distance(w, candidate.toLowerCase(Locale.ROOT));
			if (d < bestDistance) {
				best = candidate;
				bestDistance = d;
			}
		}
		int allowed = Math.max(1, word.length() / 3);
		return bestDistance <= allowed ? best : null;
	}

	/** Insertions, deletions and replacements of one character each count one. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
