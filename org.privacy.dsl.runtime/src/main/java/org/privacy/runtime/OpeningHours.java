package org.privacy.runtime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Opening hours: windows of days and wall-clock times (the end excluded), closed on the public holidays of a
 * calendar if one is given. An instant is within them when its local time, in a time zone, falls in a window on an
 * open day. Compiled from a policy's {@code opening hours} declarations.
 */
public final class OpeningHours implements java.io.Serializable {
	private static final long serialVersionUID = 1L;

	/** One window: these days, from {@code start} included to {@code end} excluded. */
	public record Window(Set<DayOfWeek> days, LocalTime start, LocalTime end) implements java.io.Serializable {
		public Window {
			days = Set.copyOf(days);
		}

		/** A window on the days numbered 1 (Monday) to 7 (Sunday). */
		public static Window of(int[] days, LocalTime start, LocalTime end) {
			Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
			for (int d : days) {
				set.add(DayOfWeek.of(d));
			}
			return new Window(set, start, end);
		}

		boolean contains(DayOfWeek day, LocalTime time) {
			return days.contains(day) && !time.isBefore(start) && time.isBefore(end);
		}
	}

	private final String name;
	private final List<Window> windows;
	private final Holidays closedOn;

	private OpeningHours(String name, List<Window> windows, Holidays closedOn) {
		this.name = name;
		this.windows = windows;
		this.closedOn = closedOn;
	}

	/** Opening hours named {@code name}, closed on the holidays of {@code closedOn} unless that is {@code null}. */
	public static OpeningHours of(String name, List<Window> windows, Holidays closedOn) {
		return new OpeningHours(name, List.copyOf(windows), closedOn);
	}

	public String name() {
		return name;
	}

	/** Whether {@code instant}, on the clock of {@code zone}, is within these opening hours. */
	public boolean isOpen(Instant instant, ZoneId zone) {
		ZonedDateTime local = instant.atZone(zone);
		if (closedOn != null && closedOn.isHoliday(local.toLocalDate())) {
			return false;
		}
		DayOfWeek day = local.getDayOfWeek();
		LocalTime time = local.toLocalTime();
		for (Window w : windows) {
			if (w.contains(day, time)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Why {@code instant} is within these hours or not, in plain words:
	 * {@code calledAt 21:05 (Friday 2024-05-10, Europe/Paris) is outside CallingHours}, with the public holiday
	 * named when that is the reason. {@code what} names the value (a field); the local time is shown only if
	 * {@code reveal} (it could be personal data).
	 */
	public String describe(String what, Instant instant, ZoneId zone, boolean reveal) {
		ZonedDateTime local = instant.atZone(zone);
		LocalDate date = local.toLocalDate();
		StringBuilder b = new StringBuilder(what);
		if (reveal) {
			LocalTime time = local.toLocalTime();
			b.append(' ').append(time.getSecond() == 0 ? time.withNano(0).toString().substring(0, 5)
					: time.withNano(0).toString()).append(" (").append(Text.capitalize(Times.weekdayName(
							local.getDayOfWeek()))).append(' ').append(date).append(", ").append(zone.getId())
					.append(')');
		}
		boolean open = isOpen(instant, zone);
		b.append(open ? " is within " : " is outside ").append(name);
		if (!open && reveal && closedOn != null && closedOn.isHoliday(date)) {
			b.append(": ").append(date).append(" is a public holiday in ").append(closedOn.name());
		} else if (!open && closedOn != null && closedOn.isHoliday(date)) {
			b.append(": a public holiday in ").append(closedOn.name());
		}
		return b.toString();
	}

	@Override
	public String toString() {
		return name;
	}
}
