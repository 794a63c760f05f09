package org.privacy.dsl.ide.server;

import java.io.StringReader;
import java.util.List;

import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.ParseException;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.util.ReplaceRegion;
import org.privacy.dsl.ide.rename.NodeText;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.Model;

import com.google.inject.Inject;

/**
 * Xtext's partial parser, allowed to re-parse a whole top-level declaration only (an entity, a term, a rule, ...), or
 * else the whole file; a change inside one declaration, its end included, re-parses that declaration alone.
 * <p>
 * Xtext's own parser chooses the smallest part of the model around a change that a rule of the grammar can parse on its
 * own, such as the condition of a {@code count of ... where}, and parses it as if it ended the file: that can read
 * otherwise than the whole parse where what follows decides (in {@code count of a in amendments where not a.signed <=
 * 2} the condition runs to the end of the line), and gave other diagnostics than a fresh load (found by random edits of
 * the corpus). It also refuses a part whose parse looked at the token after it, and a declaration's always does (to
 * see where it ends), so a change at the end of a declaration, where one types most, re-parsed the whole file.
 * <p>
 * A file is a header and then declarations one after another ({@code elements+=Element*}); every declaration starts
 * with a keyword of its own ({@code entity}, {@code rule}, ...) that the grammar accepts nowhere else, except
 * {@code category} inside an entity's braces. After a whole declaration the next token is therefore such a keyword or
 * the end of the file, and no part of a declaration can go on with it: a declaration parsed alone, up to the end of
 * its text, reads as in the whole file, provided the characters at its two ends cannot join a neighbouring token
 * (whitespace before its first word, kept, and after its end) and it ends with a word: a whole parse puts the spaces
 * and comments after a declaration's last word outside the declaration, a parse of the declaration alone inside (and
 * the formatter, for one, reads where they are). A declaration so parsed replaces the old one in the model and the
 * node model; a declaration that then does not end with a word, or does not parse alone without an error, is parsed
 * with the whole file; any other change (across declarations, in the header, in a file with a syntax error) goes to
 * Xtext's own.
 */
public class DeclarationReparser extends PartialParsingHelper {

	private static final String DECLARATION_RULE = "Element";

	@Inject
	private NodeModelBuilder nodeModelBuilder;

	@Override
	public IParseResult reparse(IParser parser, IParseResult previousParseResult, ReplaceRegion changedRegion) {
		IParseResult declaration = reparseDeclaration(parser, previousParseResult, changedRegion);
		return declaration != null ? declaration : super.reparse(parser, previousParseResult, changedRegion);
	}

	@Override
	protected boolean isInvalidRootNode(ICompositeNode rootNode, ICompositeNode candidate) {
		return super.isInvalidRootNode(rootNode, candidate) || !isDeclaration(rootNode, candidate);
	}

	/**
	 * The file with the declaration that holds {@code change} parsed anew alone and put in place of the old one, or
	 * the whole file parsed anew when that declaration then has an error or ends with a space or a comment; null when
	 * the change is not inside one declaration, or when the file had a syntax error.
	 */
	private IParseResult reparseDeclaration(IParser parser, IParseResult previous, ReplaceRegion change) {
		ICompositeNode root = previous.getRootNode();
		if (previous.hasSyntaxErrors() || !(previous.getRootASTElement() instanceof Model model)
				|| change.getEndOffset() > root.getTotalLength()) {
			return null;
		}
		Declaration holding = declarationHolding(root, change);
		if (holding == null || holding.index() >= model.getElements().size()) {
			return null;
		}
		ICompositeNode old = holding.node();
		String text = root.getText();
		int end = old.getTotalEndOffset();
		if (old.getOffset() > 0 && !Character.isWhitespace(text.charAt(old.getOffset() - 1))
				|| end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			return null;
		}
		String edited = insertChangeIntoReplaceRegion(old, change);
		IParseResult parsed;
		try {
			parsed = parser.parse((RuleCall) old.getGrammarElement(), new StringReader(edited), old.getLookAhead());
		} catch (ParseException e) {
			parsed = null;
		}
		if (parsed == null || parsed.hasSyntaxErrors() || !(parsed.getRootASTElement() instanceof Element element)
				|| endsWithSpaceOrComment(parsed.getRootNode())) {
			return fullyReparse(parser, previous, change);
		}
		List<Element> elements = model.getElements();
		unloadSemanticObject(elements.get(holding.index()));
		elements.set(holding.index(), element);
		String newText = insertChangeIntoReplaceRegion(root, change);
		nodeModelBuilder.replaceAndTransferLookAhead(old, parsed.getRootNode());
		nodeModelBuilder.setCompleteContent(root, newText);
		ParseResult result = (ParseResult) parsed;
		result.setRootNode(root);
		result.setRootASTElement(model);
		return result;
	}

	/**
	 * The top-level declaration that holds {@code change}, after its first character (a change there could join the
	 * word before) and up to its end, with its index among the file's declarations; null when there is none.
	 */
	private static Declaration declarationHolding(ICompositeNode root, ReplaceRegion change) {
		int index = 0;
		for (INode child : root.getChildren()) {
			if (child.getTotalOffset() > change.getOffset()) {
				return null;
			}
			if (child instanceof ICompositeNode node && isDeclarationCall(node)) {
				if (holds(node, change)) {
					return new Declaration(node, index);
				}
				index++;
			}
		}
		return null;
	}

	/** A declaration's node (the call of {@code Element} under the root) and its index in the file's model. */
	private record Declaration(ICompositeNode node, int index) {
	}

	private static boolean holds(ICompositeNode declaration, ReplaceRegion change) {
		return declaration.getOffset() < change.getOffset() && change.getEndOffset() <= declaration.getTotalEndOffset();
	}

	private static boolean endsWithSpaceOrComment(ICompositeNode node) {
		ILeafNode word = NodeText.lastVisibleLeaf(node);
		return word == null || word.getTotalEndOffset() < node.getTotalEndOffset();
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
		return node.getParent() == rootNode && isDeclarationCall(node);
	}

	private static boolean isDeclarationCall(ICompositeNode node) {
		return node.getGrammarElement() instanceof RuleCall call && DECLARATION_RULE.equals(call.getRule().getName());
	}
}
