package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.ide.rename.NodeText;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/** Two rules {@code MKT-01} in one package — give the one marked a free id ({@code MKT-01-2}). The data is [id]. */
class DuplicateRuleIdFix implements QuickFix {

	@Inject
	private FreeRuleIds freeIds;

	@Override
	public String code() {
		return IssueCodes.DUPLICATE_RULE_ID;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		Rule rule = context.element(Rule.class);
		return rule == null || rule.getName() == null ? List.of() : List.of(renameRule(context, rule, freeIds));
	}

	/** The action that renames {@code rule} to a free id; also used for rule ids whose Java names clash. */
	static CodeAction renameRule(FixContext context, Rule rule, FreeRuleIds freeIds) {
		String id = freeIds.freeIdFor(rule);
		var name = NodeModelUtils.findNodesForFeature(rule, PrivacyPackage.eINSTANCE.getRule_Name()).get(0);
		return context.action("Rename rule '" + rule.getName() + "' to '" + id + "'",
				context.replace(NodeText.visibleRegion(name), id));
	}
}
