package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * {@code selection: text required when purpose = TRAINING}: missing where the condition holds is a data error for
 * every rule that reads the field, even behind a guard; elsewhere a missing value is an optional one.
 */
class RequiredWhenTest {

	private static final String RULES = """
			enum Purpose { TRAINING, SUPPORT }

			entity Recording {
				id: text key
				purpose: Purpose
				selection: text required when purpose = TRAINING
				reviewer: text required when purpose != SUPPORT
			}

			rule REC-01 "A selection, when there is one, is documented"
				basis "test"
				Recording requires selection is missing or selection != ""

			rule REC-02 "Reviewed recordings"
				basis "test"
				Recording requires reviewer is missing or reviewer != "nobody"
			""";

	private static final Context NOW = at("2024-06-01T00:00:00Z");

	private final RecordPolicy policy = CompiledRules.records(RULES);

	@Test
	void missingWhereTheConditionHoldsIsADataErrorNamingTheField() {
		List<Finding> findings = check(policy, "Recording", Map.of("id", "rec-1", "purpose", "TRAINING"), NOW);

		assertThat(findings).extracting(Finding::ruleId, Finding::status, Finding::fields).containsExactly(
				tuple("REC-01", Status.DATA_ERROR, List.of("selection")),
				tuple("REC-02", Status.DATA_ERROR, List.of("reviewer")));
		assertThat(findings.get(0).explanation()).contains("required when purpose = TRAINING");
	}

	@Test
	void missingElsewhereIsAnOptionalValue() {
		assertThat(check(policy, "Recording", Map.of("id", "rec-2", "purpose", "SUPPORT"), NOW)).isEmpty();
	}

	@Test
	void presentIsJudgedAsUsual() {
		assertThat(check(policy, "Recording",
				Map.of("id", "rec-3", "purpose", "TRAINING", "selection", "random sample", "reviewer", "nobody"), NOW))
				.extracting(Finding::ruleId, Finding::status).containsExactly(tuple("REC-02", Status.VIOLATED));
	}
}
