package org.privacy.dsl.model;

import java.util.regex.Pattern;

/**
 * The placeholders of an {@code explain} sentence: a field name in braces ({@code {email}}); other braces are text.
 * The generator fills them, the rule validator checks their names and the language server renames them.
 */
public final class Placeholders {
	private Placeholders() {
	}

	/** One placeholder; group 1 is the field's name. */
	public static final Pattern PATTERN = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\}");
}
