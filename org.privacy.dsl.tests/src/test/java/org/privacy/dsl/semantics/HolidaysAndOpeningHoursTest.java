package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.InMemoryPolicies;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.scenarios.ScenarioResult;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Policy;
import org.privacy.runtime.Status;

/**
 * Public holidays, working days and opening hours, compiled and run in both modes: Consumer Code art. D223-9 (calls
 * Monday to Friday 10:00-13:00 and 14:00-20:00, never on public holidays) around its boundaries, declared calendars,
 * and the explanations of findings.
 */
class HolidaysAndOpeningHoursTest {

	private static final String DECLARATIONS = """
			policy Calls "Telephone prospecting" time zone "Europe/Paris" holidays France

			entity Call {
				id: text key
				calledAt: datetime
				plannedOn: date
			}

			calendar AlsaceMoselle "Alsace and Moselle"
				holidays France
				yearly 12-26
				easter - 2 days

			calendar Closures "Company closures"
				2024-12-24, 2024-12-31

			opening hours CallingHours "Hours for calling consumers (art. D223-9)"
				monday to friday from 10:00 to 13:00
				monday to friday from 14:00 to 20:00
				closed on public holidays
			""";

	private static final ConditionProbe PROBE = new ConditionProbe(DECLARATIONS, "Call");
	private static final Context CLOCK = at("2024-12-31T12:00:00Z");

	private static Map<String, Object> call(String calledAt, String plannedOn) {
		return Map.of("id", "c-1", "calledAt", calledAt, "plannedOn", plannedOn);
	}

	@ParameterizedTest(name = "a call at {0} is within the calling hours: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-05-07T09:59:00+02:00 | false
			2024-05-07T10:00:00+02:00 | true
			2024-05-07T12:59:00+02:00 | true
			2024-05-07T13:00:00+02:00 | false
			2024-05-07T19:59:59+02:00 | true
			2024-05-07T20:00:00+02:00 | false
			2024-05-09T11:00:00+02:00 | false
			2024-05-11T11:00:00+02:00 | false
			2024-03-31T11:00:00+02:00 | false
			2024-04-02T08:30:00Z      | true
			2024-10-28T08:30:00Z      | false
			2024-10-28T09:30:00Z      | true
			""")
	void callingHoursOfArticleD223_9(String calledAt, boolean within) {
		assertThat(PROBE.holds("calledAt is within CallingHours", call(calledAt, "2024-05-07"), CLOCK))
				.isEqualTo(within);
		assertThat(PROBE.holds("calledAt is not within CallingHours", call(calledAt, "2024-05-07"), CLOCK))
				.isEqualTo(!within);
	}

	@Test
	void aZoneNamedInTheTestReadsTheClockThere() {
		// 09:30 UTC on a Tuesday: 11:30 in Paris, 09:30 in London in winter
		Map<String, Object> call = call("2024-01-09T09:30:00Z", "2024-01-09");
		assertThat(PROBE.holds("calledAt is within CallingHours", call, CLOCK)).isTrue();
		assertThat(PROBE.holds("calledAt is within CallingHours in \"Europe/London\"", call, CLOCK)).isFalse();
	}

	@ParameterizedTest(name = "{0} on {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			plannedOn is a public holiday                       | 2024-05-08 | true
			plannedOn is a public holiday                       | 2024-05-07 | false
			plannedOn is not a public holiday                   | 2024-05-09 | false
			plannedOn is a working day                          | 2024-05-07 | true
			plannedOn is a working day                          | 2024-05-11 | false
			plannedOn is a working day                          | 2024-05-20 | false
			plannedOn is not a working day                      | 2024-05-12 | true
			plannedOn is a public holiday in AlsaceMoselle      | 2024-03-29 | true
			plannedOn is a public holiday                       | 2024-03-29 | false
			plannedOn is a public holiday in AlsaceMoselle      | 2025-12-26 | true
			plannedOn is a working day in Closures              | 2024-12-24 | false
			plannedOn is a working day in Closures              | 2024-12-25 | true
			plannedOn is a public holiday in France             | 2038-06-03 | true
			""")
	void publicHolidaysAndWorkingDaysOfADate(String condition, String plannedOn, boolean expected) {
		assertThat(PROBE.holds(condition, call("2024-05-07T10:00:00Z", plannedOn), CLOCK)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "a call at {0} is on a public holiday: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-11-10T23:30:00Z | true
			2024-11-10T22:59:59Z | false
			2024-11-11T22:59:59Z | true
			2024-11-11T23:00:00Z | false
			""")
	void aDateTimeIsTakenOnThePolicysLocalDay(String calledAt, boolean holiday) {
		// 11 November in Paris runs from 10 November 23:00 to 11 November 23:00 UTC
		assertThat(PROBE.holds("calledAt is a public holiday", call(calledAt, "2024-05-07"), CLOCK))
				.isEqualTo(holiday);
	}

	@Test
	void findingsNameTheWindowOrTheDayPlainly() {
		List<Finding> late = PROBE.findings("calledAt is within CallingHours", call("2024-05-10T21:05:00+02:00",
				"2024-05-10"), CLOCK);
		assertThat(late).singleElement().satisfies(f -> assertThat(f.explanation()).isEqualTo(
				"call c-1: calledAt 21:05 (Friday 2024-05-10, Europe/Paris) is outside CallingHours; required by test"));
		List<Finding> ascension = PROBE.findings("calledAt is within CallingHours", call("2024-05-09T11:00:00+02:00",
				"2024-05-09"), CLOCK);
		assertThat(ascension.get(0).explanation()).contains("2024-05-09 is a public holiday in France");
		List<Finding> holiday = PROBE.findings("plannedOn is not a public holiday",
				call("2024-05-07T10:00:00Z", "2024-05-08"), CLOCK);
		assertThat(holiday.get(0).explanation())
				.isEqualTo("call c-1: 2024-05-08 is a public holiday in France; required by test");
		List<Finding> saturday = PROBE.findings("plannedOn is a working day",
				call("2024-05-07T10:00:00Z", "2024-05-11"), CLOCK);
		assertThat(saturday.get(0).explanation())
				.isEqualTo("call c-1: 2024-05-11 is not a working day in France (a Saturday); required by test");
	}

	@Test
	void aProhibitedHolidayIsNamedAsForbidden() {
		String rules = DECLARATIONS + """

				rule TEL-14 "No calls on local holidays"
					basis "local agreement"
					Call forbids calledAt is a public holiday in AlsaceMoselle
				""";
		List<Finding> findings = check(CompiledRules.records(rules), "Call",
				call("2024-03-29T10:00:00+01:00", "2024-03-29"), CLOCK);
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.status()).isEqualTo(Status.VIOLATED);
			assertThat(f.explanation()).isEqualTo(
					"call c-1: 2024-03-29 is a public holiday in AlsaceMoselle, which is forbidden by local agreement");
		});
	}

	@Test
	void aMissingOrIllTypedValueIsADataError() {
		List<Finding> findings = PROBE.findings("calledAt is within CallingHours",
				Map.of("id", "c-1", "calledAt", "tomorrow", "plannedOn", "2024-05-07"), CLOCK);
		assertThat(findings).singleElement().extracting(Finding::status).isEqualTo(Status.DATA_ERROR);
		assertThat(findings.get(0).explanation()).doesNotContain("tomorrow");
	}

	// ------------------------------------------------------------------ bound mode

	private static final String BOUND = """
			policy Answers "Answers" time zone "Europe/Paris" holidays France

			entity Request bound to "org.privacy.dsl.semantics.BoundRequest" {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
				receivedOn: date
				answeredOn: date optional
			}

			opening hours Office "Office hours"
				monday to friday from 09:00 to 18:00
				closed on public holidays

			rule DESK-01 "Requests are taken in office hours"
				basis "internal policy 2"
				Request requires receivedAt is within Office

			rule DESK-02 "Requests are registered on working days"
				basis "internal policy 2"
				Request requires receivedOn is a working day
			""";

	@ParameterizedTest(name = "a request at {0} on {1} breaks {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-05-07T09:00+02:00[Europe/Paris] | 2024-05-07 | ''
			2024-05-07T08:59+02:00[Europe/Paris] | 2024-05-07 | DESK-01
			2024-05-07T18:00+02:00[Europe/Paris] | 2024-05-08 | DESK-01 DESK-02
			2024-05-07T07:30Z[UTC]               | 2024-05-11 | DESK-02
			2024-05-09T10:00+02:00[Europe/Paris] | 2024-05-09 | DESK-01 DESK-02
			""")
	void boundModeReadsJavaTimeValues(String receivedAt, String receivedOn, String broken) {
		Policy policy = CompiledRules.bound(BOUND);
		BoundRequest request = new BoundRequest("r-1", ZonedDateTime.parse(receivedAt), null,
				LocalDate.parse(receivedOn), null);
		List<Finding> findings = checkObject(policy, request, CLOCK);
		assertThat(findings).extracting(Finding::ruleId)
				.containsExactly(broken.isBlank() ? new String[0] : broken.split(" "));
		assertThat(findings).allMatch(f -> f.status() == Status.VIOLATED);
	}

	// ------------------------------------------------------------------ scenarios in the language

	@Test
	void theScenariosOfArticleD223_9Pass() throws Exception {
		Path file = PrivacyTestSupport.repoRoot()
				.resolve("org.privacy.dsl.tests/src/test/resources/corpus/good/calendars/calling-hours.privacy");
		CompilationResult compiled = PrivacyTestSupport.withoutErrors(PrivacyTestSupport.compile(
				GenerationMode.RECORDS, Map.of("calling-hours.privacy", java.nio.file.Files.readString(file))));
		List<ScenarioResult> results = InMemoryPolicies.scenarioRunner(compiled, Map.of()).run(compiled.scenarios());
		assertThat(results).hasSizeGreaterThanOrEqualTo(12);
		assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.toString()).isTrue());
	}
}
