package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.ide.rename.NodeText;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.validation.IssueCodes;

/**
 * A rule without a {@code basis} line — insert one after the title, with a placeholder article the lawyer completes.
 */
class MissingBasisFix implements QuickFix {

	/** The article to complete: most rules rest on one of the lawful bases of GDPR art. 6(1). */
	static final String PLACEHOLDER = "GDPR art. 6(1)(?)";

	@Override
	public String code() {
		return IssueCodes.MISSING_BASIS;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		Rule rule = context.element(Rule.class);
		if (rule == null || rule.getTitle() == null || !rule.getBases().isEmpty()) {
			return List.of();
		}
		List<INode> titles = NodeModelUtils.findNodesForFeature(rule, PrivacyPackage.eINSTANCE.getRule_Title());
		if (titles.isEmpty()) {
			return List.of();
		}
		var title = NodeText.visibleRegion(titles.get(0));
		int end = title.getOffset() + title.getLength();
		String line = "\n" + indentAfter(context, end) + "basis \"" + PLACEHOLDER + "\"";
		return List.of(context.action("Add a legal basis: basis \"" + PLACEHOLDER + "\"", context.insert(end, line)));
	}

	/** The indentation of the rule's next line, or a tab when the rule continues on the title's line. */
	private static String indentAfter(FixContext context, int offset) {
		String text = context.resource().getParseResult().getRootNode().getText();
		int newline = text.indexOf('\n', offset);
		if (newline < 0 || !text.substring(offset, newline).isBlank()) {
			return "\t";
		}
		int i = newline + 1;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return i > newline + 1 ? text.substring(newline + 1, i) : "\t";
	}
}
