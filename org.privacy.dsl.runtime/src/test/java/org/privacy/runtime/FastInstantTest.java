package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fast reading of the common UTC forms agrees with java.time's parsers on valid, invalid and odd text. */
class FastInstantTest {

	@Test
	void agreesWithJavaTimeOnGeneratedText() {
		Random random = new Random(2024);
		String alphabet = "0123456789-T:Z ";
		int fast = 0;
		for (int i = 0; i < 200_000; i++) {
			String text = i % 2 == 0 ? plausible(random) : mutate(plausible(random), random, alphabet);
			Instant quick = Values.parseUtcMinuteOrSecond(text);
			if (quick != null) {
				fast++;
				assertThat(quick).as(text).isEqualTo(slow(text));
			}
		}
		assertThat(fast).as("most plausible texts take the fast path").isGreaterThan(50_000);
	}

	@Test
	void leavesOtherFormsAndInvalidDatesToTheGeneralParsers() {
		assertThat(Values.parseUtcMinuteOrSecond("2023-03-01T09:00Z")).isEqualTo(Instant.parse("2023-03-01T09:00:00Z"));
		assertThat(Values.parseUtcMinuteOrSecond("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
		for (String other : new String[] { "2023-02-29T09:00:00Z", "2023-13-01T09:00Z", "2023-01-01T24:00Z",
				"2023-01-01T09:00:00+02:00", "2023-01-01T09:00:00.5Z", "2023-01-01", "２０２３-01-01T09:00Z",
				"2023-01-01 09:00:00Z", "+2023-01-01T09:00Z" }) {
			assertThat(Values.parseUtcMinuteOrSecond(other)).as(other).isNull();
		}
	}

	@Test
	void everyDayOfEveryFourDigitYearIsTheDayJavaTimeGives() {
		// 0000-01-01 to 9999-12-31, leap days included; a day past its month's end is left to the general parsers
		java.util.List<String> wrong = new java.util.ArrayList<>();
		for (int year = 0; year <= 9999; year++) {
			for (int month = 1; month <= 12; month++) {
				int length = java.time.YearMonth.of(year, month).lengthOfMonth();
				if (Values.daysInMonth(year, month) != length) {
					wrong.add(year + "-" + month + " has " + length + " days");
				}
				for (int day = 1; day <= length; day++) {
					if (Values.epochDay(year, month, day) != java.time.LocalDate.of(year, month, day).toEpochDay()) {
						wrong.add(year + "-" + month + "-" + day);
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(Values.parseUtcMinuteOrSecond("2023-04-31T00:00Z")).isNull();
		assertThat(Values.parseUtcMinuteOrSecond("2023-02-29T00:00Z")).isNull();
		assertThat(Values.parseUtcMinuteOrSecond("0000-01-01T00:00:00Z")).isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
		assertThat(Values.parseUtcMinuteOrSecond("9999-12-31T23:59:59Z")).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
		assertThat(Values.parseUtcMinuteOrSecond("1900-02-29T00:00Z")).as("not a leap year").isNull();
		assertThat(Values.parseUtcMinuteOrSecond("2000-02-29T00:00Z")).isEqualTo(Instant.parse("2000-02-29T00:00:00Z"));
	}

	@Test
	void everyTimeOfDayIsTheOneJavaTimeGivesAndNoOtherIsTaken() {
		java.util.List<String> wrong = new java.util.ArrayList<>();
		int taken = 0;
		for (int hour = 0; hour <= 99; hour++) {
			for (int minute = 0; minute <= 99; minute++) {
				String hm = (hour < 10 ? "0" : "") + hour + ":" + (minute < 10 ? "0" : "") + minute;
				for (String text : new String[] { "1999-12-31T" + hm + ":00Z", "1999-12-31T" + hm + ":01Z",
						"1999-12-31T" + hm + ":59Z", "1999-12-31T" + hm + ":60Z", "1999-12-31T" + hm + ":99Z",
						"2024-02-29T" + hm + "Z" }) {
					Instant quick = Values.parseUtcMinuteOrSecond(text);
					taken += quick == null ? 0 : 1;
					if (!java.util.Objects.equals(quick, slow(text))) {
						wrong.add(text);
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(taken).as("every valid time: 24 hours x 60 minutes x 4 forms").isEqualTo(24 * 60 * 4);
	}

	@Test
	void invalidDatesStillGetTheGeneralParsersMessage() {
		for (String invalid : new String[] { "2023-02-29T09:00:00Z", "2023-04-31T09:00Z", "2023-00-10T09:00Z",
				"2023-01-00T09:00Z", "2023-01-01T24:00Z", "2023-01-01T09:60Z", "2023-01-01T09:00:60Z" }) {
			assertThatThrownBy(() -> Values.instant(invalid, "sentAt")).as(invalid).isInstanceOf(DataException.class)
					.hasMessageContaining("a date-time like 2023-03-01T09:00Z");
		}
	}

	@Test
	void aSpaceBetweenDateAndTimeReadsAsTheLetterT() {
		assertThat(Values.instant("2023-03-01 09:00:00Z", "sentAt")).isEqualTo(Instant.parse("2023-03-01T09:00:00Z"));
		assertThat(Values.instant("2023-03-01 10:00+01:00", "sentAt")).isEqualTo(Instant.parse("2023-03-01T09:00:00Z"));
		assertThat(Values.instant("2023-03-01 09:00:00", "sentAt"))
				.isEqualTo(Values.instant("2023-03-01T09:00:00", "sentAt"));
		assertThat(Values.date("2024-03-30 23:30Z", "day", java.time.ZoneId.of("Europe/Paris")))
				.isEqualTo(java.time.LocalDate.of(2024, 3, 31));
		java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
		assertThat(Values.date("2024-03-30T23:30", "day", paris)).as("no offset: the day it names, as a LocalDateTime")
				.isEqualTo(Values.date(java.time.LocalDateTime.of(2024, 3, 30, 23, 30), "day", paris))
				.isEqualTo(Values.date("2024-03-30 23:30", "day", paris));
		for (String notADateTime : new String[] { "2023-03-01  09:00", "2023/03/01 09:00", "01-03-2023 09:00",
				"2023-03-01 9:00" }) {
			assertThatThrownBy(() -> Values.instant(notADateTime, "sentAt")).as(notADateTime)
					.isInstanceOf(DataException.class).hasMessageNotContaining(notADateTime.trim());
		}
	}

	private static String plausible(Random random) {
		return String.format("%04d-%02d-%02dT%02d:%02d", random.nextInt(3000), 1 + random.nextInt(13),
				1 + random.nextInt(31), random.nextInt(25), random.nextInt(61))
				+ (random.nextBoolean() ? String.format(":%02d", random.nextInt(61)) : "") + "Z";
	}

	private static String mutate(String text, Random random, String alphabet) {
		char[] chars = text.toCharArray();
		chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
		return new String(chars);
	}

	private static Instant slow(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeException e) {
			return null;
		}
	}
}
