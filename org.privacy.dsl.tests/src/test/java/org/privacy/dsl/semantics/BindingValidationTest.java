package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * The compiler checks entities bound to classes on the class path: each field needs an accessor of a fitting type,
 * reported at the field's line; a class that is not there is a warning.
 */
class BindingValidationTest {

	private static List<String> codes(String rules) {
		return PrivacyTestSupport.codes(PrivacyTestSupport.compile(GenerationMode.BOUND, rules));
	}

	/** {@code code@line:column} of the first occurrence of {@code text} in {@code rules}. */
	private static String at(String code, String rules, String text) {
		int offset = rules.indexOf(text);
		assertThat(offset).as("'%s' in the rules", text).isNotNegative();
		String before = rules.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
		int column = offset - before.lastIndexOf('\n');
		return code + "@" + line + ":" + column;
	}

	@Test
	void theTestClassesBindWithoutAnyBindingDiagnostic() {
		assertThat(codes(BoundModeTest.RULES)).noneMatch(code -> code.startsWith("privacy.bound-"));
	}

	@Test
	void fieldTheClassLacksIsAnErrorAtTheField() {
		String rules = """
				enum Medium { EMAIL, SMS, POSTAL }

				entity Consent bound to "org.privacy.dsl.semantics.BoundConsent" {
					id: text key
					channel: Medium
					givenAt: datetime
				}
				""";

		assertThat(codes(rules)).containsExactly(at("privacy.bound-field-missing", rules, "channel"));
	}

	@Test
	void fieldOfAnotherTypeIsAnErrorAtTheFieldsType() {
		String rules = """
				entity Consent bound to "org.privacy.dsl.semantics.BoundConsent" {
					id: text key
					givenAt: date
				}
				""";

		assertThat(codes(rules)).containsExactly(at("privacy.bound-field-type", rules, "date"));
	}

	@Test
	void numberFieldReadFromTextIsATypeError() {
		String rules = """
				entity Prospect bound to "org.privacy.dsl.semantics.BoundProspect" {
					id: number key
				}
				""";

		assertThat(codes(rules)).containsExactly(at("privacy.bound-field-type", rules, "number"));
	}

	@Test
	void javaEnumWithoutOneOfTheRulesValuesIsATypeError() {
		String rules = """
				enum Medium { EMAIL, SMS, POSTAL, FAX }

				entity Consent bound to "org.privacy.dsl.semantics.BoundConsent" {
					id: text key
					medium: Medium
				}
				""";

		assertThat(codes(rules)).containsExactly(at("privacy.bound-field-type", rules, "Medium\n"));
	}

	@Test
	void classThatDoesNotExistIsOnlyAWarning() {
		String rules = """
				entity Consent bound to "org.privacy.dsl.semantics.NoSuchConsent" {
					id: text key
				}
				""";
		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.BOUND, rules);

		assertThat(PrivacyTestSupport.codes(result))
				.containsExactly(at("privacy.bound-class-not-found", rules, "\"org.privacy"));
		assertThat(result.diagnostics()).extracting(Diagnostic::kind).containsOnly(Diagnostic.Kind.WARNING);
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void theKeycloakShapedClassesBindWithoutAnyDiagnostic() {
		assertThat(codes(RealModelTest.RULES)).isEmpty();
	}

	@Test
	void millisecondsBoundToADateTimeWithoutTheDeclarationIsATypeErrorThatNamesTheFix() {
		String rules = """
				entity User bound to "org.privacy.dsl.semantics.BoundUserRepresentation" {
					id: text key
					createdTimestamp: datetime
				}
				""";
		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.BOUND, rules);

		assertThat(PrivacyTestSupport.codes(result)).containsExactly(at("privacy.bound-field-type", rules, "datetime"));
		assertThat(result.diagnostics().get(0).message()).contains("createdTimestamp: datetime from epoch millis");
	}

	@Test
	void epochMillisOnAnotherJavaTypeIsATypeErrorAtTheDeclaration() {
		String rules = """
				entity User bound to "org.privacy.dsl.semantics.BoundUserRepresentation" {
					id: text key
					lastLogin: datetime from epoch millis
				}
				""";

		assertThat(codes(rules)).containsExactly(at("privacy.bound-field-type", rules, "epoch"));
	}

	@Test
	void aMissingGetterSaysHowToBindAnAdapter() {
		String rules = """
				entity User bound to "org.privacy.dsl.semantics.BoundUserRepresentation" {
					id: text key
					email: text
					locale: text from profile key "locale"
				}
				""";
		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.BOUND, rules);

		assertThat(PrivacyTestSupport.codes(result)).containsExactly(at("privacy.bound-field-missing", rules, "email"),
				at("privacy.bound-field-missing", rules, "locale"));
		assertThat(result.diagnostics()).extracting(Diagnostic::message).allSatisfy(
				message -> assertThat(message).contains("adapter class"));
		assertThat(result.diagnostics().get(1).message()).contains("getProfile()");
	}

	@Test
	void anEntryOfSomethingNotAMapOrOfValuesThatDoNotFitIsATypeError() {
		String rules = """
				entity User bound to "org.privacy.dsl.semantics.BoundUserRepresentation" {
					id: text key
					kind: text from id key "kind"
					age: number from attributes key "age"
				}
				""";

		assertThat(codes(rules)).containsExactly(at("privacy.bound-field-type", rules, "id key \"kind"),
				at("privacy.bound-field-type", rules, "attributes key \"age"));
	}
}
