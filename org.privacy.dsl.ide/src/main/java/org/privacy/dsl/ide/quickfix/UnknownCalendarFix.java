package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.privacy.dsl.validation.IssueCodes;

/** {@code holidays Frnace} — replace the name by the calendar the diagnostic suggests (data [name, suggestion]). */
class UnknownCalendarFix implements QuickFix {

	@Override
	public String code() {
		return IssueCodes.UNKNOWN_CALENDAR;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		return replaceBySuggestion(context);
	}

	/** "Change to 'France'", from the diagnostic's data [name, suggestion]; none without a suggestion. */
	static List<CodeAction> replaceBySuggestion(FixContext context) {
		String suggestion = context.data(1);
		if (suggestion == null || suggestion.isBlank()) {
			return List.of();
		}
		CodeAction action = context.action("Change to '" + suggestion + "'",
				context.replace(context.start(), context.end(), suggestion));
		action.setIsPreferred(true);
		return List.of(action);
	}
}
