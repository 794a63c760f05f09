package org.privacy.runtime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/** Day of week and time of day of an instant in a time zone, as rules compare them. */
public final class Times {
	private static final String[] DAYS = new String[7];

	static {
		for (DayOfWeek d : DayOfWeek.values()) {
			DAYS[d.ordinal()] = d.name().toLowerCase(Locale.ROOT);
		}
	}

	private Times() {
	}

	/** The day of the week in {@code zone}, as a lower-case English name: {@code monday} ... {@code sunday}. */
	public static String weekday(Instant instant, ZoneId zone) {
		return DAYS[instant.atZone(zone).getDayOfWeek().ordinal()];
	}

	public static String weekday(LocalDate date) {
		return DAYS[date.getDayOfWeek().ordinal()];
	}

	/** The lower-case English name of a day: {@code saturday}. */
	public static String weekdayName(DayOfWeek day) {
		return DAYS[day.ordinal()];
	}

	/** The wall-clock time in {@code zone}. */
	public static LocalTime timeOfDay(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toLocalTime();
	}
}
