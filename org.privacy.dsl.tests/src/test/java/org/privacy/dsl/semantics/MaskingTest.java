package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Personal data (fields whose category is under {@code user}) is masked in explanations and record keys unless the
 * context reveals it; other values are shown as they are.
 */
class MaskingTest {

	private static final String RULES = """
			entity Subscriber {
				email: text key category user.contact.email
				phone: text optional category user.contact.phone_number
				plan: text
				optin: boolean
			}

			entity Visit {
				id: text key
				visitor: Subscriber
				birthDate: date category user.demographic.date_of_birth
			}

			rule MSK-01 "Newsletters need consent"
				basis "CPCE art. L34-5"
				Subscriber requires optin
				explain "newsletter sent to {email} on plan {plan} without consent"

			rule MSK-02 "Calls need consent"
				basis "Consumer Code art. L223-1"
				Subscriber where phone is present requires optin
				explain "call to {phone} without consent"

			rule MSK-03 "Subscribers have a plan"
				basis "Internal policy 1"
				Subscriber forbids plan = "none"

			rule MSK-04 "Visitors are adults"
				basis "GDPR art. 8"
				Visit requires birthDate before 2008-01-01 and visitor.optin

			rule MSK-05 "Visitors consent to tracking"
				basis "ePrivacy art. 5(3)"
				Visit requires visitor.optin
				explain "visit {id} by {visitor} tracked without consent"
			""";

	private static final String EMAIL = "jane.doe@example.com";
	private static final String PHONE = "+33612345678";
	private static final Context MASKED = at("2024-03-01T00:00:00Z");
	private static final Context REVEALED = MASKED.revealingPersonalData(true);

	private final RecordPolicy policy = CompiledRules.records(RULES);

	private List<Finding> checkSubscriber(Map<String, ?> subscriber, Context context) {
		return check(policy, "Subscriber", subscriber, context);
	}

	private static Finding only(List<Finding> findings, String ruleId) {
		return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + ruleId + " in " + findings));
	}

	@Test
	void personalFieldInAnExplanationIsMaskedByDefault() {
		Finding finding = only(checkSubscriber(Map.of("email", EMAIL, "plan", "premium", "optin", false), MASKED),
				"MSK-01");

		assertThat(finding.explanation()).contains("j***@***.com").doesNotContain(EMAIL).doesNotContain("jane.doe")
				.contains("plan premium").contains("CPCE art. L34-5");
	}

	@Test
	void personalFieldIsShownWhenTheContextRevealsIt() {
		Finding finding = only(checkSubscriber(Map.of("email", EMAIL, "plan", "premium", "optin", false), REVEALED),
				"MSK-01");

		assertThat(finding.explanation()).contains(EMAIL).doesNotContain("***");
	}

	@Test
	void personalDataOtherThanAnEmailKeepsOnlyItsLastCharacters() {
		List<Finding> findings = checkSubscriber(Map.of("email", EMAIL, "phone", PHONE, "plan", "basic", "optin",
				false), MASKED);

		assertThat(only(findings, "MSK-02").explanation()).contains("78").doesNotContain(PHONE)
				.doesNotContain("612345");
		assertThat(only(checkSubscriber(Map.of("email", EMAIL, "phone", PHONE, "plan", "basic", "optin", false),
				REVEALED), "MSK-02").explanation()).contains(PHONE);
	}

	@Test
	void personalKeyIsMaskedInTheRecordAndTheExplanation() {
		List<Finding> findings = checkSubscriber(Map.of("email", EMAIL, "plan", "none", "optin", true), MASKED);

		Finding finding = only(findings, "MSK-03");
		assertThat(finding.status()).isEqualTo(Status.VIOLATED);
		assertThat(finding.record()).isEqualTo("j***@***.com");
		assertThat(finding.explanation()).doesNotContain(EMAIL);
	}

	@Test
	void personalKeyIsShownWhenTheContextRevealsIt() {
		assertThat(only(checkSubscriber(Map.of("email", EMAIL, "plan", "none", "optin", true), REVEALED), "MSK-03")
				.record()).isEqualTo(EMAIL);
	}

	@Test
	void personalKeyIsMaskedInADataError() {
		List<Finding> findings = checkSubscriber(Map.of("email", EMAIL, "plan", "premium"), MASKED);

		Finding finding = only(findings, "MSK-01");
		assertThat(finding.status()).isEqualTo(Status.DATA_ERROR);
		assertThat(finding.record()).isEqualTo("j***@***.com");
		assertThat(finding.explanation()).doesNotContain(EMAIL);
	}

	@Test
	void personalValueOfTheWrongTypeIsNotQuotedInTheDataError() {
		String birth = "born 12/05/1980 in Lyon";
		Context context = MASKED.withLookup(new MapLookup().with("Subscriber", "email",
				Map.of("email", EMAIL, "plan", "premium", "optin", true)));

		List<Finding> findings = check(policy, "Visit", Map.of("id", "v-1", "visitor", EMAIL, "birthDate", birth),
				context);

		Finding finding = only(findings, "MSK-04");
		assertThat(finding.status()).isEqualTo(Status.DATA_ERROR);
		assertThat(finding.fields()).containsExactly("birthDate");
		assertThat(finding.explanation()).doesNotContain("12/05/1980").doesNotContain("Lyon");
	}

	@Test
	void personalKeyOfAMissingReferenceIsNotQuotedInTheDataError() {
		List<Finding> findings = check(policy, "Visit",
				Map.of("id", "v-2", "visitor", EMAIL, "birthDate", "1990-01-01"), MASKED);

		assertThat(findings).extracting(Finding::ruleId, Finding::status).contains(
				tuple("MSK-04", Status.DATA_ERROR));
		assertThat(findings).allSatisfy(f -> {
			assertThat(f.fields()).containsExactly("visitor");
			assertThat(f.explanation()).doesNotContain(EMAIL).doesNotContain("jane.doe");
		});
	}

	@Test
	void personalKeyShownThroughAReferencePlaceholderIsMasked() {
		Context context = MASKED.withLookup(new MapLookup().with("Subscriber", "email",
				Map.of("email", EMAIL, "plan", "premium", "optin", false)));

		Finding finding = only(check(policy, "Visit", Map.of("id", "v-3", "visitor", EMAIL, "birthDate",
				"1990-01-01"), context), "MSK-05");

		assertThat(finding.status()).isEqualTo(Status.VIOLATED);
		assertThat(finding.explanation()).contains("v-3").doesNotContain(EMAIL);
	}
}
