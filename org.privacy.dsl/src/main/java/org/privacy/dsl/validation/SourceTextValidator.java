package org.privacy.dsl.validation;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.privacy.Model;

/**
 * Trojan Source (CVE-2021-42574): bidirectional controls reorder what an editor or a review shows, and line and
 * paragraph separators break lines that the parser does not see, so a file can read differently from what it
 * means. Rule files have no use for them; each one is reported where it stands, in strings, comments and names alike.
 */
public class SourceTextValidator extends ConcernValidator {

	@Check
	public void invisibleControls(Model model) {
		ICompositeNode root = NodeModelUtils.getNode(model);
		if (root == null) {
			return;
		}
		// the whole file, not just the model's text: a comment before the first declaration counts too
		String text = root.getRootNode().getText();
		for (int i = 0; i < text.length(); i++) {
			String name = controlName(text.charAt(i));
			if (name != null) {
				getMessageAcceptor().acceptWarning("invisible " + name + " here: it makes the text show otherwise than"
						+ " it reads; delete it, or write the text without it", model, i, 1,
						IssueCodes.INVISIBLE_CONTROL, String.format("U+%04X", (int) text.charAt(i)));
			}
		}
	}

	/** What the character is, for the message, or {@code null} when it is not an invisible control. */
	static String controlName(char c) {
		return switch (c) {
			case '\u202A' -> "left-to-right embedding (U+202A)";
			case '\u202B' -> "right-to-left embedding (U+202B)";
			case '\u202C' -> "pop directional formatting (U+202C)";
			case '\u202D' -> "left-to-right override (U+202D)";
			case '\u202E' -> "right-to-left override (U+202E)";
			case '\u2066' -> "left-to-right isolate (U+2066)";
			case '\u2067' -> "right-to-left isolate (U+2067)";
			case '\u2068' -> "first strong isolate (U+2068)";
			case '\u2069' -> "pop directional isolate (U+2069)";
			case '\u200E' -> "left-to-right mark (U+200E)";
			case '\u200F' -> "right-to-left mark (U+200F)";
			case '\u061C' -> "arabic letter mark (U+061C)";
			case '\u2028' -> "line separator (U+2028)";
			case '\u2029' -> "paragraph separator (U+2029)";
			default -> null;
		};
	}
}
