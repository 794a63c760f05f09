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

	private Due(Instant last, LocalDate lastDay, ZoneId zone) {
		this.last = last;
		this.lastDay = lastDay;
		this.zone = zone;
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

	/** As explanations show it: {@code 2023-03-04T09:00Z}, or {@code the end of 2024-04-30 in Europe/Paris}. */
	@Override
	public String toString() {
		return lastDay == null ? Text.format(last) : "the end of " + lastDay + " in " + zone.getId();
	}
}
