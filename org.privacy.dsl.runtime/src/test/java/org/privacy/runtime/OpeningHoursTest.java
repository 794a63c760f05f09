package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningHoursTest {
	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private static final int[] WEEKDAYS = { 1, 2, 3, 4, 5 };
	/** Consumer Code art. D223-9: Monday to Friday 10:00-13:00 and 14:00-20:00, not on public holidays. */
	private static final OpeningHours CALLING = OpeningHours.of("CallingHours",
			List.of(OpeningHours.Window.of(WEEKDAYS, LocalTime.of(10, 0), LocalTime.of(13, 0)),
					OpeningHours.Window.of(WEEKDAYS, LocalTime.of(14, 0), LocalTime.of(20, 0))),
			Holidays.FRANCE);

	private static Instant paris(String local) {
		return LocalDateTime.parse(local).atZone(PARIS).toInstant();
	}

	@ParameterizedTest
	@CsvSource({ "2024-05-07T09:59, false", "2024-05-07T10:00, true", "2024-05-07T12:59, true",
			"2024-05-07T13:00, false", "2024-05-07T14:00, true", "2024-05-07T19:59, true", "2024-05-07T20:00, false",
			"2024-05-09T11:00, false", // Ascension Thursday
			"2024-05-11T11:00, false", // Saturday
			"2024-03-31T11:00, false", // Sunday, DST change
			"2024-10-28T10:30, true" }) // Monday after the change back
	void windowsIncludeTheirStartAndExcludeTheirEnd(String local, boolean open) {
		assertThat(CALLING.isOpen(paris(local), PARIS)).isEqualTo(open);
	}

	@Test
	void theLocalTimeIsReadInTheZoneGiven() {
		// 09:30 UTC is 11:30 in Paris in summer
		Instant at = Instant.parse("2024-05-07T09:30:00Z");
		assertThat(CALLING.isOpen(at, PARIS)).isTrue();
		assertThat(CALLING.isOpen(at, ZoneId.of("UTC"))).isFalse();
	}

	@Test
	void describesWhyInPlainWords() {
		assertThat(CALLING.describe("calledAt", paris("2024-05-10T21:05"), PARIS, true))
				.isEqualTo("calledAt 21:05 (Friday 2024-05-10, Europe/Paris) is outside CallingHours");
		assertThat(CALLING.describe("calledAt", paris("2024-05-09T11:00"), PARIS, true)).isEqualTo(
				"calledAt 11:00 (Thursday 2024-05-09, Europe/Paris) is outside CallingHours: 2024-05-09 is a public holiday in France");
		assertThat(CALLING.describe("calledAt", paris("2024-05-10T21:05"), PARIS, false))
				.isEqualTo("calledAt is outside CallingHours");
	}
}
