package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HolidaysTest {

	/** Published French public holidays (service-public.fr), written out by hand, not computed. */
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"2024; 2024-01-01 2024-04-01 2024-05-01 2024-05-08 2024-05-09 2024-05-20 2024-07-14 2024-08-15 2024-11-01 2024-11-11 2024-12-25",
			"2025; 2025-01-01 2025-04-21 2025-05-01 2025-05-08 2025-05-29 2025-06-09 2025-07-14 2025-08-15 2025-11-01 2025-11-11 2025-12-25",
			"2026; 2026-01-01 2026-04-06 2026-05-01 2026-05-08 2026-05-14 2026-05-25 2026-07-14 2026-08-15 2026-11-01 2026-11-11 2026-12-25",
			"2038; 2038-01-01 2038-04-26 2038-05-01 2038-05-08 2038-06-03 2038-06-14 2038-07-14 2038-08-15 2038-11-01 2038-11-11 2038-12-25",
			"2100; 2100-01-01 2100-03-29 2100-05-01 2100-05-06 2100-05-08 2100-05-17 2100-07-14 2100-08-15 2100-11-01 2100-11-11 2100-12-25" })
	void franceHasExactlyTheNationalHolidaysOfAYear(int year, String published) {
		List<LocalDate> computed = new ArrayList<>();
		for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
			if (Holidays.FRANCE.isHoliday(d)) {
				computed.add(d);
			}
		}
		assertThat(computed).extracting(LocalDate::toString).containsExactly(published.split(" "));
	}

	/** Easter Sundays from published tables, the earliest and latest possible dates included. */
	@ParameterizedTest
	@CsvSource({ "1818, 1818-03-22", "2000, 2000-04-23", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20",
			"2038, 2038-04-25", "2100, 2100-03-28", "2285, 2285-03-22" })
	void easterSundayByTheGregorianComputus(int year, String easter) {
		assertThat(Holidays.easterSunday(year)).hasToString(easter);
	}

	@Test
	void workingDaysAreMondayToFridayExceptHolidays() {
		assertThat(Holidays.FRANCE.isWorkingDay(LocalDate.of(2024, 5, 7))).isTrue(); // Tuesday
		assertThat(Holidays.FRANCE.isWorkingDay(LocalDate.of(2024, 5, 8))).isFalse(); // Wednesday, 8 May
		assertThat(Holidays.FRANCE.isWorkingDay(LocalDate.of(2024, 5, 11))).isFalse(); // Saturday
		assertThat(Holidays.FRANCE.describeWorkingDay("sentOn", LocalDate.of(2024, 5, 11), true))
				.isEqualTo("2024-05-11 is not a working day in France (a Saturday)");
		assertThat(Holidays.FRANCE.describeHoliday("sentOn", LocalDate.of(2024, 5, 8), true))
				.isEqualTo("2024-05-08 is a public holiday in France");
		assertThat(Holidays.FRANCE.describeHoliday("sentOn", LocalDate.of(2024, 5, 8), false))
				.isEqualTo("sentOn is a public holiday in France");
	}

	@Test
	void aDeclaredCalendarAddsToItsBase() {
		Holidays alsace = Holidays.of("AlsaceMoselle", List.of(Holidays.FRANCE), List.of(MonthDay.of(12, 26)),
				new int[] { -2 }, List.of(LocalDate.of(2024, 12, 24)));
		assertThat(alsace.isHoliday(LocalDate.of(2024, 3, 29))).isTrue(); // Good Friday 2024
		assertThat(alsace.isHoliday(LocalDate.of(2025, 12, 26))).isTrue();
		assertThat(alsace.isHoliday(LocalDate.of(2024, 12, 24))).isTrue();
		assertThat(alsace.isHoliday(LocalDate.of(2025, 12, 24))).isFalse();
		assertThat(alsace.isHoliday(LocalDate.of(2024, 7, 14))).isTrue();
		assertThat(Holidays.FRANCE.isHoliday(LocalDate.of(2024, 3, 29))).isFalse();
		assertThat(Holidays.builtIn("France")).isSameAs(Holidays.FRANCE);
		assertThat(Holidays.builtIn("Germany")).isNull();
	}
}
