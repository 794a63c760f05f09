package org.privacy.runtime;

/**
 * Masks personal data for reports: enough to recognise a record, not enough to identify a person. An email address
 * keeps its first letter and top-level domain ({@code j***@***.fr}); anything else keeps its last two characters.
 * A kept character that is invisible or reorders text (a control, a line or paragraph separator, a format character
 * such as a bidirectional control, half of a surrogate pair) is masked too: a masked value must not disguise the
 * text around it.
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
			return kept(s.substring(0, 1)) + "***@***" + kept(tld);
		}
		if (s.length() <= 4) {
			return "****";
		}
		return "*".repeat(Math.min(s.length() - 2, 8)) + kept(s.substring(s.length() - 2));
	}

	/** {@code part} with each character that could disguise text replaced by {@code *}. */
	private static String kept(String part) {
		StringBuilder shown = new StringBuilder(part.length());
		for (int i = 0; i < part.length(); i++) {
			char c = part.charAt(i);
			shown.append(switch (Character.getType(c)) {
				case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
						Character.SURROGATE, Character.UNASSIGNED -> '*';
				default -> c;
			});
		}
		return shown.toString();
	}
}
