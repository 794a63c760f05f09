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

/** Exceptions ({@code unless}): they win over the rule, are named, and are only asked when the rule fails. */
class ExceptionTest {

	private static final String RULES = """
			enum RiskLevel { unlikely, low, high }

			entity Message {
				id: text key
				consent: boolean
				customer: boolean
				analogousProduct: boolean
				legacyImport: boolean
			}

			entity Incident {
				id: text key
				awareAt: datetime
				notifiedAt: datetime optional
				risk: RiskLevel
			}

			term "soft opt-in" for Message: customer and analogousProduct
			term "notify authority" for Incident: event notifiedAt counted from awareAt

			rule EXC-01 "Marketing needs consent"
				basis "CPCE art. L34-5"
				Message requires consent
				unless soft opt-in
				unless customer
				unless legacyImport

			rule EXC-02 "Notify a breach within 72 hours"
				basis "GDPR art. 33(1)"
				Incident requires notify authority within 72h
				unless risk = unlikely
			""";

	private static final Context NOW = at("2024-03-10T00:00:00Z");

	private final RecordPolicy policy = CompiledRules.records(RULES);

	private List<Finding> checkMessage(Map<String, ?> message) {
		return check(policy, "Message", message, NOW);
	}

	@Test
	void exceptionThatAppliesMakesTheRecordExemptAndIsNamed() {
		List<Finding> findings = checkMessage(Map.of("id", "m-1", "consent", false, "customer", true,
				"analogousProduct", true, "legacyImport", false));

		assertThat(findings).extracting(Finding::ruleId, Finding::status, Finding::record)
				.containsExactly(tuple("EXC-01", Status.EXEMPT, "m-1"));
		assertThat(findings.get(0).explanation()).contains("EXC-01").contains("\"soft opt-in\"");
		assertThat(findings.get(0).status().isViolation()).isFalse();
	}

	@Test
	void firstMatchingExceptionWins() {
		// both "soft opt-in" and "customer" apply; the first one written is named
		List<Finding> findings = checkMessage(Map.of("id", "m-2", "consent", false, "customer", true,
				"analogousProduct", true, "legacyImport", true));

		assertThat(findings).extracting(Finding::status).containsExactly(Status.EXEMPT);
		assertThat(findings.get(0).explanation()).contains("\"soft opt-in\"").doesNotContain("\"customer\"")
				.doesNotContain("legacyImport");
	}

	@Test
	void laterExceptionAppliesWhenEarlierOnesDoNot() {
		List<Finding> findings = checkMessage(Map.of("id", "m-3", "consent", false, "customer", false,
				"analogousProduct", true, "legacyImport", true));

		assertThat(findings).extracting(Finding::status).containsExactly(Status.EXEMPT);
		assertThat(findings.get(0).explanation()).contains("\"legacyImport\"").doesNotContain("soft opt-in");
	}

	@Test
	void noExceptionAppliesSoTheRuleIsViolated() {
		List<Finding> findings = checkMessage(Map.of("id", "m-4", "consent", false, "customer", false,
				"analogousProduct", true, "legacyImport", false));

		assertThat(findings).extracting(Finding::status).containsExactly(Status.VIOLATED);
		assertThat(findings.get(0).explanation()).doesNotContain("exempt");
	}

	@Test
	void exceptionsMissingRequiredFieldsAreADataErrorEvenWhenTheRuleHolds() {
		// issue 11: whether a record is a data error does not depend on the order of evaluation; the exceptions'
		// fields are not optional, so a record without them is a data error whether or not the rule holds
		assertThat(checkMessage(Map.of("id", "m-5", "consent", true))).extracting(Finding::status, Finding::fields)
				.containsExactly(tuple(Status.DATA_ERROR, List.of("customer")));
	}

	@Test
	void exceptionsAreConsultedWhenTheRuleFails() {
		// the same absent fields become a data error once the rule fails and the exceptions must be asked
		assertThat(checkMessage(Map.of("id", "m-6", "consent", false))).extracting(Finding::status)
				.containsExactly(Status.DATA_ERROR);
	}

	@Test
	void laterExceptionsFieldsAreReadEvenOnceOneApplies() {
		// legacyImport is absent and not optional: a data error, even though "soft opt-in" already applies
		List<Finding> findings = checkMessage(Map.of("id", "m-7", "consent", false, "customer", true,
				"analogousProduct", true));

		assertThat(findings).extracting(Finding::status, Finding::fields)
				.containsExactly(tuple(Status.DATA_ERROR, List.of("legacyImport")));
	}

	@Test
	void exceptionWrittenAsAConditionIsNamedByItsText() {
		Map<String, Object> incident = Map.of("id", "inc-1", "awareAt", "2024-03-01T10:00:00Z", "risk", "unlikely");

		List<Finding> findings = check(policy, "Incident", incident, NOW);

		assertThat(findings).extracting(Finding::ruleId, Finding::status, Finding::record)
				.containsExactly(tuple("EXC-02", Status.EXEMPT, "inc-1"));
		assertThat(findings.get(0).explanation()).contains("\"risk = unlikely\"");
	}

	@Test
	void exceptionToADeadlineOnlyMattersWhenTheDeadlineIsMissed() {
		Map<String, Object> notifiedInTime = Map.of("id", "inc-2", "awareAt", "2024-03-01T10:00:00Z", "notifiedAt",
				"2024-03-02T10:00:00Z", "risk", "unlikely");
		Map<String, Object> overdueHighRisk = Map.of("id", "inc-3", "awareAt", "2024-03-01T10:00:00Z", "risk",
				"high");

		assertThat(check(policy, "Incident", notifiedInTime, NOW)).isEmpty();
		assertThat(check(policy, "Incident", overdueHighRisk, NOW)).extracting(Finding::status)
				.containsExactly(Status.OVERDUE);
	}
}
