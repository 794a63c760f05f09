package org.privacy.cli.report;

import org.privacy.check.VisibleText;

/**
 * Escaping for text that goes into an HTML page, as element content or as a double-quoted attribute value. Rule
 * titles, bases, explanations and file names come from users and can hold anything: after {@link #escape} they are
 * text, never markup.
 */
public final class Html {
	private static final char REPLACEMENT = '\uFFFD';

	private Html() {
	}

	/**
	 * {@code text} with {@code & < > " '} as character references. Control characters other than tab and line
	 * breaks, and UTF-16 halves without their other half, become U+FFFD: HTML has no place for them and a lone
	 * surrogate cannot be written as UTF-8. Line and paragraph separators and bidirectional controls are shown as
	 * escapes ({@link VisibleText}): the page's own {@code dir="auto"} gives right-to-left scripts their direction.
	 */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			case '\t', '\n', '\r' -> out.append(c);
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1))) {
					out.append(c).append(text.charAt(++i));
				} else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
					out.append(REPLACEMENT);
				} else if (VisibleText.disguises(c)) {
					// shown, not obeyed: a bidirectional control would reorder the text around it
					VisibleText.appendEscape(out, c);
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}
}
