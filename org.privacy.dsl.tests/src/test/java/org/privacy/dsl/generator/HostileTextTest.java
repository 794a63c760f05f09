package org.privacy.dsl.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Record;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Status;

/**
 * Text from rule files (titles, bases, explanations) ends up as data in the generated Java: it can never
 * close a string or a comment, start a unicode escape, or otherwise change the code.
 */
class HostileTextTest {

	@ParameterizedTest
	@ValueSource(strings = { "a \\\"quoted\\\" title", "ends a comment */ class X {", "back\\\\slash \\\\u000a escape",
			"line\\nbreak", "${java.home} and #{1+1}", "Données personnelles — données de santé", "個人情報の保護",
			"حماية البيانات", "tab\\tand @deprecated <b>html</b> &amp;", "/* opens a comment" })
	void titlesBasesAndMessagesStayData(String text) {
		String rules = """
				package hostile
				entity Person {
					id: text key
					ok: boolean
				}
				term "odd record": Person where not ok
				rule H-1 "TEXT"
					basis "TEXT", "GDPR art. 5"
					odd record requires ok
					explain "TEXT {id}"
				""".replace("TEXT", text);
		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.RECORDS, rules);
		RecordPolicy policy = (RecordPolicy) PrivacyTestSupport.load(result, Map.of()).values().iterator().next();

		String expected = unescape(text);
		RuleInfo rule = policy.rules().get(0);
		assertThat(rule.title()).isEqualTo(expected);
		assertThat(rule.bases()).containsExactly(expected, "GDPR art. 5");

		List<Finding> findings = new java.util.ArrayList<>();
		Record person = Record.of(Map.of("id", "p1", "ok", false));
		policy.check("Person", person, Context.at(Instant.parse("2024-01-01T00:00:00Z")), findings::add);
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.status()).isEqualTo(Status.VIOLATED);
			assertThat(f.explanation()).startsWith(expected + " p1");
		});
	}

	/** The value of a rule-file string literal: the language's escapes are Java's. */
	private static String unescape(String literal) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < literal.length(); i++) {
			char c = literal.charAt(i);
			if (c == '\\' && i + 1 < literal.length()) {
				char n = literal.charAt(++i);
				b.append(switch (n) {
					case 'n' -> '\n';
					case 't' -> '\t';
					default -> n;
				});
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}
}
