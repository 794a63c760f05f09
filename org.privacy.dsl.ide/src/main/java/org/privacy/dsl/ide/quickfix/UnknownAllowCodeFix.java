package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.privacy.dsl.validation.IssueCodes;

/** {@code // privacy: allow unguarded-optionl} — replace the code by the nearest one (data [code, suggestion]). */
class UnknownAllowCodeFix implements QuickFix {

	@Override
	public String code() {
		return IssueCodes.UNKNOWN_ALLOW_CODE;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		return UnknownCalendarFix.replaceBySuggestion(context);
	}
}
