package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacy.runtime.Context;

/**
 * Day of week and time of day in a named time zone, {@code now} and {@code today} from the caller's clock, and
 * lengths of time added to or taken from dates and date-times. The policy's zone is Paris.
 */
class TimeExpressionTest {

	private static final ConditionProbe PROBE = new ConditionProbe("""
			policy CallTimes "Call times" time zone "Europe/Paris"

			entity Call {
				id: text key
				calledAt: datetime
				signedOn: date
			}
			""", "Call");

	private static Map<String, Object> call(String calledAt, String signedOn) {
		return Map.of("id", "call-1", "calledAt", calledAt, "signedOn", signedOn);
	}

	private static Map<String, Object> callAt(String calledAt) {
		return call(calledAt, "2024-03-01");
	}

	private static final Context CLOCK = at("2024-03-20T12:00:00Z");

	@ParameterizedTest(name = "a call at {0} is on a Paris weekend: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-03-08T23:30:00Z | true
			2024-03-09T12:00:00Z | true
			2024-03-10T22:59:59Z | true
			2024-03-10T23:30:00Z | false
			2024-03-08T22:59:59Z | false
			""")
	void weekdayOfADateTimeInANamedZone(String calledAt, boolean weekend) {
		assertThat(PROBE.holds("weekday of calledAt in \"Europe/Paris\" is one of saturday, sunday", callAt(calledAt),
				CLOCK)).isEqualTo(weekend);
	}

	@Test
	void weekdayOfADateTimeInAnotherZoneUsesThatZone() {
		// Friday 23:30 in UTC is Saturday in Paris and still Friday in New York
		Map<String, Object> fridayNightUtc = callAt("2024-03-08T23:30:00Z");

		assertThat(PROBE.holds("weekday of calledAt in \"America/New_York\" = friday", fridayNightUtc, CLOCK))
				.isTrue();
		assertThat(PROBE.holds("weekday of calledAt = saturday", fridayNightUtc, CLOCK)).isTrue();
	}

	@ParameterizedTest(name = "a letter signed on {0} is signed on a weekend: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-03-09 | true
			2024-03-10 | true
			2024-03-11 | false
			""")
	void weekdayOfADate(String signedOn, boolean weekend) {
		assertThat(PROBE.holds("weekday of signedOn is one of saturday, sunday",
				call("2024-03-01T10:00:00Z", signedOn), CLOCK)).isEqualTo(weekend);
	}

	@ParameterizedTest(name = "a call at {0} is before 10:00 in Paris: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-07-01T07:30:00Z | true
			2024-07-01T08:30:00Z | false
			2024-01-15T08:59:00Z | true
			2024-01-15T09:30:00Z | false
			2024-03-08T23:30:00Z | true
			""")
	void timeOfDayInANamedZone(String calledAt, boolean beforeTen) {
		assertThat(PROBE.holds("time of calledAt in \"Europe/Paris\" before 10:00", callAt(calledAt), CLOCK))
				.isEqualTo(beforeTen);
	}

	@Test
	void timeOfDayComparisons() {
		Map<String, Object> halfPastNineInParis = callAt("2024-07-01T07:30:00Z");

		assertThat(PROBE.holds("time of calledAt in \"Europe/Paris\" after 09:29", halfPastNineInParis, CLOCK))
				.isTrue();
		assertThat(PROBE.holds("time of calledAt in \"UTC\" = 07:30", halfPastNineInParis, CLOCK)).isTrue();
		assertThat(PROBE.holds("time of calledAt >= 09:30", halfPastNineInParis, CLOCK)).isTrue();
	}

	@ParameterizedTest(name = "{0} at {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			calledAt before now          | 2024-03-20T11:59:59Z | true
			calledAt before now          | 2024-03-20T12:00:00Z | false
			calledAt after now           | 2024-03-20T12:00:01Z | true
			calledAt + 72h before now    | 2024-03-17T11:59:00Z | true
			calledAt + 72h before now    | 2024-03-17T12:01:00Z | false
			now - 30 days after calledAt | 2024-02-19T11:00:00Z | true
			now - 1 week = calledAt      | 2024-03-13T12:00:00Z | true
			""")
	void nowIsTheCallersClock(String condition, String calledAt, boolean expected) {
		assertThat(PROBE.holds(condition, callAt(calledAt), CLOCK)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} on {1} at {2} is {3}")
	@CsvSource(delimiter = '|', textBlock = """
			signedOn = today               | 2024-03-20 | 2024-03-20T12:00:00Z | true
			signedOn before today          | 2024-03-20 | 2024-03-20T12:00:00Z | false
			signedOn = today               | 2024-03-21 | 2024-03-20T23:30:00Z | true
			signedOn before today          | 2024-03-20 | 2024-03-20T23:30:00Z | true
			signedOn + 1 month after today | 2024-02-20 | 2024-03-20T12:00:00Z | false
			today - 1 month = signedOn     | 2024-02-29 | 2024-03-31T12:00:00Z | true
			""")
	void todayIsTheDateInThePolicysZone(String condition, String signedOn, String clock, boolean expected) {
		assertThat(PROBE.holds(condition, call("2024-03-01T10:00:00Z", signedOn), at(clock))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			signedOn + 1 month = 2024-02-29     | 2024-01-31 | true
			signedOn + 1 month = 2023-02-28     | 2023-01-31 | true
			signedOn - 1 month = 2024-02-29     | 2024-03-31 | true
			signedOn + 2 weeks = 2024-02-14     | 2024-01-31 | true
			signedOn + 1 year = 2025-02-28      | 2024-02-29 | true
			signedOn + 30d = 2024-03-01         | 2024-01-31 | true
			signedOn + 1 month after 2024-02-29 | 2024-01-31 | false
			""")
	void lengthsOfTimeOnDates(String condition, String signedOn, boolean expected) {
		assertThat(PROBE.holds(condition, call("2024-03-01T10:00:00Z", signedOn), CLOCK)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			calledAt + 1 month = 2024-02-29T10:00+01:00 | 2024-01-31T10:00:00+01:00 | true
			calledAt + 1 month = 2024-02-28T23:30Z      | 2024-01-30T23:30:00Z      | true
			calledAt - 1 month = 2024-02-29T10:00+01:00 | 2024-03-31T10:00:00+02:00 | true
			calledAt + 72h = 2024-03-04T10:00Z          | 2024-03-01T10:00:00Z      | true
			calledAt + 90 minutes = 2024-03-01T11:30Z   | 2024-03-01T10:00:00Z      | true
			calledAt - 2 days = 2024-02-28T10:00Z       | 2024-03-01T10:00:00Z      | true
			calledAt + 1 year = 2025-02-28T12:00+01:00  | 2024-02-29T12:00:00+01:00 | true
			calledAt + 1 month = 2024-04-01T10:00+02:00 | 2024-03-01T10:00:00+01:00 | true
			calledAt + 1 day = 2024-03-31T12:00Z        | 2024-03-30T12:00:00Z      | true
			""")
	void lengthsOfTimeOnDateTimes(String condition, String calledAt, boolean expected) {
		assertThat(PROBE.holds(condition, callAt(calledAt), CLOCK)).isEqualTo(expected);
	}
}
