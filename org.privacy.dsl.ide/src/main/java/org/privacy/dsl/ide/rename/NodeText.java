package org.privacy.dsl.ide.rename;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/** Regions of the text of parse nodes, without the comments and white space around them. */
public final class NodeText {
	private NodeText() {
	}

	/** From the first to the last visible token of {@code node}. */
	public static ITextRegion visibleRegion(INode node) {
		ILeafNode first = null;
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				if (first == null) {
					first = leaf;
				}
				last = leaf;
			}
		}
		if (first == null) {
			return new TextRegion(node.getOffset(), 0);
		}
		return new TextRegion(first.getOffset(), last.getEndOffset() - first.getOffset());
	}

	/** The last visible token of {@code node}: the simple name of a qualified name such as {@code acme.crm.Customer}. */
	public static ILeafNode lastVisibleLeaf(INode node) {
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		return last;
	}

	/** Whether {@code node} is a name written in quotes ({@code term "email marketing"}). */
	public static boolean isQuoted(INode node) {
		return node.getText().trim().startsWith("\"");
	}

	/** {@code region} without the quotes of a quoted name. */
	public static ITextRegion withoutQuotes(INode node, ITextRegion region) {
		if (!isQuoted(node) || region.getLength() < 2) {
			return region;
		}
		return new TextRegion(region.getOffset() + 1, region.getLength() - 2);
	}
}
