package org.privacy.dsl.ide.hover;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;

import com.google.inject.Inject;

/**
 * Hover for readers of rules: on a legal basis, the article's title and a short summary; on a name that refers to
 * something, what it is (a term's definition, an entity's fields, a field's type and category); on a declaration, the
 * same; on a word of the language, what it means there ({@link KeywordHovers}), followed, like anywhere else in a rule,
 * by the rule's title, bases, severity and effective dates.
 */
public class PrivacyHoverService extends HoverService {

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private HoverTexts texts;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params,
			CancelIndicator cancelIndicator) {
		if (resource.getParseResult() == null) {
			return IHoverService.EMPTY_HOVER;
		}
		int offset = document.getOffSet(params.getPosition());
		ILeafNode leaf = leafAt(resource, offset);
		if (leaf == null) {
			return IHoverService.EMPTY_HOVER;
		}
		String basis = basisAt(leaf);
		if (basis != null) {
			return hover(texts.legalBasis(basis), document, leaf);
		}
		INode crossReference = offsets.getCrossReferenceNode(resource, leaf.getTextRegion());
		if (crossReference != null) {
			EObject target = offsets.getCrossReferencedElement(crossReference);
			String text = target == null || target.eIsProxy() ? null : texts.describe(target);
			return text == null ? IHoverService.EMPTY_HOVER : hover(text, document, crossReference);
		}
		String word = leaf.getGrammarElement() instanceof org.eclipse.xtext.Keyword k ? k.getValue()
				: leaf.getGrammarElement() instanceof org.eclipse.xtext.EnumLiteralDeclaration d ? d.getLiteral().getValue()
				: null;
		String operator = word == null ? null : texts.operator(NodeModelUtils.findActualSemanticObjectFor(leaf), word);
		if (operator != null) {
			return hover(operator, document, leaf);
		}
		String keyword = KeywordHovers.shipped().describe(leaf);
		String around = around(leaf);
		if (keyword != null) {
			return hover(around == null ? keyword : keyword + "\n\n---\n\n" + around, document, leaf);
		}
		return around == null ? IHoverService.EMPTY_HOVER : hover(around, document, leaf);
	}

	/** The hover of the nearest construct around a leaf that has one (a rule, a term, opening hours...). */
	private String around(ILeafNode leaf) {
		for (EObject e = NodeModelUtils.findActualSemanticObjectFor(leaf); e != null; e = e.eContainer()) {
			String text = texts.describe(e);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private static ILeafNode leafAt(XtextResource resource, int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf != null && leaf.isHidden() && leaf.getOffset() == offset && offset > 0) {
			leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset - 1);
		}
		return leaf == null || leaf.isHidden() ? null : leaf;
	}

	/** The text of the basis under the leaf, when the leaf is one of a rule's {@code basis} strings. */
	private static String basisAt(ILeafNode leaf) {
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (!(owner instanceof Rule rule)) {
			return null;
		}
		List<INode> bases = NodeModelUtils.findNodesForFeature(rule, PrivacyPackage.eINSTANCE.getRule_Bases());
		for (int i = 0; i < bases.size(); i++) {
			if (bases.get(i).getOffset() == leaf.getOffset() && i < rule.getBases().size()) {
				return rule.getBases().get(i);
			}
		}
		return null;
	}

	private static Hover hover(String markdown, Document document, INode node) {
		Range range = new Range(document.getPosition(node.getOffset()), document.getPosition(node.getEndOffset()));
		return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), range);
	}
}
