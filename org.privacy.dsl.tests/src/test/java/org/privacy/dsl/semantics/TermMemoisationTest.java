package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Issue 10: terms defined through other terms ({@code term c40: c39 and (c39 or c39)}) were evaluated a number of
 * times exponential in their depth, so one record took hours. Each term is now evaluated at most once per rule and
 * record: checking a record takes microseconds, whatever the depth.
 */
class TermMemoisationTest {

	private static final Context NOW = at("2024-03-01T09:00:00Z");

	/** The issue's example: {@code term cN for Account: c(N-1) and (c(N-1) or c(N-1))}, N up to {@code depth}. */
	private static String chain(int depth, String step, String rule) {
		StringBuilder b = new StringBuilder("""
				entity Account {
					id: text key
					active: boolean
					tags: list of text
				}

				term c0 for Account: active
				""");
		for (int n = 1; n <= depth; n++) {
			b.append("term c").append(n).append(" for Account: ").append(step.replace("P", "c" + (n - 1)))
					.append('\n');
		}
		return b.append(rule).toString();
	}

	@Test
	void theIssuesFortyTermsTakeWellUnderASecondPerRecord() {
		String rules = chain(40, "P and (P or P)", """
				rule ACC-01 "Accounts are inactive" basis "test"
					Account forbids c40
				""");
		RecordPolicy policy = CompiledRules.records(rules);
		List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
			List<Finding> last = null;
			for (int i = 0; i < 1000; i++) {
				last = check(policy, "Account", Map.of("id", "a-" + i, "active", true, "tags", List.of()), NOW);
			}
			return last;
		});
		assertThat(findings).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("ACC-01", Status.VIOLATED));
	}

	@Test
	void termsUsedInsideQuantifiersAndExceptionsAreEvaluatedOnceToo() {
		String rules = chain(60, "(P or not P) and (P or P)", """
				rule ACC-02 "Tagged accounts are inactive" basis "test"
					Account where (count of t in tags where c60) > 0 forbids c60 and (some t in tags satisfies c59)
					unless c58 and not c58
				""");
		RecordPolicy policy = CompiledRules.records(rules);
		List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(1),
				() -> check(policy, "Account", Map.of("id", "a-1", "active", true, "tags", List.of("x", "y")), NOW));
		assertThat(findings).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("ACC-02", Status.VIOLATED));
	}

	@Test
	void aTermsDataErrorIsNotRememberedAsAValue() {
		String rules = chain(30, "P and (P or P)", """
				rule ACC-03 "Accounts are inactive" basis "test"
					Account forbids c30

				rule ACC-04 "Accounts are inactive, again" basis "test"
					Account forbids c30 or c29
				""");
		List<Finding> findings = check(CompiledRules.records(rules), "Account", Map.of("id", "a-1"), NOW);
		assertThat(findings).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("ACC-03", Status.DATA_ERROR), tuple("ACC-04", Status.DATA_ERROR));
	}
}
