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

/** Scenarios whose records are related by a shared value ({@code sharing}), with no record of what it names. */
class SharingScenarioTest {

	private static final String RULES = """
			entity Call {
				id: text key
				personId: text
				calledAt: datetime
				samePerson: list of Call sharing personId
				objections: list of Objection sharing personId as subjectId
			}

			entity Objection {
				subjectId: text
				madeAt: datetime
			}

			rule TEL-20 "At most two calls to one person"
				basis "Consumer Code art. L223-1"
				Call requires count of samePerson <= 2

			rule TEL-21 "No call after an objection"
				basis "GDPR art. 21(3)"
				Call requires no o in objections satisfies o.madeAt before calledAt
			""";

	private static final String SCENARIOS = """
			scenario "a third call to one person"
				given Call c1 { id = "1", personId = "p-1", calledAt = 2024-03-01T09:00Z }
				given Call c2 { id = "2", personId = "p-1", calledAt = 2024-03-02T09:00Z }
				given Call c3 { id = "3", personId = "p-1", calledAt = 2024-03-03T09:00Z }
				given Call c4 { id = "4", personId = "p-2", calledAt = 2024-03-03T09:00Z }
				expect 3 findings of TEL-20 violated
				expect TEL-20 satisfied for c4

			scenario "a call after the person objected"
				given Objection o1 { subjectId = "p-1", madeAt = 2024-03-01T12:00Z }
				given Call c1 { id = "1", personId = "p-1", calledAt = 2024-03-01T09:00Z }
				given Call c2 { id = "2", personId = "p-1", calledAt = 2024-03-02T09:00Z }
				expect TEL-21 satisfied for c1
				expect TEL-21 violated for c2
			""";

	@Test
	void recordsThatShareAValueAreFoundInScenarios() throws Exception {
		CompilationResult compiled = withoutErrors(PrivacyTestSupport.compile(GenerationMode.RECORDS,
				Map.of("rules.privacy", RULES, "scenarios.privacy", SCENARIOS)));
		List<ScenarioResult> results = InMemoryPolicies.scenarioRunner(compiled, Map.of()).run(compiled.scenarios());

		assertThat(results).hasSize(2).allSatisfy(result -> assertThat(result.passed()).as(result.toString()).isTrue());
	}
}
