package org.privacy.cli.report;

import java.util.Comparator;

/**
 * Orders text as people number things: {@code GDPR art. 7} before {@code GDPR art. 12(3)}, {@code RTS-2} before
 * {@code RTS-10}. Case is ignored unless it is the only difference.
 */
public final class NaturalOrder implements Comparator<String> {
	public static final NaturalOrder INSTANCE = new NaturalOrder();

	private NaturalOrder() {
	}

	@Override
	public int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char x = a.charAt(i);
			char y = b.charAt(j);
			if (Character.isDigit(x) && Character.isDigit(y)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				int byNumber = compareNumbers(a.substring(i, endA), b.substring(j, endB));
				if (byNumber != 0) {
					return byNumber;
				}
				i = endA;
				j = endB;
			} else {
				int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
				if (byChar != 0) {
					return byChar;
				}
				i++;
				j++;
			}
		}
		int byLength = Integer.compare(a.length() - i, b.length() - j);
		return byLength != 0 ? byLength : a.compareTo(b);
	}

	private static int digitsEnd(String s, int start) {
		int end = start;
		while (end < s.length() && Character.isDigit(s.charAt(end))) {
			end++;
		}
		return end;
	}

	private static int compareNumbers(String x, String y) {
		String a = x.replaceFirst("^0+(?=\\d)", "");
		String b = y.replaceFirst("^0+(?=\\d)", "");
		return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
	}
}
