package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.model.SourceText;
import org.privacy.dsl.privacy.Unless;
import org.privacy.dsl.validation.IssueCodes;

/** {@code unless risk is missing} with {@code risk} required — the exception can never apply: remove it. */
class ExceptionNeverAppliesFix implements QuickFix {

	@Override
	public String code() {
		return IssueCodes.EXCEPTION_NEVER_APPLIES;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		Unless unless = context.element(Unless.class);
		if (unless == null) {
			return List.of();
		}
		return List.of(context.action("Remove the exception '" + SourceText.of(unless) + "'",
				context.removeWithLeadingSpace(NodeModelUtils.findActualNodeFor(unless))));
	}
}
