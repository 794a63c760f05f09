package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Time as the law counts it: local dates ({@code date of}), zones read from the data, a date compared with a
 * date-time (the whole local day), date fields filled from date-times, and deadlines in days, weeks, months and years
 * that end with their last local day. The policy's zone is Paris; records mode and bound mode give the same findings.
 */
class LocalTimeTest {

	private static final String MODEL = """
			policy Calls "Calls" time zone "Europe/Paris"

			entity Call {
				id: text key
				startedAt: datetime
				timeZone: text
				signedOn: date
				receivedAt: datetime
				answeredAt: datetime optional
			}
			""";

	private static final ConditionProbe PROBE = new ConditionProbe(MODEL, "Call");
	private static final Context CLOCK = at("2024-06-01T12:00:00Z");

	private static Map<String, Object> call(String startedAt, String timeZone, String signedOn) {
		return Map.of("id", "call-1", "startedAt", startedAt, "timeZone", timeZone, "signedOn", signedOn,
				"receivedAt", "2024-03-01T10:00:00Z");
	}

	private static Map<String, Object> startedAt(String startedAt) {
		return call(startedAt, "America/New_York", "2024-03-31");
	}

	// ------------------------------------------------------------------ date of, zones from the data

	@ParameterizedTest(name = "{0} for a call at {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			date of startedAt = 2024-03-31                               | 2024-03-30T23:30:00Z | true
			date of startedAt = 2024-03-30                               | 2024-03-30T22:59:59Z | true
			date of startedAt in "UTC" = 2024-03-30                      | 2024-03-30T23:30:00Z | true
			date of startedAt in "America/New_York" = 2024-03-30         | 2024-03-31T03:59:00Z | true
			date of startedAt in timeZone = 2024-03-30                   | 2024-03-31T03:59:00Z | true
			date of startedAt in timeZone = 2024-03-31                   | 2024-03-31T04:00:00Z | true
			date of startedAt in "+01:00" = 2024-03-31                   | 2024-03-30T23:00:00Z | true
			date of startedAt is one of 2024-03-31, 2024-04-01           | 2024-03-30T23:30:00Z | true
			date of startedAt before signedOn                            | 2024-03-30T22:59:00Z | true
			date of startedAt + 1 month = 2024-04-30                     | 2024-03-30T23:30:00Z | true
			weekday of date of startedAt = sunday                        | 2024-03-30T23:30:00Z | true
			weekday of startedAt in timeZone = saturday                  | 2024-03-30T23:30:00Z | true
			time of startedAt in timeZone = 19:30                        | 2024-03-30T23:30:00Z | true
			time of startedAt in timeZone = 20:30                        | 2024-04-01T00:30:00Z | true
			""")
	void localDatesAndZonesFromTheData(String condition, String startedAt, boolean expected) {
		assertThat(PROBE.holds(condition, startedAt(startedAt), CLOCK)).isEqualTo(expected);
	}

	@Test
	void aZoneFromTheDataThatIsNoZoneIsADataErrorThatDoesNotQuoteIt() {
		List<Finding> findings = PROBE.findings("time of startedAt in timeZone before 20:00",
				call("2024-03-30T23:30:00Z", "Mars/Olympus_Mons", "2024-03-31"), CLOCK);

		assertThat(findings).extracting(Finding::status, Finding::fields)
				.containsExactly(tuple(Status.DATA_ERROR, List.of("timeZone")));
		assertThat(findings.get(0).explanation()).contains("'timeZone' is not a time zone")
				.doesNotContain("Mars").doesNotContain("Olympus");
	}

	// ------------------------------------------------------------------ a date with a date-time: the whole local day

	@ParameterizedTest(name = "a call at {0}: {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-03-30T22:59:59Z | startedAt before signedOn | true
			2024-03-30T23:00:00Z | startedAt before signedOn | false
			2024-03-30T23:00:00Z | startedAt = signedOn      | true
			2024-03-31T21:59:59Z | startedAt = signedOn      | true
			2024-03-31T22:00:00Z | startedAt = signedOn      | false
			2024-03-31T21:59:59Z | startedAt after signedOn  | false
			2024-03-31T22:00:00Z | startedAt after signedOn  | true
			2024-03-31T21:59:59Z | startedAt <= signedOn     | true
			2024-03-31T22:00:00Z | startedAt <= signedOn     | false
			2024-03-30T23:00:00Z | startedAt >= signedOn     | true
			2024-03-30T22:59:59Z | startedAt >= signedOn     | false
			2024-03-31T12:00:00Z | startedAt != signedOn     | false
			2024-03-31T22:00:00Z | startedAt > signedOn      | true
			2024-03-30T22:59:59Z | startedAt < signedOn      | true
			2024-03-31T22:00:00Z | signedOn before startedAt | true
			2024-03-31T21:59:59Z | signedOn before startedAt | false
			2024-03-30T22:59:59Z | signedOn after startedAt  | true
			2024-03-30T23:00:00Z | signedOn <= startedAt     | true
			2024-03-30T22:59:59Z | signedOn <= startedAt     | false
			2024-03-31T12:00:00Z | signedOn = startedAt      | true
			2024-03-30T23:00:00Z | 2024-03-31 = startedAt    | true
			""")
	void aDateStandsForItsWholeLocalDay(String startedAt, String condition, boolean expected) {
		// 31 March 2024 in Paris runs from 2024-03-30T23:00Z to 2024-03-31T22:00Z (summer time starts that night)
		assertThat(PROBE.holds(condition, startedAt(startedAt), CLOCK)).isEqualTo(expected);
	}

	// ------------------------------------------------------------------ date fields filled from date-times

	@ParameterizedTest(name = "signedOn given as {0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-03-30T23:30:00Z      | 2024-03-31
			2024-03-31T00:30:00+01:00 | 2024-03-31
			2024-03-30T22:30:00Z      | 2024-03-30
			2024-03-31                | 2024-03-31
			""")
	void aDateFieldFilledFromADateTimeTakesTheDateInThePolicysZone(String signedOn, String date) {
		assertThat(PROBE.holds("signedOn = " + date, call("2024-03-01T10:00:00Z", "UTC", signedOn), CLOCK))
				.isTrue();
	}

	// ------------------------------------------------------------------ deadlines end with their last local day

	private static final String DEADLINES = MODEL + """
			parameter answerPeriod = 1 month
			parameter urgentPeriod = 72h

			term answer for Call: event answeredAt counted from receivedAt

			rule RTS-MONTH "Answer within a month"
				basis "GDPR art. 12(3)"
				Call requires answer within 1 month

			rule RTS-DAYS "Answer within 10 days"
				basis "test"
				Call requires answer within 10 days

			rule RTS-PARAM "Answer within the answer period"
				basis "test"
				Call requires answer within answerPeriod

			rule RTS-HOURS "Answer within 72 hours"
				basis "test"
				Call requires answer within urgentPeriod
			""";

	private static Map<String, Object> request(String receivedAt, String answeredAt) {
		Map<String, Object> values = new HashMap<>(call("2024-03-01T10:00:00Z", "UTC", "2024-03-01"));
		values.put("receivedAt", receivedAt);
		if (answeredAt != null) {
			values.put("answeredAt", answeredAt);
		}
		return values;
	}

	private static List<Status> statuses(List<Finding> findings, String rule) {
		return findings.stream().filter(f -> f.ruleId().equals(rule)).map(Finding::status).toList();
	}

	@ParameterizedTest(name = "received {0}, answered {1}: {2} is {3}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-03-30T23:30:00+01:00 | 2024-04-30T23:59:00+02:00 | RTS-MONTH | SATISFIED
			2024-03-30T23:30:00+01:00 | 2024-05-01T00:00:00+02:00 | RTS-MONTH | LATE
			2024-03-30T23:30:00+01:00 | 2024-04-30T21:59:59Z      | RTS-PARAM | SATISFIED
			2024-03-30T23:30:00+01:00 | 2024-04-30T22:00:00Z      | RTS-PARAM | LATE
			2024-03-25T09:00:00+01:00 | 2024-04-04T23:59:00+02:00 | RTS-DAYS  | SATISFIED
			2024-03-25T09:00:00+01:00 | 2024-04-05T00:00:00+02:00 | RTS-DAYS  | LATE
			2024-03-30T23:30:00+01:00 | 2024-04-02T22:30:00Z      | RTS-HOURS | SATISFIED
			2024-03-30T23:30:00+01:00 | 2024-04-02T22:31:00Z      | RTS-HOURS | LATE
			2024-01-31T18:00:00+01:00 | 2024-02-29T23:59:00+01:00 | RTS-MONTH | SATISFIED
			2024-01-31T18:00:00+01:00 | 2024-03-01T00:00:00+01:00 | RTS-MONTH | LATE
			""")
	void deadlinesInDaysAndMonthsEndWithTheirLastLocalDayAndHoursStayExact(String received, String answered,
			String rule, Status expected) {
		List<Finding> findings = check(CompiledRules.records(DEADLINES), "Call", request(received, answered),
				at("2025-01-01T00:00:00Z"));
		assertThat(statuses(findings, rule)).containsExactlyElementsOf(
				expected == Status.SATISFIED ? List.of() : List.of(expected));
	}

	@Test
	void theExplanationShowsTheLastDayAndTheZone() {
		List<Finding> findings = check(CompiledRules.records(DEADLINES), "Call",
				request("2024-03-30T23:30:00+01:00", null), at("2024-05-01T08:00:00Z"));

		assertThat(statuses(findings, "RTS-MONTH")).containsExactly(Status.OVERDUE);
		Finding month = findings.stream().filter(f -> f.ruleId().equals("RTS-MONTH")).findFirst().orElseThrow();
		assertThat(month.explanation()).contains("due by the end of 2024-04-30 in Europe/Paris (1 month after receivedAt)");
		Finding hours = findings.stream().filter(f -> f.ruleId().equals("RTS-HOURS")).findFirst().orElseThrow();
		assertThat(hours.explanation()).contains("due by 2024-04-02T22:30Z");
	}

	@Test
	void pendingUntilTheLastMinuteOfTheLastDay() {
		RecordPolicy policy = CompiledRules.records(DEADLINES);
		Map<String, Object> unanswered = request("2024-03-30T23:30:00+01:00", null);

		assertThat(statuses(check(policy, "Call", unanswered, at("2024-04-30T21:59:00Z")), "RTS-MONTH"))
				.containsExactly(Status.PENDING);
		assertThat(statuses(check(policy, "Call", unanswered, at("2024-04-30T22:00:00Z")), "RTS-MONTH"))
				.containsExactly(Status.OVERDUE);
	}

	// ------------------------------------------------------------------ bound mode

	private static final String BOUND = DEADLINES.replace("entity Call {",
			"entity Call bound to \"org.privacy.dsl.semantics.BoundZonedCall\" {") + """

			rule CALL-HOURS "Call between 8:00 and 20:00 in the callee's zone"
				basis "Consumer Code D223-9"
				Call requires time of startedAt in timeZone >= 08:00 and time of startedAt in timeZone < 20:00

			rule CALL-DAY "Call on the day of signature"
				basis "test"
				Call requires date of startedAt = signedOn and startedAt = signedOn
			""";

	private static BoundZonedCall boundCall(String startedAt, String zone, String answeredAt) {
		return new BoundZonedCall("call-1", Instant.parse(startedAt), zone, LocalDate.parse("2024-03-31"),
				OffsetDateTime.parse("2024-03-30T23:30:00+01:00"),
				answeredAt == null ? null : Instant.parse(answeredAt));
	}

	private static Map<String, Object> boundCallAsMap(String startedAt, String zone, String answeredAt) {
		Map<String, Object> values = new HashMap<>(call(startedAt, zone, "2024-03-31"));
		values.put("receivedAt", "2024-03-30T23:30:00+01:00");
		if (answeredAt != null) {
			values.put("answeredAt", answeredAt);
		}
		return values;
	}

	@ParameterizedTest(name = "bound: a call at {0} in {1}, answered {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-03-31T18:00:00Z | America/New_York | 2024-04-30T21:59:00Z
			2024-03-31T12:00:00Z | America/New_York | 2024-04-30T22:00:00Z
			2024-03-31T05:00:00Z | Europe/Paris     | 2024-04-02T22:30:00Z
			2024-03-31T21:59:00Z | Asia/Tokyo       | 2024-04-02T22:31:00Z
			2024-03-31T12:00:00Z | Nowhere/Atlantis | 2024-04-10T00:00:00Z
			""")
	void boundModeGivesTheSameFindingsAsRecords(String startedAt, String zone, String answeredAt) {
		Policy bound = CompiledRules.bound(BOUND);
		RecordPolicy records = CompiledRules.records(BOUND);
		Context clock = at("2025-01-01T00:00:00Z");

		List<Finding> fromObject = checkObject(bound, boundCall(startedAt, zone, answeredAt), clock);
		List<Finding> fromMap = check(records, "Call", boundCallAsMap(startedAt, zone, answeredAt), clock);

		assertThat(fromObject).isNotEmpty();
		assertThat(fromObject).extracting(Finding::ruleId, Finding::status, Finding::explanation)
				.containsExactlyElementsOf(
						fromMap.stream().map(f -> tuple(f.ruleId(), f.status(), f.explanation())).toList());
	}

	@Test
	void boundModeCountsCallHoursInTheCalleesZone() {
		Policy bound = CompiledRules.bound(BOUND);
		// 23:30 UTC is 19:30 in New York (allowed) and 01:30 in Paris (not allowed)
		List<Finding> newYork = checkObject(bound,
				boundCall("2024-03-30T23:30:00Z", "America/New_York", "2024-04-01T00:00:00Z"), CLOCK);
		List<Finding> paris = checkObject(bound,
				boundCall("2024-03-30T23:30:00Z", "Europe/Paris", "2024-04-01T00:00:00Z"), CLOCK);

		assertThat(newYork).extracting(Finding::ruleId).doesNotContain("CALL-HOURS");
		assertThat(paris).extracting(Finding::ruleId, Finding::status).contains(tuple("CALL-HOURS", Status.VIOLATED));
		assertThat(checkObject(bound, boundCall("2024-03-30T23:30:00Z", "Atlantis", null), CLOCK))
				.extracting(Finding::ruleId, Finding::status).contains(tuple("CALL-HOURS", Status.DATA_ERROR));
	}
}
