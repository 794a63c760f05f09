package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.dsl.validation.IssueCodes;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Issue 10: {@code is one of "a", "a"} compiled to {@code Set.of("a", "a")}, and the class failed to load. The repeat
 * is now a warning, and the generated set holds each value once, whether the values are text or enumeration values.
 */
class RepeatedValuesTest {

	private static final String RULES = """
			enum Channel { EMAIL, SMS, POSTAL }
			entity Message {
				id: text key
				channel: Channel
				country: text
			}

			rule MSG-01 "Messages go to France by e-mail or SMS" basis "test"
				Message requires country is one of "a", "a" or (channel is one of EMAIL, SMS, EMAIL and country is not one of "BE", "FR", "BE")
			""";

	@Test
	void theValidatorLoadsAndEachValueCountsOnce() {
		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.RECORDS, RULES);
		assertThat(PrivacyTestSupport.codes(result)).hasSize(3)
				.allSatisfy(code -> assertThat(code).startsWith(IssueCodes.DUPLICATE_VALUE + "@"));
		assertThat(result.sources().values().iterator().next()).contains("Set.of(\"a\")")
				.contains("Set.of(\"EMAIL\", \"SMS\")").contains("Set.of(\"BE\", \"FR\")");

		RecordPolicy policy = CompiledRules.records(RULES);
		assertThat(check(policy, "Message", Map.of("id", "m1", "channel", "EMAIL", "country", "DE"),
				at("2024-01-01T00:00:00Z"))).isEmpty();
		assertThat(check(policy, "Message", Map.of("id", "m2", "channel", "POSTAL", "country", "DE"),
				at("2024-01-01T00:00:00Z"))).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("MSG-01", Status.VIOLATED));
		assertThat(check(policy, "Message", Map.of("id", "m3", "channel", "POSTAL", "country", "a"),
				at("2024-01-01T00:00:00Z"))).isEmpty();
	}
}
