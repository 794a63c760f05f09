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
			if (Messages.controlName(text.charAt(i)) != null) {
				warningAt(Messages.invisibleControl(text.charAt(i)), model, i, 1,
						String.format("U+%04X", (int) text.charAt(i)));
			}
		}
	}
}
