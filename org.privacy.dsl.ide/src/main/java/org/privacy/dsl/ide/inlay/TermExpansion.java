package org.privacy.dsl.ide.inlay;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Term;

/** What a term stands for, as written in its declaration, on one line: {@code MessageSend where channel = EMAIL}. */
public final class TermExpansion {

	private TermExpansion() {
	}

	/** The text after the term's colon, with comments dropped and spacing collapsed; empty if there is none. */
	public static String of(Term term) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(term);
		if (node == null) {
			return "";
		}
		String text = NodeModelUtils.getTokenText(node);
		String name = tokenText(term, PrivacyPackage.eINSTANCE.getNamed_Name());
		int start = text.indexOf(':', text.indexOf(name) + name.length());
		return start < 0 ? "" : text.substring(start + 1).trim();
	}

	/** {@code text} cut to at most {@code max} characters, ending with an ellipsis when cut. */
	public static String shorten(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		return text.substring(0, max - 1).stripTrailing() + "…";
	}

	private static String tokenText(Term term, org.eclipse.emf.ecore.EStructuralFeature feature) {
		for (INode node : NodeModelUtils.findNodesForFeature(term, feature)) {
			return NodeModelUtils.getTokenText(node);
		}
		return "";
	}
}
