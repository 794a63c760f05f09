package org.privacy.dsl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.dsl.validation.IssueCodes;

/**
 * Inputs the fuzzer found that made the compiler throw, kept as they were found (and cut down where that still
 * failed): each must now give syntax errors with positions. The formatter's case is in {@code FormatterLayoutTest},
 * the limits' in {@link LimitsTest}.
 */
class FoundByFuzzingTest {

	/** tokens:100658708252323387 of the long run: an entity without a name made the data model's description throw. */
	@ParameterizedTest
	@ValueSource(strings = { "entity { id: text key }", "missing bound entity { term month\n( effective days in\n",
			"scenario \"s\" given E e1 { import 90 minutes { for givenAt unless 2 years \"\" -0 a1 missing 72 week\n"
					+ "\"Europe/Paris\" Consent zone\ndatasubject hours , hour months\nmissing bound entity { term month\n"
					+ "( effective days in\nuser.contact.email term bound week" })
	void anEntityWithoutANameIsASyntaxError(String rules) {
		for (GenerationMode mode : GenerationMode.values()) {
			CompilationResult result = PrivacyTestSupport.compile(mode, rules);
			assertThat(result.diagnostics()).isNotEmpty().allSatisfy(d -> {
				assertThat(d.line()).as(d.format()).isPositive();
				assertThat(d.column()).as(d.format()).isPositive();
			});
			assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(IssueCodes.SYNTAX);
		}
	}

	/**
	 * mutant:6583592994031747369 of the long run: the Canal+ model with the line of the last value of an enumeration
	 * deleted ("MD4,\n}"); the rule comparing with its values made the scope of enumeration values throw.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "is one of MD4, PLAIN", "= MD4", "!= PLAIN" })
	void anEnumerationValueWithoutANameIsASyntaxError(String comparison) {
		String rules = """
				enum Hash { MD4,
				}
				entity Credential {
					id: text key
					hash: Hash
				}
				rule SEC-01 "No weak hash"
					basis "GDPR art. 32"
					Credential forbids hash COMPARISON
				""".replace("COMPARISON", comparison);
		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.RECORDS, rules);
		assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(IssueCodes.SYNTAX);
		assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.line()).as(d.format()).isPositive());
	}
}
