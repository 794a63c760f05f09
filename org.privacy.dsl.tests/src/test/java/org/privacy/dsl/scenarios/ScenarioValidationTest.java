package org.privacy.dsl.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.tests.PrivacyTestSupport.codes;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.dsl.privacy.Expectation;
import org.privacy.dsl.privacy.FieldValue;
import org.privacy.dsl.privacy.GivenRecord;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Scenario;
import org.privacy.dsl.privacy.ValueName;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.dsl.validation.IssueCodes;

/** Scenarios parse, link (rule ids, records, fields, enum values) and are validated with codes at positions. */
class ScenarioValidationTest {

	private static CompilationResult compile(String scenario) {
		return PrivacyTestSupport.compile(GenerationMode.RECORDS,
				Map.of("rules.privacy", ScenarioRunnerTest.RULES, "scenarios.privacy", scenario));
	}

	@Test
	void aScenarioParsesAndLinksToRulesRecordsFieldsAndEnumValues() throws Exception {
		XtextResourceSet set = PrivacyCompiler.injector().getInstance(XtextResourceSet.class);
		java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("scenario-link");
		java.nio.file.Files.writeString(dir.resolve("rules.privacy"), ScenarioRunnerTest.RULES);
		java.nio.file.Files.writeString(dir.resolve("scenarios.privacy"), """
				scenario "linked" now 2023-03-10T00:00Z
					given Team t1 { id = "t-1", name = "security" }
					given Incident i1 { awareAt = 2023-03-01T09:00Z, personal = true, risk = high, owner = t1 }
					expect BRC-01 overdue for i1
				""");
		set.getResource(URI.createFileURI(dir.resolve("rules.privacy").toString()), true);
		XtextResource resource = (XtextResource) set
				.getResource(URI.createFileURI(dir.resolve("scenarios.privacy").toString()), true);
		EcoreUtil.resolveAll(set);
		Scenario scenario = (Scenario) ((Model) resource.getContents().get(0)).getElements().get(0);
		assertThat(scenario.getNow()).isEqualTo("2023-03-10T00:00Z");
		Expectation expect = scenario.getExpectations().get(0);
		assertThat(expect.getRule()).isInstanceOf(Rule.class);
		assertThat(expect.getRule().eIsProxy()).isFalse();
		assertThat(expect.getRule().getName()).isEqualTo("BRC-01");
		assertThat(expect.getStatus()).isEqualTo("overdue");
		GivenRecord incident = scenario.getRecords().get(1);
		assertThat(expect.getRecord()).isSameAs(incident);
		FieldValue risk = incident.getValues().get(2);
		assertThat(risk.getField().getName()).isEqualTo("risk");
		assertThat(((ValueName) risk.getValue()).getTarget().eIsProxy()).isFalse();
		assertThat(((ValueName) incident.getValues().get(3).getValue()).getTarget()).isSameAs(scenario.getRecords().get(0));
	}

	@Test
	void aValidScenarioHasNoDiagnostic() {
		CompilationResult result = compile("""
				scenario "ok" now 2023-03-10T00:00Z
					given Team t1 { name = "security" }
					given Incident i1 { awareAt = 2023-03-01T09:00Z, personal = true, risk = high, owner = t1 }
					expect 1 findings of BRC-01 overdue for i1
					expect TEAM-01 satisfied for t1
				""");
		assertThat(result.diagnostics()).isEmpty();
	}

	@Test
	void scenariosGenerateNoJava() {
		CompilationResult without = PrivacyTestSupport.compile(GenerationMode.RECORDS, ScenarioRunnerTest.RULES);
		CompilationResult with = compile("scenario \"s\" given Team t1 { name = \"x\" } expect TEAM-01 satisfied");
		assertThat(with.sources()).isEqualTo(without.sources());
		assertThat(with.scenarios()).hasSize(1);
	}

	@Test
	void unknownFieldsAndRules() {
		CompilationResult result = compile("""
				scenario "s"
					given Team t1 { nmae = "x" }
					expect TEAM-99 satisfied
				""");
		assertThat(codes(result)).containsExactly(IssueCodes.SCENARIO_UNKNOWN_FIELD + "@2:18",
				IssueCodes.UNKNOWN_NAME + "@3:9");
	}

	@Test
	void typeMismatchesDuplicatesAndStatuses() {
		CompilationResult result = compile("""
				scenario "s"
					given Team t1 { name = 3, name = "x" }
					given Team t1 { name = "y" }
					given Incident i1 { awareAt = 2023-03-01, personal = true, risk = t1, incidents = [] }
					given Team t2 { incidents = [i1] }
					expect TEAM-01 broken
					expect SEC-02 violated for t2
				""");
		assertThat(codes(result)).containsExactly(IssueCodes.SCENARIO_TYPE_MISMATCH + "@2:25",
				IssueCodes.SCENARIO_DUPLICATE_FIELD + "@2:28", IssueCodes.SCENARIO_DUPLICATE_RECORD + "@3:13",
				IssueCodes.SCENARIO_TYPE_MISMATCH + "@4:32", IssueCodes.SCENARIO_TYPE_MISMATCH + "@4:68",
				IssueCodes.SCENARIO_UNKNOWN_FIELD + "@4:72", IssueCodes.SCENARIO_TYPE_MISMATCH + "@5:18",
				IssueCodes.SCENARIO_UNKNOWN_STATUS + "@6:17", IssueCodes.SCENARIO_RECORD_NOT_CHECKED + "@7:29");
	}

	@Test
	void givenAndExpectStayUsableAsWordsOfTermNames() {
		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.RECORDS, """
				entity Call {
					id: text key
					consented: boolean
				}
				term consent given for Call: consented
				term expect answer for Call: consented
				rule TEL-02 "Calls need consent"
					basis "GDPR art. 6(1)(a)"
					Call requires consent given and expect answer
				scenario "no consent"
					given Call c1 { consented = false }
					expect TEL-02 violated for c1
				""");
		assertThat(result.diagnostics()).isEmpty();
		assertThat(result.scenarios()).singleElement().extracting(ScenarioSpec::name).isEqualTo("no consent");
	}
}
