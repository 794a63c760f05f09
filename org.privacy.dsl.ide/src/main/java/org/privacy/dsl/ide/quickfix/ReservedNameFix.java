package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.ide.rename.NodeText;
import org.privacy.dsl.privacy.Policy;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * A name the generated Java cannot use — a policy named like a class the generated code uses ({@code policy Times})
 * gets the suffix {@code Policy} (nothing refers to a policy's name); a rule id whose Java names clash with another
 * rule's ({@code R-1} and {@code R_1}) gets a free id. A package segment that is a Java keyword has no obvious fix: its
 * imports in other files would change too.
 */
class ReservedNameFix implements QuickFix {

	@Inject
	private FreeRuleIds freeIds;

	@Override
	public String code() {
		return IssueCodes.RESERVED_NAME;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		if (context.element() instanceof Policy policy && policy.getName() != null) {
			String name = policy.getName() + "Policy";
			var node = NodeModelUtils.findNodesForFeature(policy, PrivacyPackage.eINSTANCE.getPolicy_Name()).get(0);
			return List.of(context.action("Rename the policy to '" + name + "'",
					context.replace(NodeText.visibleRegion(node), name)));
		}
		Rule rule = context.element(Rule.class);
		if (rule != null && rule.getName() != null) {
			return List.of(DuplicateRuleIdFix.renameRule(context, rule, freeIds));
		}
		return List.of();
	}
}
