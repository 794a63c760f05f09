package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesTest {
	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@ParameterizedTest(name = "{0} is a {1}")
	@CsvSource({ "2023-03-06, monday", "2023-03-07, tuesday", "2023-03-08, wednesday", "2023-03-09, thursday",
			"2023-03-10, friday", "2023-03-11, saturday", "2023-03-12, sunday", "2024-02-29, thursday" })
	void weekdayOfADateIsALowerCaseEnglishName(LocalDate date, String weekday) {
		assertThat(Times.weekday(date)).isEqualTo(weekday);
	}

	@Test
	void weekdayOfAnInstantDependsOnTheZone() {
		// 23:30Z on Sunday is already Monday in Paris, and still Sunday afternoon in New York
		Instant lateSunday = Instant.parse("2023-03-05T23:30:00Z");
		assertThat(Times.weekday(lateSunday, ZoneOffset.UTC)).isEqualTo("sunday");
		assertThat(Times.weekday(lateSunday, PARIS)).isEqualTo("monday");
		assertThat(Times.weekday(lateSunday, ZoneId.of("America/New_York"))).isEqualTo("sunday");
	}

	@Test
	void weekdayOfAnInstantAtTheStartOfTheDayInTheZone() {
		assertThat(Times.weekday(Instant.parse("2023-03-05T23:00:00Z"), PARIS)).isEqualTo("monday");
		assertThat(Times.weekday(Instant.parse("2023-03-05T22:59:59Z"), PARIS)).isEqualTo("sunday");
	}

	@Test
	void weekdayInSummerTime() {
		// Saturday 1 July 22:30Z is already Sunday 00:30 in Paris (UTC+2)
		assertThat(Times.weekday(Instant.parse("2023-07-01T22:30:00Z"), PARIS)).isEqualTo("sunday");
		assertThat(Times.weekday(Instant.parse("2023-01-07T22:30:00Z"), PARIS)).isEqualTo("saturday");
	}

	@Test
	void timeOfDayIsTheWallClockInTheZone() {
		assertThat(Times.timeOfDay(Instant.parse("2023-03-01T09:00:00Z"), PARIS)).isEqualTo(LocalTime.of(10, 0));
		assertThat(Times.timeOfDay(Instant.parse("2023-07-01T09:00:00Z"), PARIS)).isEqualTo(LocalTime.of(11, 0));
		assertThat(Times.timeOfDay(Instant.parse("2023-07-01T09:00:00Z"), ZoneOffset.UTC)).isEqualTo(LocalTime.of(9, 0));
	}

	@Test
	void timeOfDayJumpsAnHourWhenSummerTimeStarts() {
		assertThat(Times.timeOfDay(Instant.parse("2023-03-26T00:59:00Z"), PARIS)).isEqualTo(LocalTime.of(1, 59));
		assertThat(Times.timeOfDay(Instant.parse("2023-03-26T01:00:00Z"), PARIS)).isEqualTo(LocalTime.of(3, 0));
	}

	@Test
	void timeOfDayRepeatsAnHourWhenSummerTimeEnds() {
		assertThat(Times.timeOfDay(Instant.parse("2023-10-29T00:30:00Z"), PARIS)).isEqualTo(LocalTime.of(2, 30));
		assertThat(Times.timeOfDay(Instant.parse("2023-10-29T01:30:00Z"), PARIS)).isEqualTo(LocalTime.of(2, 30));
	}

	@Test
	void timeOfDayKeepsSeconds() {
		assertThat(Times.timeOfDay(Instant.parse("2023-03-01T08:59:59Z"), PARIS)).isEqualTo(LocalTime.of(9, 59, 59));
	}

	@Test
	void dateIsTheCalendarDayInTheZone() {
		Instant lateSaturday = Instant.parse("2024-03-30T23:30:00Z");
		assertThat(Times.date(lateSaturday, PARIS)).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(Times.date(lateSaturday, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2024, 3, 30));
	}

	@Test
	void zonesFromTheDataAreNamesOrOffsets() {
		assertThat(Times.zone("Europe/Paris", "timeZone")).isEqualTo(PARIS);
		assertThat(Times.zone(" +01:00 ", "timeZone")).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(Times.zone("UTC", "timeZone").getId()).isEqualTo("UTC");
	}

	@Test
	void aZoneFromTheDataThatIsNoZoneIsADataErrorWithoutTheValue() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Times.zone("Secret/Place", "callee.timeZone"))
				.isInstanceOfSatisfying(DataException.class, e -> {
					assertThat(e.field()).isEqualTo("callee.timeZone");
					assertThat(e.getMessage()).startsWith("'callee.timeZone' is not a time zone")
							.doesNotContain("Secret");
				});
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Times.zone("", "timeZone"))
				.isInstanceOf(DataException.class);
	}

	@Test
	void aDateIsItsWholeLocalDay() {
		// 31 March 2024 in Paris: from 2024-03-30T23:00Z to 2024-03-31T22:00Z (summer time starts in between)
		LocalDate day = LocalDate.of(2024, 3, 31);
		assertThat(Times.beforeDay(Instant.parse("2024-03-30T22:59:59Z"), day, PARIS)).isTrue();
		assertThat(Times.beforeDay(Instant.parse("2024-03-30T23:00:00Z"), day, PARIS)).isFalse();
		assertThat(Times.withinDay(Instant.parse("2024-03-30T23:00:00Z"), day, PARIS)).isTrue();
		assertThat(Times.withinDay(Instant.parse("2024-03-31T21:59:59Z"), day, PARIS)).isTrue();
		assertThat(Times.withinDay(Instant.parse("2024-03-31T22:00:00Z"), day, PARIS)).isFalse();
		assertThat(Times.afterDay(Instant.parse("2024-03-31T21:59:59Z"), day, PARIS)).isFalse();
		assertThat(Times.afterDay(Instant.parse("2024-03-31T22:00:00Z"), day, PARIS)).isTrue();
	}
}
