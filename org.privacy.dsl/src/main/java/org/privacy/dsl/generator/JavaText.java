package org.privacy.dsl.generator;

import org.privacy.dsl.model.JavaNames;

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

	/** A Java identifier in upper snake case from any text (owned by {@link JavaNames#constantName}). */
	public static String constantName(String s) {
		return JavaNames.constantName(s);
	}

	/** A Java identifier in lower camel case from any text (owned by {@link JavaNames#methodName}). */
	public static String methodName(String s) {
		return JavaNames.methodName(s);
	}

	/** A Java class name in upper camel case (owned by {@link JavaNames#className}). */
	public static String className(String s) {
		return JavaNames.className(s);
	}
}
