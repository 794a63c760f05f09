package org.privacy.check;

import java.util.Locale;

/**
 * Text for people, with the characters that could forge or disguise it shown as escapes ({@code \n},
 * {@code \u001b}, {@code \u202e}): control characters, which could forge a line or restyle a terminal; the line
 * and paragraph separators U+2028 and U+2029, which many viewers break lines at; and the bidirectional controls
 * (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C), which reorder what follows them, so that a title or a
 * key could read backwards or hide a part of itself ("Trojan Source"). Every report meant for people goes through
 * here; reports meant for programs (JSON) keep the text as it is, escaped by their own syntax.
 */
public final class VisibleText {
	/** The most characters of a record key a report for people shows ({@link #shortened}). */
	public static final int KEY_LENGTH = 40;

	private VisibleText() {
	}

	/** {@code s} with every {@linkplain #disguises disguising} character written as an escape. */
	public static String of(String s) {
		StringBuilder shown = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!disguises(c)) {
				if (shown != null) {
					shown.append(c);
				}
				continue;
			}
			if (shown == null) {
				shown = new StringBuilder(s.length() + 8).append(s, 0, i);
			}
			appendEscape(shown, c);
		}
		return shown == null ? s : shown.toString();
	}

	/**
	 * {@code s} if it has at most {@code max} characters, else its first {@code max} followed by an ellipsis and its
	 * length ({@code "abc… (1048576 characters)"}): data such as a record key can be any length, and a report for
	 * people must stay proportionate to its input. The length tells two shortened keys apart from one key.
	 */
	public static String shortened(String s, int max) {
		if (s.length() <= max) {
			return s;
		}
		int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
		return s.substring(0, end) + "\u2026 (" + s.length() + " characters)";
	}

	/** Whether {@code c} is a control, a line or paragraph separator, or a bidirectional control. */
	public static boolean disguises(char c) {
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isBidiControl(c);
	}

	/** Appends the escape of {@code c}: {@code \n}, {@code \r}, {@code \t}, else {@code \}{@code uXXXX}. */
	public static void appendEscape(StringBuilder out, char c) {
		switch (c) {
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
		}
	}

	/** The explicit bidirectional formatting characters of Unicode's bidirectional algorithm (UAX #9). */
	private static boolean isBidiControl(char c) {
		return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u200e' || c == '\u200f'
				|| c == '\u061c';
	}
}
