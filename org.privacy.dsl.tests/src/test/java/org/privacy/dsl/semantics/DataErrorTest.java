package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Record;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Values a rule cannot use: missing, null, of the wrong type, or naming a record that is not in the data. Each gives
 * exactly one data-error finding per affected rule, naming the field path; the other rules still run.
 */
class DataErrorTest {

	private static final String RULES = """
			enum PersonKind { individual, business }
			enum RiskLevel { unlikely, low, high }

			entity Person {
				id: text key
				kind: PersonKind
			}

			entity Incident {
				id: text key
				awareAt: datetime
				peopleAffected: number
				personalData: boolean
				reporter: Person
				risk: RiskLevel
				notifiedAt: datetime optional
				summary: text optional
			}

			entity Consent {
				channel: Channel
				givenAt: datetime
			}

			entity Prospect {
				id: text key
				consents: list of Consent
			}

			term "notify authority" for Incident: event notifiedAt counted from awareAt
			term breach: Incident where personalData

			rule DE-TIME "Incidents are dated"
				basis "GDPR art. 33(5)"
				Incident requires awareAt before 2030-01-01T00:00Z

			rule DE-NUM "Incidents stay small"
				basis "Internal policy 1"
				Incident requires peopleAffected < 1000

			rule DE-REF "Incidents are reported by individuals"
				basis "Internal policy 2"
				Incident requires reporter.kind = individual

			rule DE-OPT "Summaries say enough"
				basis "Internal policy 3"
				Incident requires length of summary > 10

			rule DE-RISK "High-risk incidents are escalated"
				basis "Internal policy 4"
				Incident forbids risk = high

			rule DE-KEY "Every incident has an identifier"
				basis "Internal policy 5"
				Incident forbids id = "unknown"

			rule DE-BREACH "Breaches are notified within 72 hours"
				basis "GDPR art. 33(1)"
				breach requires notify authority within 72h

			rule DE-LIST "Consents are dated in the past"
				basis "GDPR art. 7(1)"
				Prospect requires every c in consents satisfies c.givenAt before 2030-01-01T00:00Z
			""";

	private static final Context NOW = at("2024-03-10T00:00:00Z").withLookup(new MapLookup().with("Person",
			Map.of("id", "p-1", "kind", "individual"), Map.of("id", "p-2")));

	private final RecordPolicy policy = CompiledRules.records(RULES);

	/** An incident every rule is happy with; tests change one field of it. */
	private static Map<String, Object> goodIncident() {
		Map<String, Object> incident = new HashMap<>();
		incident.put("id", "inc-1");
		incident.put("awareAt", "2024-03-01T10:00:00Z");
		incident.put("peopleAffected", 12);
		incident.put("personalData", true);
		incident.put("reporter", "p-1");
		incident.put("risk", "low");
		incident.put("notifiedAt", "2024-03-02T10:00:00Z");
		incident.put("summary", "a laptop left on a train");
		return incident;
	}

	private static Map<String, Object> incidentWith(String field, Object value) {
		Map<String, Object> incident = goodIncident();
		incident.put(field, value);
		return incident;
	}

	private static Map<String, Object> incidentWithout(String field) {
		Map<String, Object> incident = goodIncident();
		incident.remove(field);
		return incident;
	}

	private List<Finding> checkIncident(Map<String, Object> incident) {
		return check(policy, "Incident", incident, NOW);
	}

	@Test
	void theGoodIncidentHasNoFinding() {
		assertThat(checkIncident(goodIncident())).isEmpty();
	}

	@Test
	void missingFieldIsOneDataErrorNamingTheField() {
		List<Finding> findings = checkIncident(incidentWithout("peopleAffected"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status, Finding::record)
				.containsExactly(tuple("DE-NUM", Status.DATA_ERROR, "inc-1"));
		assertThat(findings.get(0).fields()).containsExactly("peopleAffected");
		assertThat(findings.get(0).explanation()).contains("peopleAffected").contains("missing");
	}

	@Test
	void nullValueIsAMissingValue() {
		List<Finding> findings = checkIncident(incidentWith("peopleAffected", null));

		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(tuple("DE-NUM",
				Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("peopleAffected");
	}

	@Test
	void textForANumberIsADataError() {
		List<Finding> findings = checkIncident(incidentWith("peopleAffected", "abc"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(tuple("DE-NUM",
				Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("peopleAffected");
		assertThat(findings.get(0).explanation()).contains("number");
	}

	@Test
	void numberWrittenAsTextIsRead() {
		assertThat(checkIncident(incidentWith("peopleAffected", "5000"))).extracting(Finding::ruleId,
				Finding::status).containsExactly(tuple("DE-NUM", Status.VIOLATED));
	}

	@Test
	void wordForADateTimeIsADataErrorInEveryRuleThatReadsIt() {
		// awareAt is read by DE-TIME and, as the start of the deadline, by DE-BREACH
		List<Finding> findings = checkIncident(incidentWith("awareAt", "yesterday"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(
				tuple("DE-TIME", Status.DATA_ERROR), tuple("DE-BREACH", Status.DATA_ERROR));
		assertThat(findings).allSatisfy(f -> assertThat(f.fields()).containsExactly("awareAt"));
	}

	@Test
	void eventTimeOfTheWrongTypeIsADataErrorNotAMissedDeadline() {
		List<Finding> findings = checkIncident(incidentWith("notifiedAt", "soon"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(tuple("DE-BREACH",
				Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("notifiedAt");
	}

	@Test
	void wordForABooleanIsADataErrorEvenInTheActivityTerm() {
		List<Finding> findings = checkIncident(incidentWith("personalData", "maybe"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(tuple("DE-BREACH",
				Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("personalData");
	}

	@Test
	void referenceToARecordNotInTheDataIsADataError() {
		List<Finding> findings = checkIncident(incidentWith("reporter", "p-404"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(tuple("DE-REF",
				Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("reporter");
		assertThat(findings.get(0).explanation()).contains("refers to a").contains("that is not in the data").doesNotContain("p-404");
	}

	@Test
	void missingFieldOfTheReferencedRecordNamesTheWholePath() {
		List<Finding> findings = checkIncident(incidentWith("reporter", "p-2"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(tuple("DE-REF",
				Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("reporter.kind");
	}

	@Test
	void unguardedOptionalFieldIsWarnedAboutAndMissingIsADataError() {
		assertThat(PrivacyTestSupport.codes(PrivacyTestSupport.compile(GenerationMode.RECORDS, RULES)))
				.anyMatch(code -> code.startsWith("privacy.unguarded-optional@"));

		List<Finding> findings = checkIncident(incidentWithout("summary"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(tuple("DE-OPT",
				Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("summary");
	}

	@Test
	void otherRulesStillRunOnARecordWithADataError() {
		Map<String, Object> incident = incidentWith("awareAt", "yesterday");
		incident.put("risk", "high");
		incident.put("peopleAffected", 5000);

		assertThat(checkIncident(incident)).extracting(Finding::ruleId, Finding::status).containsExactly(
				tuple("DE-TIME", Status.DATA_ERROR), tuple("DE-NUM", Status.VIOLATED),
				tuple("DE-RISK", Status.VIOLATED), tuple("DE-BREACH", Status.DATA_ERROR));
	}

	@Test
	void severalBadFieldsGiveOneDataErrorPerRuleEachWithItsField() {
		Map<String, Object> incident = incidentWith("peopleAffected", "many");
		incident.put("reporter", "p-404");
		incident.remove("summary");

		List<Finding> findings = checkIncident(incident);

		assertThat(findings).extracting(Finding::ruleId, Finding::status, f -> f.fields().get(0)).containsExactly(
				tuple("DE-NUM", Status.DATA_ERROR, "peopleAffected"), tuple("DE-REF", Status.DATA_ERROR, "reporter"),
				tuple("DE-OPT", Status.DATA_ERROR, "summary"));
	}

	@Test
	void valueOutsideTheEnumerationIsADataError() {
		List<Finding> findings = checkIncident(incidentWith("risk", "HIGH"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(tuple("DE-RISK",
				Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("risk");
	}

	@Test
	void valuesOfAnUnexpectedKindNeverThrow() {
		Record strange = field -> field.equals("id") ? "inc-9" : new Object();

		assertThatCode(() -> check(policy, "Incident", strange, NOW)).doesNotThrowAnyException();
		assertThat(check(policy, "Incident", strange, NOW)).extracting(Finding::status).containsOnly(
				Status.DATA_ERROR);
	}

	@Test
	void emptyRecordGivesADataErrorForEveryRuleThatNeedsAValue() {
		List<Finding> findings = check(policy, "Incident", Map.of("id", "inc-0"), NOW);

		assertThat(findings).extracting(Finding::ruleId).containsExactly("DE-TIME", "DE-NUM", "DE-REF", "DE-OPT",
				"DE-RISK", "DE-BREACH");
		assertThat(findings).extracting(Finding::status).containsOnly(Status.DATA_ERROR);
	}

	private List<Finding> checkProspect(Object consents) {
		return check(policy, "Prospect", Map.of("id", "pr-1", "consents", consents), NOW);
	}

	@Test
	void missingFieldOfAListElementNamesTheElementByItsIndex() {
		List<Finding> findings = checkProspect(List.of(Map.of("channel", "EMAIL", "givenAt", "2024-01-01T00:00:00Z"),
				Map.of("channel", "SMS")));

		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(tuple("DE-LIST",
				Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("consents[1].givenAt");
	}

	@Test
	void listElementThatIsNotARecordIsADataError() {
		List<Finding> findings = checkProspect(List.of("oops"));

		assertThat(findings).extracting(Finding::status).containsExactly(Status.DATA_ERROR);
		assertThat(findings.get(0).fields()).containsExactly("consents[0]");
	}

	@Test
	void textWhereAListIsExpectedIsADataError() {
		List<Finding> findings = checkProspect("none");

		assertThat(findings).extracting(Finding::status).containsExactly(Status.DATA_ERROR);
		assertThat(findings.get(0).fields()).containsExactly("consents");
	}
}
