package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.privacy.dsl.semantics.CompiledRules.at;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.runtime.Context;

/**
 * Names from rule files become Java names in the generated class. Rules the compiler accepts must give Java that
 * compiles; names a rule author naturally writes must also work as written.
 */
class GeneratedNamesTest {

	private static final Context NOW = at("2024-03-01T00:00:00Z");

	private static final String CONSENTS = """
			entity Consent {
				granted: boolean
			}

			entity Prospect {
				id: text key
				consents: list of Consent
			}
			""";

	private static final ConditionProbe PROSPECT = new ConditionProbe(CONSENTS, "Prospect");

	private static final Map<String, Object> ONE_GRANTED = Map.of("id", "p-1", "consents",
			List.of(Map.of("granted", false), Map.of("granted", true)));

	/** Either the compiler rejects the rules with a diagnostic, or the generated Java compiles and loads. */
	private static void compilesOrIsRejected(String rules) {
		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.RECORDS, rules);
		if (!result.hasErrors()) {
			assertThatCode(() -> PrivacyTestSupport.load(result, Map.of())).doesNotThrowAnyException();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"entity A { id: text key class: boolean }\nrule R-1 \"t\" basis \"b\" A requires class",
			"entity String { id: text key ok: boolean }\nrule R-1 \"t\" basis \"b\" String requires ok",
			"entity Values { id: text key ok: boolean }\nrule R-1 \"t\" basis \"b\" Values requires ok",
			"parameter ok = true\nentity A { id: text key ok: boolean }\nrule R-1 \"t\" basis \"b\" A requires ok" })
	void namesThatWork(String rules) {
		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.RECORDS, rules);

		assertThat(result.hasErrors()).isFalse();
		assertThatCode(() -> PrivacyTestSupport.load(result, Map.of())).doesNotThrowAnyException();
	}

	@ParameterizedTest(name = "some {0} in consents satisfies {0}.granted")
	@ValueSource(strings = { "c", "consent", "element", "x" })
	void quantifierVariableNames(String variable) {
		assertThat(PROSPECT.holds("some " + variable + " in consents satisfies " + variable + ".granted", ONE_GRANTED,
				NOW)).isTrue();
	}

	@ParameterizedTest(name = "some {0} in consents satisfies {0}.granted")
	@ValueSource(strings = { "item", "r", "ctx", "n", "int" })
	void quantifierVariablesNamedLikeJavaNames(String variable) {
		assertThat(PROSPECT.holds("some " + variable + " in consents satisfies " + variable + ".granted", ONE_GRANTED,
				NOW)).isTrue();
		assertThat(PROSPECT.holds("(count of " + variable + " in consents where " + variable + ".granted) = 1",
				ONE_GRANTED, NOW)).isTrue();
	}

	@Test
	void innerQuantifierMayReuseTheOuterVariableName() {
		assertThat(PROSPECT.holds("some c in consents satisfies (some c in consents satisfies c.granted)", ONE_GRANTED,
				NOW)).isTrue();
	}

	@ParameterizedTest(name = "rules {0} and {1}")
	@CsvSource({ "R-1, R_1", "R-1, R1", "RULES, R-2" })
	void ruleIdsThatMapToTheSameJavaName(String first, String second) {
		String rules = "entity A { id: text key ok: boolean }\n" + ruleRequiringOk(first) + ruleRequiringOk(second);

		if (!PrivacyTestSupport.compile(GenerationMode.RECORDS, rules).hasErrors()) {
			assertThat(CompiledRules.check(CompiledRules.records(rules), "A", Map.of("id", "a-1", "ok", false), NOW))
					.extracting(f -> f.ruleId()).containsExactly(first, second);
		}
	}

	private static String ruleRequiringOk(String id) {
		return "rule " + id + " \"t\" basis \"b\" A requires ok\n";
	}

	@ParameterizedTest(name = "policy {0}")
	@ValueSource(strings = { "Record", "Status", "Times", "Values", "Context", "List", "Instant" })
	void policyNamedLikeAnImportedClass(String name) {
		compilesOrIsRejected("policy " + name + " \"t\"\nentity A { id: text key ok: boolean }\n"
				+ "rule R-1 \"t\" basis \"b\" A requires ok\n");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"policy class \"t\"\nentity A { id: text key ok: boolean }\nrule R-1 \"t\" basis \"b\" A requires ok",
			"package com.class.rules\nentity A { id: text key ok: boolean }\nrule R-1 \"t\" basis \"b\" A requires ok",
			"entity A { id: text key ok: boolean }\nterm new for A: ok\nrule R-1 \"t\" basis \"b\" A requires new" })
	void javaKeywordsAsNames(String rules) {
		compilesOrIsRejected(rules);
	}
}
