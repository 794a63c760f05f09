package org.privacy.dsl.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * The helper methods a policy class declares: one method per distinct helper, and each term's method in the place
 * its term was first used, before the methods of the terms it uses.
 */
class HelperMethodsTest {

	private static final String RULES = """
			entity Device {
				active: boolean
			}

			entity Account {
				id: text key
				blocked: boolean
				devices: list of Device
			}

			term trusted for Account: not blocked and some d in devices satisfies d.active
			term "safe account" for Account: trusted and (count of d in devices where d.active) < 5

			rule ACC-01 "Accounts are safe"
				basis "Internal policy 1"
				Account requires safe account

			rule ACC-02 "Few active devices"
				basis "Internal policy 2"
				Account requires (count of d in devices where d.active) < 3
			""";

	private static String java() {
		CompilationResult result = PrivacyTestSupport
				.withoutErrors(PrivacyTestSupport.compile(GenerationMode.RECORDS, RULES));
		assertThat(PrivacyTestSupport.load(result, Map.of())).hasSize(1);
		return result.sources().values().iterator().next();
	}

	@Test
	void twoEqualCountsAreOneMethod() {
		String java = java();

		assertThat(declarations(java, "private int count\\w*\\(")).isEqualTo(1);
		assertThat(java).doesNotContain("countDevices2");
	}

	@Test
	void aTermsMethodComesBeforeTheMethodsOfTheTermsItUses() {
		String java = java();

		assertThat(java.indexOf("private boolean safeAccount(")).isPositive()
				.isLessThan(java.indexOf("private boolean trusted("));
	}

	private static int declarations(String java, String regex) {
		Matcher m = Pattern.compile(regex).matcher(java);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
