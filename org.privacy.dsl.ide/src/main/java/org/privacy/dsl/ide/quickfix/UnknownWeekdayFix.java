package org.privacy.dsl.ide.quickfix;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.CodeAction;
import org.privacy.dsl.validation.IssueCodes;

/** {@code mondy to friday from 10:00 to 13:00} — replace the marked word by the nearest day of the week. */
class UnknownWeekdayFix implements QuickFix {

	private static final List<String> DAYS = days();

	@Override
	public String code() {
		return IssueCodes.UNKNOWN_WEEKDAY;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		String day = Nearest.to(context.markedText().trim(), DAYS);
		if (day == null) {
			return List.of();
		}
		CodeAction action = context.action("Change to '" + day + "'",
				context.replace(context.start(), context.end(), day));
		action.setIsPreferred(true);
		return List.of(action);
	}

	private static List<String> days() {
		List<String> days = new ArrayList<>();
		for (DayOfWeek d : DayOfWeek.values()) {
			days.add(d.name().toLowerCase(Locale.ROOT));
		}
		return List.copyOf(days);
	}
}
