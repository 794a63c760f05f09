package org.privacy.dsl.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * What the date, date-time and time literals of rule files mean in {@code java.time}: {@code 2024-03-01} a local
 * date, {@code 2024-03-01T09:00:00+01:00} an instant (a date-time literal always carries its offset), {@code 09:30} a
 * time of day. The validators ask whether a literal is valid (a {@code null} says it is not), the generator and the
 * scenarios read valid ones; none of them parses literals itself.
 */
public final class LiteralValues {
	private LiteralValues() {
	}

	/** The date {@code text} names, or {@code null} if it is no date of the calendar ({@code 2023-02-30}). */
	public static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** The instant a date-time with an offset names, or {@code null} if it is not a valid one. */
	public static Instant instant(String text) {
		try {
			return text == null ? null : OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** The time of day {@code text} names, or {@code null} if there is no such time ({@code 24:30}). */
	public static LocalTime time(String text) {
		try {
			return text == null ? null : LocalTime.parse(text);
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** The date of a literal the validators accepted. */
	public static LocalDate validDate(String text) {
		return valid(date(text), text);
	}

	/** The instant of a date-time literal the validators accepted. */
	public static Instant validInstant(String text) {
		return valid(instant(text), text);
	}

	/** The time of day of a literal the validators accepted. */
	public static LocalTime validTime(String text) {
		return valid(time(text), text);
	}

	private static <T> T valid(T value, String text) {
		if (value == null) {
			throw new IllegalStateException("an invalid date or time literal reached the generator: " + text);
		}
		return value;
	}
}
