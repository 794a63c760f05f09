package org.privacy.runtime;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Day of week, time of day and date of an instant in a time zone, as rules compare them, and a date-time compared
 * with a date: a date stands for its whole local day, from its first instant to the first instant of the next day.
 */
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

	/** The date a clock in {@code zone} shows at {@code instant}. */
	public static LocalDate date(Instant instant, ZoneId zone) {
		return LocalDate.ofInstant(instant, zone);
	}

	/**
	 * A time zone read from the data: an IANA name ({@code Europe/Paris}), {@code UTC} or an offset
	 * ({@code +01:00}). Anything else is a data error that does not quote the value.
	 */
	public static ZoneId zone(String id, String field) {
		try {
			return ZoneId.of(id.trim());
		} catch (DateTimeException e) {
			throw new DataException(field, "'" + field + "' is not a time zone (a name such as Europe/Paris, or an offset such as +01:00)");
		}
	}

	/** The first instant of {@code date} in {@code zone} (not always midnight: a DST change may skip it). */
	public static Instant startOfDay(LocalDate date, ZoneId zone) {
		return date.atStartOfDay(zone).toInstant();
	}

	/** {@code instant before date}: before the first instant of the day. */
	public static boolean beforeDay(Instant instant, LocalDate date, ZoneId zone) {
		return instant.isBefore(startOfDay(date, zone));
	}

	/** {@code instant after date}: at or after the first instant of the next day. */
	public static boolean afterDay(Instant instant, LocalDate date, ZoneId zone) {
		return !instant.isBefore(startOfDay(date.plusDays(1), zone));
	}

	/** {@code instant = date}: within the day. */
	public static boolean withinDay(Instant instant, LocalDate date, ZoneId zone) {
		return !beforeDay(instant, date, zone) && !afterDay(instant, date, zone);
	}
}
