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
import org.privacy.runtime.Status;

/** Scenarios run through the generated validators: every outcome kind, passing and failing, references, now, counts. */
class ScenarioRunnerTest {

	static final String RULES = """
			enum Risk { low, high }

			entity Team {
				id: text key
				name: text
				incidents: list of Incident via owner
			}

			entity Incident {
				id: text key
				awareAt: datetime
				notifiedAt: datetime optional
				personal: boolean
				risk: Risk
				owner: Team optional
			}

			term notify for Incident: event notifiedAt counted from awareAt

			rule BRC-01 "Notify within 72 hours"
				basis "GDPR art. 33(1)"
				Incident requires notify within 72h
				unless risk = low

			rule SEC-02 "Incidents are about personal data"
				basis "GDPR art. 32"
				Incident requires personal

			rule OWN-01 "Incidents are owned by the security team"
				basis "Internal"
				Incident where owner is present requires owner.name = "security"

			rule TEAM-01 "A team has at most one incident"
				basis "Internal"
				Team requires count of incidents <= 1
			""";

	static List<ScenarioResult> run(String scenarios) throws Exception {
		CompilationResult compiled = withoutErrors(PrivacyTestSupport.compile(GenerationMode.RECORDS,
				Map.of("rules.privacy", RULES, "scenarios.privacy", scenarios)));
		return InMemoryPolicies.scenarioRunner(compiled, Map.of()).run(compiled.scenarios());
	}

	static ScenarioResult runOne(String scenario) throws Exception {
		List<ScenarioResult> results = run(scenario);
		assertThat(results).hasSize(1);
		return results.get(0);
	}

	private static final String INCIDENT = "given Incident i1 { awareAt = 2023-03-01T09:00Z, personal = true, risk = high";

	@Test
	void eachOutcomeKindPasses() throws Exception {
		List<ScenarioResult> results = run("""
				scenario "violated" given Incident i1 { awareAt = 2023-03-01T09:00Z, personal = false, risk = low }
					expect SEC-02 violated
				scenario "late" now 2023-03-10T00:00Z
					%1$s, notifiedAt = 2023-03-05T09:00Z }
					expect BRC-01 late for i1
				scenario "overdue" now 2023-03-10T00:00Z
					%1$s }
					expect BRC-01 overdue
				scenario "pending" now 2023-03-02T00:00Z
					%1$s }
					expect BRC-01 pending
				scenario "exempt" now 2023-03-10T00:00Z
					given Incident i1 { awareAt = 2023-03-01T09:00Z, personal = true, risk = low }
					expect BRC-01 exempt
				scenario "data-error"
					given Incident i1 { awareAt = 2023-03-01T09:00Z, risk = high, notifiedAt = 2023-03-01T10:00Z }
					expect SEC-02 data-error
				scenario "satisfied" now 2023-03-10T00:00Z
					%1$s, notifiedAt = 2023-03-02T09:00Z }
					expect BRC-01 satisfied
					expect SEC-02 satisfied
				""".formatted(INCIDENT));
		assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.scenario().name() + " " + r.outcomes()).isTrue());
		assertThat(results).hasSize(7);
	}

	@Test
	void eachOutcomeKindFailsWhenItDoesNotHappen() throws Exception {
		List<ScenarioResult> results = run("""
				scenario "s" now 2023-03-10T00:00Z
					%1$s, notifiedAt = 2023-03-02T09:00Z }
					expect BRC-01 violated
					expect BRC-01 late
					expect BRC-01 overdue
					expect BRC-01 pending
					expect BRC-01 exempt
					expect SEC-02 data-error
				scenario "t" now 2023-03-10T00:00Z
					%1$s }
					expect BRC-01 satisfied
				""".formatted(INCIDENT));
		assertThat(results).noneMatch(ScenarioResult::passed);
		assertThat(results.get(0).outcomes()).noneMatch(ScenarioResult.Outcome::passed);
		ScenarioResult.Outcome satisfied = results.get(1).outcomes().get(0);
		assertThat(satisfied.passed()).isFalse();
		assertThat(satisfied.actualText()).isEqualTo("overdue for i1");
		assertThat(satisfied.explanations()).singleElement().asString().contains("i1").contains("GDPR art. 33(1)");
	}

	@Test
	void referencesResolveByRecordNameAndByKeyText() throws Exception {
		List<ScenarioResult> results = run("""
				scenario "by name"
					given Team t1 { id = "t-1", name = "marketing" }
					given Incident i1 { awareAt = 2023-03-01T09:00Z, personal = true, risk = low, owner = t1 }
					expect OWN-01 violated for i1
				scenario "by key text"
					given Team t1 { id = "t-1", name = "security" }
					given Incident i1 { awareAt = 2023-03-01T09:00Z, personal = true, risk = low, owner = "t-1" }
					expect OWN-01 satisfied
				scenario "records that refer back, keys defaulting to the record name"
					given Team t1 { name = "security" }
					given Incident i1 { awareAt = 2023-03-01T09:00Z, personal = true, risk = low, owner = t1 }
					given Incident i2 { awareAt = 2023-03-01T09:00Z, personal = true, risk = low, owner = t1 }
					expect TEAM-01 violated for t1
					expect OWN-01 satisfied
				""");
		assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.scenario().name() + " " + r.outcomes()).isTrue());
	}

	@Test
	void nowDecidesBetweenPendingAndOverdue() throws Exception {
		ScenarioResult before = runOne("scenario \"s\" now 2023-03-02T09:00Z " + INCIDENT + " } expect BRC-01 pending");
		ScenarioResult after = runOne("scenario \"s\" now 2023-03-05T09:00Z " + INCIDENT + " } expect BRC-01 pending");
		assertThat(before.passed()).isTrue();
		assertThat(after.passed()).isFalse();
		assertThat(after.outcomes().get(0).actual()).extracting(f -> f.finding().status()).containsExactly(Status.OVERDUE);
	}

	@Test
	void countsCountFindingsOfTheRuleAndStatus() throws Exception {
		ScenarioResult result = runOne("""
				scenario "counts" now 2023-03-10T00:00Z
					given Incident i1 { awareAt = 2023-03-01T09:00Z, personal = false, risk = high }
					given Incident i2 { awareAt = 2023-03-01T09:00Z, personal = false, risk = low }
					given Incident i3 { awareAt = 2023-03-01T09:00Z, personal = true, risk = low }
					expect 2 findings of SEC-02
					expect 2 findings of SEC-02 violated
					expect 0 findings of SEC-02 for i3
					expect 1 findings of BRC-01 overdue
					expect 2 findings of BRC-01 exempt
					expect 3 findings of SEC-02
				""");
		assertThat(result.outcomes()).extracting(ScenarioResult.Outcome::passed)
				.containsExactly(true, true, true, true, true, false);
		assertThat(result.outcomes().get(5).actualText()).startsWith("2 findings: violated for i1");
	}

	@Test
	void coverageNeedsAPassingViolationAndAPassingPass() throws Exception {
		CompilationResult compiled = withoutErrors(PrivacyTestSupport.compile(GenerationMode.RECORDS, Map.of(
				"rules.privacy", RULES, "scenarios.privacy", """
						scenario "v" given Incident i1 { awareAt = 2023-03-01T09:00Z, personal = false, risk = low }
							expect SEC-02 violated
						scenario "p" given Incident i1 { awareAt = 2023-03-01T09:00Z, personal = true, risk = low }
							expect SEC-02 satisfied
							expect BRC-01 satisfied
						""")));
		ScenarioRunner runner = InMemoryPolicies.scenarioRunner(compiled, Map.of());
		ScenarioCoverage coverage = ScenarioCoverage.of(runner.rules(), runner.run(compiled.scenarios()));
		assertThat(coverage.rules()).extracting(e -> e.name() + " " + e.violation() + " " + e.pass()).containsExactly(
				"BRC-01 false false", "SEC-02 true true", "OWN-01 false false", "TEAM-01 false false");
		assertThat(coverage.articles()).extracting(ScenarioCoverage.Entry::name).contains("GDPR art. 32", "Internal");
		assertThat(coverage.full()).isFalse();
	}

	@Test
	void canalPlusScenariosAllPassWithFullCoverage() throws Exception {
		CompilationResult compiled = withoutErrors(PrivacyTestSupport.compileFolder(
				PrivacyTestSupport.repoRoot().resolve("examples/canal-plus/rules"), GenerationMode.RECORDS));
		ScenarioRunner runner = InMemoryPolicies.scenarioRunner(compiled, Map.of());
		List<ScenarioResult> results = runner.run(compiled.scenarios());
		assertThat(results).hasSizeGreaterThanOrEqualTo(13);
		assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.scenario().name() + " " + r.outcomes()).isTrue());
		ScenarioCoverage coverage = ScenarioCoverage.of(runner.rules(), results);
		assertThat(coverage.rules()).hasSize(13).allMatch(ScenarioCoverage.Entry::full);
		assertThat(coverage.articles()).allMatch(ScenarioCoverage.Entry::full);
	}
}
