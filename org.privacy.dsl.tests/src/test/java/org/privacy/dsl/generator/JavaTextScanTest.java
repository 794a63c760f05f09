package org.privacy.dsl.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The generator's text scans written by hand for speed ({@link JavaText#names}, {@link JavaText#indent},
 * {@link JavaImports#identifiers(String, Set)}) give what the regular expressions and the plain scan they replace
 * give: on the cases that matter, and on random text made of the characters that decide them.
 */
class JavaTextScanTest {

	/** What the generator did before: string literals emptied, then the name looked for with look-arounds. */
	private static boolean namesByRegex(String code, String name) {
		String rest = code.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
		return Pattern.compile("(?<![.\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(rest).find();
	}

	@Test
	void aLocalIsNamedOnlyOutsideStringLiteralsAndNotAsAMemberOrPartOfALongerName() {
		assertThat(JavaText.names("if (email == null) {", "email")).isTrue();
		assertThat(JavaText.names("email", "email")).isTrue();
		assertThat(JavaText.names("Values.text(r.email(), \"email\")", "email")).isFalse();
		assertThat(JavaText.names("emails + myEmail + email$ + email_2", "email")).isFalse();
		assertThat(JavaText.names("\"a \\\" email\" + x", "email")).isFalse();
		assertThat(JavaText.names("\"unclosed email", "email")).isTrue();
		assertThat(JavaText.names("\"\"email", "email")).isTrue();
	}

	@Test
	void namesAgreesWithTheRegularExpressionsOnRandomText() {
		Random random = new Random(13);
		String alphabet = "ab.$_\"\\\n\r\u2028 (x";
		for (int n = 0; n < 20_000; n++) {
			StringBuilder code = new StringBuilder();
			int length = random.nextInt(24);
			for (int i = 0; i < length; i++) {
				code.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			for (String name : List.of("a", "ab", "x")) {
				assertThat(JavaText.names(code.toString(), name)).as("%s in [%s]", name, code)
						.isEqualTo(namesByRegex(code.toString(), name));
			}
		}
	}

	@Test
	void indentGoesBeforeEveryLineThatIsNotEmptyAsTheMultilineRegexDoes() {
		assertThat(JavaText.indent("a\n\nb\n", "\t\t")).isEqualTo("\t\ta\n\n\t\tb\n");
		Random random = new Random(7);
		String alphabet = "a \t\n\r\u0085\u2028\u2029";
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(16);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThat(JavaText.indent(text.toString(), "\t\t")).as("[%s]", text)
					.isEqualTo(text.toString().replaceAll("(?m)^(?=.)", "\t\t"));
		}
	}

	@Test
	void identifiersAmongWantedNamesAreThoseOfTheFullScan() {
		String code = "List<String> a = List.of(\"Set\"); // Optional\n"
				+ "/* Instant */ Set<X> s = Values.x(A_B, Span.of(1));";
		Set<String> wanted = Set.of("List", "Set", "Optional", "Instant", "A_B", "Span", "Values", "Due");
		Set<String> all = JavaImports.identifiers(code);
		assertThat(JavaImports.identifiers(code, wanted))
				.isEqualTo(all.stream().filter(wanted::contains).collect(java.util.stream.Collectors.toSet()))
				.containsExactlyInAnyOrder("List", "Set", "A_B", "Span", "Values");
	}
}
