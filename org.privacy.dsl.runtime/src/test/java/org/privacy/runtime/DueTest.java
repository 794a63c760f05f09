package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DueTest {
	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@ParameterizedTest(name = "{1} after {0} in Paris: last day {2}, late from {3}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-03-30T22:30:00Z | 1 month  | 2024-04-30 | 2024-04-30T22:00:00Z
			2024-03-30T23:30:00Z | 1 month  | 2024-04-30 | 2024-04-30T22:00:00Z
			2024-01-30T23:30:00Z | 1 month  | 2024-02-29 | 2024-02-29T23:00:00Z
			2024-02-29T12:00:00Z | 1 year   | 2025-02-28 | 2025-02-28T23:00:00Z
			2024-03-25T08:00:00Z | 10 days  | 2024-04-04 | 2024-04-04T22:00:00Z
			2024-10-20T08:00:00Z | 1 week   | 2024-10-27 | 2024-10-27T23:00:00Z
			2024-10-20T08:00:00Z | 3 years  | 2027-10-20 | 2027-10-20T22:00:00Z
			""")
	void daysWeeksMonthsAndYearsEndWithTheirLastLocalDay(Instant from, String span, LocalDate lastDay,
			Instant firstLate) {
		Due due = Due.after(Span.parse(span), from, PARIS);

		assertThat(due.lastDay()).isEqualTo(lastDay);
		assertThat(Deadlines.outcome(due, firstLate.minusSeconds(60), firstLate)).isEqualTo(Status.SATISFIED);
		assertThat(Deadlines.outcome(due, firstLate, firstLate)).isEqualTo(Status.LATE);
		assertThat(Deadlines.outcome(due, null, firstLate.minusNanos(1))).isEqualTo(Status.PENDING);
		assertThat(Deadlines.outcome(due, null, firstLate)).isEqualTo(Status.OVERDUE);
		assertThat(due).hasToString("the end of " + lastDay + " in Europe/Paris");
	}

	@Test
	void hoursAndMinutesStayExact() {
		Instant from = Instant.parse("2024-03-30T22:30:00Z");
		Due due = Due.after(Span.parse("72h"), from, PARIS);

		assertThat(due.lastDay()).isNull();
		assertThat(due.last()).isEqualTo(Instant.parse("2024-04-02T22:30:00Z"));
		assertThat(due).hasToString("2024-04-02T22:30Z");
		assertThat(Due.after(Span.parse("90 minutes"), from, PARIS).last())
				.isEqualTo(Instant.parse("2024-03-31T00:00:00Z"));
	}

	@Test
	void inUtcTheDayEndsAtMidnightUtc() {
		Due due = Due.after(Span.parse("1 month"), Instant.parse("2024-03-30T23:30:00Z"), ZoneOffset.UTC);

		assertThat(due.lastDay()).isEqualTo(LocalDate.of(2024, 4, 30));
		assertThat(due.last()).isEqualTo(Instant.parse("2024-04-30T23:59:59.999999999Z"));
	}
}
