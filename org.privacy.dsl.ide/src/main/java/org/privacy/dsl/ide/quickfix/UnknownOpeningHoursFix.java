package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.privacy.dsl.validation.IssueCodes;

/** {@code calledAt is within CallngHours} — replace the name by the suggestion (data [name, suggestion]). */
class UnknownOpeningHoursFix implements QuickFix {

	@Override
	public String code() {
		return IssueCodes.UNKNOWN_OPENING_HOURS;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		return UnknownCalendarFix.replaceBySuggestion(context);
	}
}
