package org.privacy.dsl.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.tests.PrivacyTestSupport.withoutErrors;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.InMemoryPolicies;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * Time as the law counts it, written as scenarios in the language: a month across the change to summer time ends
 * with its last day in Paris, 72 hours stay exact, call hours are read in the callee's zone.
 */
class LocalTimeScenarioTest {

	private static final String RULES = """
			policy Rights "Rights" time zone "Europe/Paris"

			entity Request {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
			}

			entity Call {
				id: text key
				startedAt: datetime
				timeZone: text
			}

			term answer for Request: event answeredAt counted from receivedAt

			rule RTS-01 "Answer within a month"
				basis "GDPR art. 12(3)"
				Request requires answer within 1 month

			rule RTS-02 "Acknowledge within 72 hours"
				basis "test"
				Request requires answer within 72h

			rule TEL-01 "Calls from 08:00 to 20:00 in the callee's zone"
				basis "Consumer Code art. D223-9"
				Call requires time of startedAt in timeZone >= 08:00 and time of startedAt in timeZone < 20:00
			""";

	private static final String SCENARIOS = """
			scenario "answered at the last minute of the last day in Paris" now 2024-06-01T00:00Z
				given Request r1 { receivedAt = 2024-03-30T23:30+01:00, answeredAt = 2024-04-30T23:59+02:00 }
				expect RTS-01 satisfied
				expect RTS-02 late

			scenario "answered at the first minute after the last day" now 2024-06-01T00:00Z
				given Request r1 { receivedAt = 2024-03-30T23:30+01:00, answeredAt = 2024-05-01T00:00+02:00 }
				expect RTS-01 late

			scenario "not answered on the last day is still pending" now 2024-04-30T21:59Z
				given Request r1 { receivedAt = 2024-03-30T23:30+01:00 }
				expect RTS-01 pending

			scenario "not answered after the last day is overdue" now 2024-04-30T22:00Z
				given Request r1 { receivedAt = 2024-03-30T23:30+01:00 }
				expect RTS-01 overdue

			scenario "72 hours to the minute across the change to summer time" now 2024-06-01T00:00Z
				given Request r1 { receivedAt = 2024-03-30T23:30+01:00, answeredAt = 2024-04-02T22:30Z }
				expect RTS-02 satisfied

			scenario "19:30 in New York is 01:30 in Paris"
				given Call c1 { startedAt = 2024-03-30T23:30Z, timeZone = "America/New_York" }
				given Call c2 { startedAt = 2024-03-30T23:30Z, timeZone = "Europe/Paris" }
				expect TEL-01 violated for c2
				expect 1 finding of TEL-01

			scenario "a zone in the data that is no zone"
				given Call c1 { startedAt = 2024-03-30T23:30Z, timeZone = "Atlantis" }
				expect TEL-01 data-error
			""";

	@Test
	void scenariosInTheLanguagePass() throws Exception {
		CompilationResult compiled = withoutErrors(PrivacyTestSupport.compile(GenerationMode.RECORDS,
				Map.of("rules.privacy", RULES, "scenarios.privacy", SCENARIOS)));
		List<ScenarioResult> results = InMemoryPolicies.scenarioRunner(compiled, Map.of()).run(compiled.scenarios());

		assertThat(results).hasSize(7);
		assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.scenario().name() + " " + r.outcomes())
				.isTrue());
	}
}
