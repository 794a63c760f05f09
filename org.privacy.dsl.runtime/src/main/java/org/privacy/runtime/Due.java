package org.privacy.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The deadline of an obligation on date-time events, as the law counts periods (EU Regulation 1182/71, art. 3):
 * a length in hours or minutes ends at an exact instant; a length in days, weeks, months or years ends at the end of
 * the local day, in the policy's time zone, on which it falls, so the deadline includes its whole last day.
 */
public final class Due {
	private final Instant last;
	private final LocalDate lastDay;
	private final ZoneId zone;
	/** The last day the period would have had, when it was moved to the next working day; else {@code null}. */
	private final LocalDate movedFrom;

	private Due(Instant last, LocalDate lastDay, ZoneId zone) {
		this(last, lastDay, zone, null);
	}

	private Due(Instant last, LocalDate lastDay, ZoneId zone, LocalDate movedFrom) {
		this.last = last;
		this.lastDay = lastDay;
		this.zone = zone;
		this.movedFrom = movedFrom;
	}

	/**
	 * The deadline {@code span} after {@code from}. Days, weeks, months and years are counted on the local calendar
	 * of {@code zone} (31 January + 1 month is the last day of February) and end with their last day.
	 */
	public static Due after(Span span, Instant from, ZoneId zone) {
		Objects.requireNonNull(from, "from");
		if (span.unit() == Span.Unit.MINUTES || span.unit() == Span.Unit.HOURS) {
			return new Due(span.after(from, zone), null, zone);
		}
		LocalDate lastDay = span.after(LocalDate.ofInstant(from, zone));
		return new Due(Times.startOfDay(lastDay.plusDays(1), zone).minusNanos(1), lastDay, zone);
	}

	/**
	 * The same, for a policy whose deadlines extend to working days (EU Regulation 1182/71, art. 3(4)): a last day that
	 * is a Saturday, a Sunday or a public holiday of {@code calendar} moves to the next working day. A length in
	 * hours or minutes ends at its exact instant, whatever the day.
	 */
	public static Due after(Span span, Instant from, ZoneId zone, Holidays calendar) {
		Due due = after(span, from, zone);
		if (due.lastDay == null || calendar.isWorkingDay(due.lastDay)) {
			return due;
		}
		LocalDate lastDay = workingDay(due.lastDay, calendar);
		return new Due(Times.startOfDay(lastDay.plusDays(1), zone).minusNanos(1), lastDay, zone, due.lastDay);
	}

	/**
	 * The last day {@code span} after the date {@code from}, moved to the next working day of {@code calendar} when
	 * it is a Saturday, a Sunday or a public holiday (EU Regulation 1182/71, art. 3(4)).
	 */
	public static LocalDate lastWorkingDay(Span span, LocalDate from, Holidays calendar) {
		LocalDate last = span.after(from);
		return span.unit() == Span.Unit.MINUTES || span.unit() == Span.Unit.HOURS ? last : workingDay(last, calendar);
	}

	/** {@code day}, or the first working day after it. */
	private static LocalDate workingDay(LocalDate day, Holidays calendar) {
		LocalDate d = day;
		// a calendar declares a finite set of days a year: a working day comes within a year
		for (int i = 0; i < 366 && !calendar.isWorkingDay(d); i++) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** The last instant still on time. */
	public Instant last() {
		return last;
	}

	/** The last day of the deadline, or {@code null} when it ends at an exact instant. */
	public LocalDate lastDay() {
		return lastDay;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Due d && d.last.equals(last) && Objects.equals(d.lastDay, lastDay);
	}

	@Override
	public int hashCode() {
		return last.hashCode();
	}

	/**
	 * As explanations show it: {@code 2023-03-04T09:00Z}, {@code the end of 2024-04-30 in Europe/Paris}, or for a
	 * last day moved off a weekend or a holiday {@code the end of 2024-06-03 in Europe/Paris, the next working day
	 * after Saturday 2024-06-01}.
	 */
	@Override
	public String toString() {
		if (lastDay == null) {
			return Text.format(last);
		}
		String end = "the end of " + lastDay + " in " + zone.getId();
		return movedFrom == null ? end
				: end + ", the next working day after " + Text.capitalize(Times.weekday(movedFrom)) + " " + movedFrom;
	}
}
