package org.privacy.dsl.model;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The rule author's own words for a piece of a model, with comments dropped and spacing normalised. */
public final class SourceText {
	private SourceText() {
	}

	public static String of(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return "";
		}
		StringBuilder b = new StringBuilder();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
					b.append(' ');
				}
			} else {
				b.append(leaf.getText());
			}
		}
		return b.toString().trim();
	}

	/** The text of an expression without parentheses around the whole: {@code latest of x} for {@code (latest of x)}. */
	public static String unparenthesized(EObject element) {
		String text = of(element);
		while (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1))) {
			text = text.substring(1, text.length() - 1).trim();
		}
		return text;
	}

	private static boolean balanced(String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			depth += c == '(' ? 1 : c == ')' ? -1 : 0;
			if (depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}
}
