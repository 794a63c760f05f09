package org.privacy.dsl.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * EMF equality of two parsed models (attributes and contained objects), with each cross reference compared by the
 * text that names its target: the models are not linked, so their proxies would name node positions. The formatter
 * tests and the fuzzer use it to check that formatting does not change what a file means.
 */
public final class SameModel extends EcoreUtil.EqualityHelper {
	private static final long serialVersionUID = 1L;

	/** The comments of a parsed file, each trimmed, sorted: a multiset that formatting must keep. */
	public static List<String> comments(XtextResource resource) {
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule
					&& rule.getName().endsWith("COMMENT")) {
				comments.add(leaf.getText().strip());
			}
		}
		comments.sort(null);
		return comments;
	}

	/** Whether two parsed models are the same model, written perhaps with another layout. */
	public static boolean same(EObject a, EObject b) {
		return new SameModel().equals(a, b);
	}

	@Override
	protected boolean haveEqualReference(EObject a, EObject b, EReference reference) {
		if (reference.isContainment() || reference.isContainer()) {
			return super.haveEqualReference(a, b, reference);
		}
		return referenceText(a, reference).equals(referenceText(b, reference));
	}

	private static List<String> referenceText(EObject object, EReference reference) {
		List<String> texts = new ArrayList<>();
		for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
			texts.add(NodeModelUtils.getTokenText(node));
		}
		return texts;
	}
}
