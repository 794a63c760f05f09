package org.privacy.dsl.ide.server;

import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;

/**
 * Xtext's partial parser, allowed to re-parse a whole top-level declaration only (an entity, a term, a rule, ...), or
 * else the whole file. Xtext's own chooses the smallest part of the model around a change that a rule of the grammar
 * can parse on its own, such as the condition of a {@code count of ... where}, and parses it as if it ended the file:
 * that can read otherwise than the whole parse where what follows decides (in {@code count of a in amendments where not
 * a.signed <= 2} the condition runs to the end of the line), and gave other diagnostics than a fresh load (found by
 * random edits of the corpus). A file is a header and then declarations one after another ({@code elements+=Element*});
 * a declaration starts with its keyword, and after a whole declaration the parser is in the same state wherever it
 * stands, so a declaration parsed on its own reads as in the whole file.
 */
public class DeclarationReparser extends PartialParsingHelper {

	private static final String DECLARATION_RULE = "Element";

	@Override
	protected boolean isInvalidRootNode(ICompositeNode rootNode, ICompositeNode candidate) {
		return super.isInvalidRootNode(rootNode, candidate) || !isDeclaration(rootNode, candidate);
	}

	/**
	 * Whether {@code candidate} is a top-level declaration: the node of a call of {@code Element} right under the root,
	 * or a node of the same text under it (the call of {@code Rule}, {@code Entity}, ... that the declaration is).
	 */
	private static boolean isDeclaration(ICompositeNode rootNode, ICompositeNode candidate) {
		ICompositeNode node = candidate;
		while (node.getParent() != null && node.getParent() != rootNode) {
			ICompositeNode parent = node.getParent();
			if (parent.getTotalOffset() != candidate.getTotalOffset()
					|| parent.getTotalLength() != candidate.getTotalLength()) {
				return false;
			}
			node = parent;
		}
		return node.getParent() == rootNode && node.getGrammarElement() instanceof RuleCall call
				&& DECLARATION_RULE.equals(call.getRule().getName());
	}
}
