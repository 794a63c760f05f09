package org.privacy.runtime;

/**
 * Masks personal data for reports: enough to recognise a record, not enough to identify a person. An email address
 * keeps its first letter and top-level domain ({@code j***@***.fr}); anything else keeps its last two characters.
 */
public final class Mask {
	private Mask() {
	}

	public static String mask(Object value) {
		if (value == null || !Values.isSingle(value)) {
			return Text.format(value); // says what it is, not what it holds
		}
		String s = Text.format(value);
		int at = s.indexOf('@');
		if (at > 0) {
			int dot = s.lastIndexOf('.');
			String tld = dot > at ? s.substring(dot) : "";
			return s.charAt(0) + "***@***" + tld;
		}
		if (s.length() <= 4) {
			return "****";
		}
		return "*".repeat(Math.min(s.length() - 2, 8)) + s.substring(s.length() - 2);
	}
}
