package org.privacy.beanvalidation;

/**
 * Message templates that say exactly their text. A finding's sentence holds data values (masked or not) and rule
 * titles; a Jakarta Validation provider would read {@code {...}} in them as message parameters and {@code ${...}} as
 * expressions to evaluate, so every character with a meaning in templates is escaped.
 */
final class MessageTemplates {
	private MessageTemplates() {
	}

	static String literal(String text) {
		StringBuilder b = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' || c == '{' || c == '}' || c == '$') {
				b.append('\\');
			}
			b.append(c);
		}
		return b.toString();
	}
}
