package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;

/** {@code privacy test}: reports, JUnit XML, coverage and exit codes. */
class ScenarioCommandTest {

	@TempDir
	Path tmp;

	private static final String RULES = """
			entity Consent {
				id: text key
				advertiserNamed: boolean
			}

			rule MKT-03 "Consents name the advertiser"
				basis "GDPR art. 7(1)"
				Consent requires advertiserNamed
			""";

	private static final String PASSING = """
			scenario "named" given Consent c1 { advertiserNamed = true } expect MKT-03 satisfied
			scenario "not named" given Consent c1 { advertiserNamed = false } expect MKT-03 violated
			""";

	private static final String FAILING = """
			scenario "wrong" given Consent c1 { advertiserNamed = false }
				expect MKT-03 satisfied
			""";

	@Test
	void canalPlusScenariosAllPassWithFullCoverage() {
		Cli.Run run = Cli.run("test", Cli.canalPlus().resolve("rules").toString(), "--coverage");
		assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
		assertThat(run.out()).containsPattern("(?m)^14 passed, 0 failed$");
		assertThat(run.out()).contains("coverage: 13 of 13 rules have a violating and a passing scenario")
				.containsPattern("(?m)^  BRC-01\\s+yes\\s+yes$").containsPattern("(?m)^  GDPR art. 33\\(1\\)\\s+yes\\s+yes$")
				.doesNotContainPattern("(?m)^  \\S.*\\s(no)\\s");
	}

	@Test
	void coverageAsJson() throws Exception {
		Cli.Run run = Cli.run("test", Cli.canalPlus().resolve("rules").toString(), "--coverage", "--coverage-format",
				"json");
		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode json = run.json();
		assertThat(json.get("full").asBoolean()).isTrue();
		assertThat(json.get("rules")).hasSize(13);
		assertThat(json.get("rules").get(0).get("rule").asString()).isEqualTo("MKT-01");
		assertThat(json.get("articles").size()).isGreaterThan(5);
		assertThat(run.err()).contains("14 passed, 0 failed");
	}

	@Test
	void partialCoverageIsReported() throws Exception {
		Cli.write(tmp, Map.of("rules.privacy", RULES, "s.privacy",
				"scenario \"only a pass\" given Consent c1 { advertiserNamed = true } expect MKT-03 satisfied"));
		Cli.Run run = Cli.run("test", tmp.toString(), "--coverage");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("coverage: 0 of 1 rules").containsPattern("MKT-03\\s+no\\s+yes");
	}

	@Test
	void scenariosExpectSatisfiedAndNotApplicableOutcomes() throws Exception {
		Cli.write(tmp, Map.of("rules.privacy", """
				entity Consent {
					id: text key
					partner: boolean
					advertiserNamed: boolean
				}

				rule MKT-03 "Partner consents name the advertiser"
					basis "GDPR art. 7(1)"
					Consent where partner requires advertiserNamed
				""", "s.privacy", """
				scenario "outcomes"
					given Consent c1 { partner = true, advertiserNamed = true }
					given Consent c2 { partner = false, advertiserNamed = false }
					expect MKT-03 satisfied for c1
					expect MKT-03 not-applicable for c2
					expect 1 findings of MKT-03 not-applicable
				scenario "outside the scope is not satisfied"
					given Consent c2 { partner = false, advertiserNamed = false }
					expect MKT-03 satisfied for c2
				"""));
		Cli.Run run = Cli.run("test", tmp.toString());
		assertThat(run.out()).containsPattern("(?m)^1 passed, 1 failed$").contains("FAIL outside the scope is not satisfied")
				.contains("actual:   not-applicable for c2");
	}

	@Test
	void passingScenariosExitZero() throws Exception {
		Cli.write(tmp, Map.of("rules.privacy", RULES, "s.privacy", PASSING));
		Cli.Run run = Cli.run("test", tmp.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).containsPattern("(?m)^2 passed, 0 failed$");
	}

	@Test
	void aFailureShowsExpectedActualAndTheExplanationAndExitsOne() throws Exception {
		Cli.write(tmp, Map.of("rules.privacy", RULES, "s.privacy", PASSING + FAILING));
		Cli.Run run = Cli.run("test", tmp.toString());
		assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
		assertThat(run.out()).contains("FAIL wrong").contains("expect MKT-03 satisfied (line 4)")
				.contains("expected: satisfied").contains("actual:   violated for c1").contains("because:  ")
				.containsPattern("(?m)^2 passed, 1 failed$");
	}

	@Test
	void junitXmlHasOneSuitePerFileAndOneCasePerScenario() throws Exception {
		Cli.write(tmp, Map.of("rules.privacy", RULES, "a.privacy", PASSING, "b.privacy", FAILING));
		Path xml = tmp.resolve("out/results.xml");
		Files.createDirectories(xml.getParent());
		Cli.Run run = Cli.run("test", tmp.toString(), "--junit", xml.toString());
		assertThat(run.exitCode()).isEqualTo(1);
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
		NodeList suites = doc.getElementsByTagName("testsuite");
		assertThat(suites.getLength()).isEqualTo(2);
		Element a = (Element) suites.item(0);
		Element b = (Element) suites.item(1);
		assertThat(a.getAttribute("name")).endsWith("a.privacy");
		assertThat(a.getAttribute("tests")).isEqualTo("2");
		assertThat(a.getAttribute("failures")).isEqualTo("0");
		assertThat(b.getAttribute("tests")).isEqualTo("1");
		assertThat(b.getAttribute("failures")).isEqualTo("1");
		assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(3);
		Element failure = (Element) doc.getElementsByTagName("failure").item(0);
		assertThat(failure.getAttribute("message")).contains("expected satisfied").contains("actual violated for c1");
	}

	/** A rule whose explanation shows personal data, and a failing scenario with a real-looking address and phone. */
	private static final String PERSONAL = """
			entity Prospect {
				email: text key category user.contact.email
				phone: text category user.contact.phone_number
				optin: boolean
			}

			rule MKT-01 "Marketing needs consent"
				basis "CPCE art. L34-5"
				Prospect requires optin
				explain "{email} was called at {phone} without consent"

			scenario "real data pasted into a scenario"
				given Prospect p1 { email = "jean.dupont@example.com", phone = "+33612345678", optin = false }
				expect MKT-01 satisfied
			""";

	@Test
	void personalDataOfScenariosIsMaskedInTheReportAndTheJunitXml() throws Exception {
		Cli.write(tmp, Map.of("rules.privacy", PERSONAL));
		Path xml = tmp.resolve("results.xml");

		Cli.Run run = Cli.run("test", tmp.toString(), "--junit", xml.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
		assertThat(run.out()).contains("because:  j***@***.com was called at ********78 without consent");
		assertThat(Files.readString(xml)).contains("j***@***.com was called at ********78");
		for (String report : List.of(run.out(), run.err(), Files.readString(xml))) {
			assertThat(report).doesNotContain("dupont", "example.com", "612345");
		}
	}

	@Test
	void personalDataOfScenariosIsShownWhenAskedAsCheckDoes() throws Exception {
		Cli.write(tmp, Map.of("rules.privacy", PERSONAL));
		Path xml = tmp.resolve("results.xml");

		Cli.Run run = Cli.run("test", tmp.toString(), "--junit", xml.toString(), "--reveal-personal-data");

		assertThat(run.out()).contains("jean.dupont@example.com was called at +33612345678 without consent");
		assertThat(Files.readString(xml)).contains("jean.dupont@example.com was called at +33612345678");
	}

	@Test
	void invalidRulesExitTwo() throws Exception {
		Cli.write(tmp, Map.of("rules.privacy", RULES, "s.privacy",
				"scenario \"bad\" given Consent c1 { advertiserNamd = true } expect MKT-03 satisfied"));
		Cli.Run run = Cli.run("test", tmp.toString(), "--junit", tmp.resolve("r.xml").toString());
		assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
		assertThat(run.err()).contains("privacy.scenario-unknown-field");
		assertThat(tmp.resolve("r.xml")).doesNotExist();
	}

	@Test
	void usageErrorsExitTwo() {
		assertThat(Cli.run("test").exitCode()).isEqualTo(ExitCode.INVALID);
		assertThat(Cli.run("test", tmp.resolve("missing").toString()).exitCode()).isEqualTo(ExitCode.INVALID);
	}
}
