package org.privacy.dsl.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.tests.PrivacyTestSupport.withoutErrors;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.InMemoryPolicies;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * Scenarios of deadlines per element: given records named in a {@code list of} an entity are nested in the record
 * that holds the list, and each element's finding is expected for that record.
 */
class ElementScenarioTest {

	@Test
	void theScenariosOfTheCorpusFilePass() throws Exception {
		String rules = Files.readString(PrivacyTestSupport.repoRoot()
				.resolve("org.privacy.dsl.tests/src/test/resources/corpus/good/deadlines/per-element.privacy"));
		CompilationResult compiled = withoutErrors(
				PrivacyTestSupport.compile(GenerationMode.RECORDS, Map.of("per-element.privacy", rules)));

		List<ScenarioResult> results = InMemoryPolicies.scenarioRunner(compiled, Map.of()).run(compiled.scenarios());

		assertThat(results).hasSize(2).allSatisfy(result -> assertThat(result.passed())
				.as(result.scenario().name() + ": " + result.outcomes().stream()
						.map(ScenarioResult.Outcome::actualText).toList())
				.isTrue());
	}
}
