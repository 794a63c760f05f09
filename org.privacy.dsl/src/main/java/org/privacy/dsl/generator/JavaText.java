package org.privacy.dsl.generator;

/**
 * Turns text from rule files into Java: string literals and Javadoc that no title, basis or message can break out of
 * (quotes, backslashes, comment ends, unicode escapes, line breaks and every non-ASCII character are escaped).
 */
public final class JavaText {
	private JavaText() {
	}

	/** A Java string literal, quotes included. */
	public static String literal(String s) {
		StringBuilder b = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20 || c > 0x7e) {
						b.append(String.format("\\u%04x", (int) c));
					} else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}

	/**
	 * Text for a Javadoc comment: HTML-escaped, with comment ends, at-signs and backslashes neutralised, and
	 * non-ASCII characters as HTML entities so the source stays ASCII.
	 */
	public static String javadoc(String s) {
		StringBuilder b = new StringBuilder(s.length() + 8);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '@' -> b.append("&#64;");
				case '\\' -> b.append("&#92;");
				case '*' -> b.append(i + 1 < s.length() && s.charAt(i + 1) == '/' ? "&#42;" : "*");
				case '/' -> b.append(i > 0 && s.charAt(i - 1) == '*' ? "&#47;" : "/");
				case '\r' -> {
				}
				case '\n' -> b.append(' ');
				default -> {
					if (c < 0x20) {
						b.append(' ');
					} else if (c > 0x7e) {
						b.append("&#").append((int) c).append(';');
					} else {
						b.append(c);
					}
				}
			}
		}
		return b.toString();
	}

	/** A Java identifier in upper snake case from any text: {@code MKT-01} becomes {@code MKT_01}. */
	public static String constantName(String s) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetterOrDigit(c) && c < 0x80) {
				if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(s.charAt(i - 1))) {
					b.append('_');
				}
				b.append(Character.toUpperCase(c));
			} else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
				b.append('_');
			}
		}
		while (b.length() > 0 && b.charAt(b.length() - 1) == '_') {
			b.setLength(b.length() - 1);
		}
		if (b.length() == 0 || Character.isDigit(b.charAt(0))) {
			b.insert(0, 'X');
		}
		return b.toString();
	}

	/** A Java identifier in lower camel case from any text: {@code soft opt-in} becomes {@code softOptIn}. */
	public static String methodName(String s) {
		StringBuilder b = new StringBuilder();
		boolean upper = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetterOrDigit(c) && c < 0x80) {
				b.append(b.length() == 0 ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (b.length() == 0 || Character.isDigit(b.charAt(0))) {
			b.insert(0, 'x');
		}
		return b.toString();
	}

	/** A Java class name in upper camel case. */
	public static String className(String s) {
		String m = methodName(s);
		return Character.toUpperCase(m.charAt(0)) + m.substring(1);
	}
}
