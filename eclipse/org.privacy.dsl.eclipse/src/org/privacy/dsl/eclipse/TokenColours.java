package org.privacy.dsl.eclipse;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.privacy.dsl.ide.highlighting.PrivacyTokenStyles;

/**
 * The colour and font style of each kind of token: keywords and comments from the grammar, the rest from the
 * language's semantic highlighting ({@link PrivacyTokenStyles}, the token types the language server sends).
 */
public final class TokenColours {

	/** How one kind of token is shown. */
	public record Style(Color foreground, int fontStyle) {
	}

	public static final String KEYWORD = "keyword";
	public static final String COMMENT = "comment";
	public static final String TEXT = "text";

	private static final Map<String, Style> STYLES = Map.ofEntries(
			Map.entry(KEYWORD, new Style(new Color(127, 0, 85), SWT.BOLD)),
			Map.entry(COMMENT, new Style(new Color(63, 127, 95), SWT.ITALIC)),
			Map.entry(TEXT, new Style(new Color(42, 0, 255), SWT.NORMAL)),
			Map.entry(PrivacyTokenStyles.TERM, new Style(new Color(0, 0, 192), SWT.NORMAL)),
			Map.entry(PrivacyTokenStyles.ENTITY, new Style(new Color(0, 110, 80), SWT.BOLD)),
			Map.entry(PrivacyTokenStyles.ENUMERATION, new Style(new Color(0, 110, 80), SWT.BOLD)),
			Map.entry(PrivacyTokenStyles.ENUM_VALUE, new Style(new Color(0, 0, 192), SWT.ITALIC)),
			Map.entry(PrivacyTokenStyles.FIELD, new Style(new Color(0, 90, 160), SWT.NORMAL)),
			Map.entry(PrivacyTokenStyles.PARAMETER, new Style(new Color(140, 70, 0), SWT.ITALIC)),
			Map.entry(PrivacyTokenStyles.VARIABLE, new Style(new Color(140, 70, 0), SWT.NORMAL)),
			Map.entry(PrivacyTokenStyles.RULE_ID, new Style(new Color(100, 100, 100), SWT.BOLD)),
			Map.entry(PrivacyTokenStyles.LEGAL_BASIS, new Style(new Color(160, 40, 0), SWT.NORMAL)),
			Map.entry(PrivacyTokenStyles.DURATION, new Style(new Color(125, 72, 0), SWT.NORMAL)),
			Map.entry(PrivacyTokenStyles.CATEGORY, new Style(new Color(90, 60, 140), SWT.NORMAL)),
			Map.entry(PrivacyTokenStyles.POLICY, new Style(new Color(0, 110, 80), SWT.BOLD)));

	private TokenColours() {
	}

	/** The style of a token kind (a key above or a semantic token type), or null when it is shown plainly. */
	public static Style of(String kind) {
		return kind == null ? null : STYLES.get(kind);
	}
}
