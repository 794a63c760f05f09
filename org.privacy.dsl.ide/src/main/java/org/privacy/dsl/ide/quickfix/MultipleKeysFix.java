package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.validation.IssueCodes;

/** A second field marked {@code key} — remove the word {@code key} from it; the entity keeps its first key. */
class MultipleKeysFix implements QuickFix {

	@Override
	public String code() {
		return IssueCodes.MULTIPLE_KEYS;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		Field field = context.element(Field.class);
		if (field == null || !field.isKey()) {
			return List.of();
		}
		List<INode> key = NodeModelUtils.findNodesForFeature(field, PrivacyPackage.eINSTANCE.getField_Key());
		if (key.isEmpty()) {
			return List.of();
		}
		return List.of(context.action("Remove 'key' from '" + field.getName() + "'",
				context.removeWithLeadingSpace(key.get(0))));
	}
}
