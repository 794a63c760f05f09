package org.privacy.dsl.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.PrivacyFormatting;
import org.privacy.dsl.tests.PrivacyTestSupport;

/** The canonical layout of scenarios: one clause per line, continuation lines kept, tight lists. */
class ScenarioFormattingTest {

	private static final URI URI_ = URI.createURI("inmemory:/scenarios.privacy");

	@Test
	void aScenarioIsLaidOutOneClausePerLine() throws Exception {
		String formatted = PrivacyFormatting.create().format("""
				enum Risk { low, high }
				entity Incident {
					id: text key
					risk: Risk
					tags: list of Risk
				}
				rule R-1 "r" Incident requires risk = low
				scenario   "s"  now 2023-03-10T00:00Z given Incident i1 {risk=high ,  tags = [ low,high ] }
				  expect R-1 violated   for i1
				        expect 1 findings of R-1
				""", URI_);
		assertThat(formatted).contains("""
				scenario "s"
					now 2023-03-10T00:00Z
					given Incident i1 { risk = high, tags = [low, high] }
					expect R-1 violated for i1
					expect 1 findings of R-1
				""");
	}

	@Test
	void formattingTheCanalPlusScenariosTwiceChangesNothing() throws Exception {
		String text = Files.readString(PrivacyTestSupport.repoRoot().resolve("examples/canal-plus/rules/scenarios.privacy"));
		PrivacyFormatting formatting = PrivacyFormatting.create();
		String once = formatting.format(text, URI_);
		assertThat(formatting.format(once, URI_)).isEqualTo(once);
		assertThat(once).isEqualTo(text);
	}
}
