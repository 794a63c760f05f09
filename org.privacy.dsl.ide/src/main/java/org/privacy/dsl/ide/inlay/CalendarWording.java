package org.privacy.dsl.ide.inlay;

import org.privacy.dsl.privacy.DurationLiteral;
import org.privacy.dsl.privacy.DurationUnit;
import org.privacy.dsl.privacy.Model;

/** How a calendar length of time (months, years) is counted, in words for a hint. */
final class CalendarWording {

	private CalendarWording() {
	}

	/** {@code calendar: same day next month, or its last day}, and the like for other amounts and years. */
	static String label(DurationLiteral span) {
		boolean months = span.getUnit() == DurationUnit.MONTHS;
		int amount = span.getAmount();
		String unit = months ? "month" : "year";
		String when = amount == 1 ? "next " + unit : amount + " " + unit + "s later";
		return months ? "calendar: same day " + when + ", or its last day"
				: "calendar: same day " + when + ", 29 Feb gives 28 Feb";
	}

	/** A sentence for the hint's tooltip: what "same day" means and in which time zone. */
	static String explanation(DurationLiteral span, Model model) {
		String zone = model.getPolicy() != null && model.getPolicy().getZone() != null
				? "\"" + model.getPolicy().getZone() + "\" (the policy's time zone)"
				: "UTC (the file has no policy time zone)";
		return "A calendar length of time, counted on the calendar of " + zone + ": the same day of the month, or"
				+ " the last day of the month when that day does not exist (31 January + 1 month = 28 February, 29 in a"
				+ " leap year). A deadline ('within') on date-times includes that whole day, to its last minute there;"
				+ " added with '+', the time of day is kept.";
	}
}
