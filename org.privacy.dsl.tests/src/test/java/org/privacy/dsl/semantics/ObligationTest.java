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
import org.privacy.runtime.Severity;
import org.privacy.runtime.Status;

/** Obligations and prohibitions in records mode: when a rule applies, and what it reports. */
class ObligationTest {

	private static final String RULES = """
			enum PersonKind { individual, business }
			enum Purpose { marketing, service }

			entity Person {
				id: text key
				kind: PersonKind
				emailConsent: boolean
			}

			entity Message {
				id: text key
				recipient: Person
				channel: Channel
				purpose: Purpose
				senderNamed: boolean
			}

			term "email marketing": Message where channel = EMAIL and purpose = marketing
			term optin for Message: recipient.emailConsent

			rule OBL-01 "Email marketing needs consent"
				basis "CPCE art. L34-5", "GDPR art. 7"
				severity law
				email marketing requires optin

			rule PRO-01 "Marketing names its sender"
				basis "CPCE art. L34-5"
				severity guidance
				Message forbids purpose = marketing and not senderNamed

			rule PRO-02 "Marketing names its sender, said the other way"
				basis "CPCE art. L34-5"
				Message must not purpose = marketing and not senderNamed

			rule FLT-01 "Messages to individuals name their sender"
				basis "LCEN art. 20"
				Message where recipient.kind = individual requires senderNamed
			""";

	private static final Context NOW = at("2024-03-01T09:00:00Z");

	private final RecordPolicy policy = CompiledRules.records(RULES);

	private static Context withPeople() {
		return NOW.withLookup(new MapLookup().with("Person",
				Map.of("id", "p-consenting", "kind", "individual", "emailConsent", true),
				Map.of("id", "p-refusing", "kind", "individual", "emailConsent", false),
				Map.of("id", "p-company", "kind", "business", "emailConsent", false)));
	}

	private List<Finding> checkMessage(Map<String, ?> message) {
		return check(policy, "Message", message, withPeople());
	}

	@Test
	void obligationMetGivesNoFinding() {
		assertThat(checkMessage(Map.of("id", "m-1", "recipient", "p-consenting", "channel", "EMAIL", "purpose",
				"marketing", "senderNamed", true))).isEmpty();
	}

	@Test
	void obligationNotMetIsAViolationOfTheRecord() {
		List<Finding> findings = checkMessage(Map.of("id", "m-2", "recipient", "p-refusing", "channel", "EMAIL",
				"purpose", "marketing", "senderNamed", true));

		assertThat(findings).extracting(Finding::ruleId, Finding::status, Finding::record, Finding::entity)
				.containsExactly(tuple("OBL-01", Status.VIOLATED, "m-2", "Message"));
		Finding finding = findings.get(0);
		assertThat(finding.severity()).isEqualTo(Severity.LAW);
		assertThat(finding.rule().bases()).containsExactly("CPCE art. L34-5", "GDPR art. 7");
		assertThat(finding.fields()).contains("recipient.emailConsent");
		assertThat(finding.explanation()).contains("m-2").contains("email marketing").contains("optin")
				.contains("CPCE art. L34-5");
	}

	@Test
	void recordOutsideTheActivityIsNotChecked() {
		assertThat(checkMessage(Map.of("id", "m-3", "recipient", "p-refusing", "channel", "SMS", "purpose",
				"marketing", "senderNamed", true))).isEmpty();
	}

	@Test
	void forbidsAndMustNotReportTheForbiddenSituation() {
		List<Finding> findings = checkMessage(Map.of("id", "m-4", "recipient", "p-company", "channel", "POSTAL",
				"purpose", "marketing", "senderNamed", false));

		assertThat(findings).extracting(Finding::ruleId, Finding::status, Finding::record).containsExactly(
				tuple("PRO-01", Status.VIOLATED, "m-4"), tuple("PRO-02", Status.VIOLATED, "m-4"));
		assertThat(findings.get(0).severity()).isEqualTo(Severity.GUIDANCE);
		assertThat(findings).allSatisfy(f -> assertThat(f.explanation()).contains("forbidden")
				.contains("purpose = marketing and not senderNamed").contains("CPCE art. L34-5"));
	}

	@Test
	void prohibitionNotShownGivesNoFinding() {
		assertThat(checkMessage(Map.of("id", "m-5", "recipient", "p-company", "channel", "POSTAL", "purpose",
				"service", "senderNamed", false))).isEmpty();
	}

	@Test
	void rulesOwnWhereFilterSkipsOtherRecords() {
		Map<String, Object> toCompany = Map.of("id", "m-6", "recipient", "p-company", "channel", "POSTAL",
				"purpose", "service", "senderNamed", false);
		Map<String, Object> toPerson = Map.of("id", "m-7", "recipient", "p-refusing", "channel", "POSTAL",
				"purpose", "service", "senderNamed", false);

		assertThat(checkMessage(toCompany)).isEmpty();
		assertThat(checkMessage(toPerson)).extracting(Finding::ruleId, Finding::status, Finding::record)
				.containsExactly(tuple("FLT-01", Status.VIOLATED, "m-7"));
	}

	@Test
	void eachRuleReportsOnItsOwnForTheSameRecord() {
		List<Finding> findings = checkMessage(Map.of("id", "m-8", "recipient", "p-refusing", "channel", "EMAIL",
				"purpose", "marketing", "senderNamed", false));

		assertThat(findings).extracting(Finding::ruleId).containsExactly("OBL-01", "PRO-01", "PRO-02", "FLT-01");
		assertThat(findings).extracting(Finding::status).containsOnly(Status.VIOLATED);
	}

	@Test
	void recordsOfAnEntityWithoutRulesAreIgnored() {
		assertThat(policy.entities()).containsExactly("Message");
		assertThat(check(policy, "Person", Map.of("id", "p-1"), NOW)).isEmpty();
	}
}
