package org.privacy.dsl.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacy.dsl.PrivacyStandaloneSetup;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.dsl.validation.IssueCodes;

import com.google.inject.Injector;

/**
 * Issue 10: the text of {@code bound to "…"} was written into the generated class as a Java type, so a rule file
 * could add code to the validator ({@code static { System.exit(43); }}). Text of the user's reaches the generated Java
 * only as a string literal, a comment, or a name that is checked to be a Java name; these tests fail if any code
 * written in a rule file survives in the generated source outside string literals and comments.
 */
class InjectedCodeTest {

	private static final String ATTACK = "java.lang.Object o) { } static { System.exit(43); } void x(java.lang.Object";

	@ParameterizedTest
	@ValueSource(strings = { ATTACK, "com.acme.X {} class Y", "java.util.List<String>", "com.acme.X; import a.b",
			"com.acme.X/*", "com.acme.X\\u0029", "com.acme.class.X", " ", "com.acme..X", "X[]" })
	void aBoundNameThatIsNotAJavaClassNameIsAnErrorAndNothingIsGenerated(String javaType) {
		for (GenerationMode mode : GenerationMode.values()) {
			CompilationResult result = PrivacyTestSupport.compile(mode, rules(javaType));
			assertThat(PrivacyTestSupport.codes(result)).as(mode + " " + javaType)
					.anySatisfy(code -> assertThat(code).startsWith(IssueCodes.INVALID_JAVA_NAME + "@"));
			assertThat(result.sources()).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(GenerationMode.class)
	void theGeneratorWritesNoUserTextAsCodeEvenWithoutTheValidator(GenerationMode mode) {
		Injector injector = new PrivacyStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("dummy:/rules.privacy"));
		try {
			resource.load(new java.io.ByteArrayInputStream(rules(ATTACK).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					Map.of());
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		Model model = (Model) resource.getContents().get(0);
		PolicyGenerator generator = injector.getInstance(PolicyGenerator.class);
		if (mode == GenerationMode.BOUND) {
			assertThatIllegalStateException().isThrownBy(() -> generator.generate(List.of(model), mode == GenerationMode.BOUND));
		} else {
			String java = generator.generate(List.of(model), mode == GenerationMode.BOUND).sources().values().iterator().next();
			assertThat(code(java)).doesNotContain("System.exit");
		}
	}

	/** Every place a rule file's text reaches the generated class, holding text that would be code if pasted. */
	@ParameterizedTest
	@ValueSource(strings = { "\\\"); System.exit(43); (\\\"", "*/ static { System.exit(43); } /*",
			"\\\\u0022); System.exit(43); //", "\\\\u002a/ static { System.exit(43); } /\\\\u002a" })
	void textInEveryPlaceStaysData(String text) {
		String rules = """
				policy Hostile "TEXT"
				enum Kind "TEXT" { A "TEXT", B }
				category user.hostile "TEXT"
				datause marketing.hostile "TEXT"
				datasubject hostile "TEXT"
				entity Person {
					id: text key
					kind: Kind
					note: text
				}
				parameter greeting = "TEXT"
				term "odd record": Person where note != "TEXT" and note is one of "TEXT", greeting
				rule H-1 "TEXT"
					basis "TEXT"
					odd record requires kind = A
					unless note = "TEXT"
					explain "TEXT {id} TEXT"
				""".replace("TEXT", text);
		for (GenerationMode mode : GenerationMode.values()) {
			CompilationResult result = PrivacyTestSupport.withoutErrors(PrivacyTestSupport.compile(mode, rules));
			String java = result.sources().values().iterator().next();
			assertThat(code(java)).as(mode.name()).doesNotContain("System.exit").doesNotContain("static {");
			assertThat(PrivacyTestSupport.load(result, Map.of())).isNotEmpty();
		}
	}

	private static String rules(String javaType) {
		return """
				package injected
				entity Prospect bound to "TYPE" {
					id: text key
				}
				rule P-01 "Prospects have an id" basis "test"
					Prospect requires id is present
				""".replace("TYPE", javaType);
	}

	/**
	 * The Java source without its string literals and comments: what the compiler takes as code, after translating
	 * unicode escapes first, as javac does (a backslash preceded by an odd number of backslashes starts none).
	 */
	static String code(String source) {
		StringBuilder unescaped = new StringBuilder();
		int backslashes = 0;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '\\' && backslashes % 2 == 0 && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
				int j = i + 1;
				while (j < source.length() && source.charAt(j) == 'u') {
					j++;
				}
				unescaped.append((char) Integer.parseInt(source.substring(j, j + 4), 16));
				i = j + 3;
				backslashes = 0;
				continue;
			}
			backslashes = c == '\\' ? backslashes + 1 : 0;
			unescaped.append(c);
		}
		String java = unescaped.toString();
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < java.length(); i++) {
			char c = java.charAt(i);
			if (c == '"') {
				for (i++; i < java.length() && java.charAt(i) != '"'; i++) {
					if (java.charAt(i) == '\\') {
						i++;
					}
				}
				b.append("\"\"");
			} else if (java.startsWith("//", i)) {
				i = java.indexOf('\n', i);
				if (i < 0) {
					break;
				}
				b.append('\n');
			} else if (java.startsWith("/*", i)) {
				i = java.indexOf("*/", i + 2) + 1;
				if (i <= 0) {
					break;
				}
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}
}
