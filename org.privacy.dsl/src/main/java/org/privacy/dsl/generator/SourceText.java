package org.privacy.dsl.generator;

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
}
