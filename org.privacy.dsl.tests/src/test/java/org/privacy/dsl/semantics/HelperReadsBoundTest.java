package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Policy;

/**
 * Bound mode: a quantifier's method reads the message's medium (a Java enum) and sending date (an
 * {@code OffsetDateTime}) through their getters once per call, at first use, and decides as when it read them on
 * every turn: an empty list, the element that decides, an element whose own value is missing.
 */
class HelperReadsBoundTest {

	private static final String RULES = """
			enum PersonKind { individual, business }
			enum Medium { EMAIL, SMS, POSTAL }

			entity Prospect bound to "org.privacy.dsl.semantics.BoundProspect" {
				id: text key
				kind: PersonKind
				consents: list of Consent
			}

			entity Consent bound to "org.privacy.dsl.semantics.BoundConsent" {
				id: text key
				medium: Medium
				givenAt: datetime
				withdrawnAt: datetime optional
			}

			entity Message bound to "org.privacy.dsl.semantics.BoundMessage" {
				id: text key
				recipient: Prospect
				medium: Medium optional
				sentAt: datetime optional
			}

			term "consented earlier" for Message: medium is present and sentAt is present
				and some c in recipient.consents satisfies c.medium = medium and c.givenAt before sentAt
					and (c.withdrawnAt is missing or c.withdrawnAt after sentAt)

			rule HB-01 "Messages are sent with a consent given before and not withdrawn"
				basis "test"
				Message requires consented earlier
			""";

	private static final Context NOW = at("2024-09-01T00:00:00Z");
	private static final Instant BEFORE = Instant.parse("2024-01-01T00:00:00Z");
	private static final Instant AFTER = Instant.parse("2024-05-01T00:00:00Z");

	private final Policy policy = CompiledRules.bound(RULES);

	private List<String> outcome(Medium medium, BoundConsent... consents) {
		BoundProspect recipient = new BoundProspect("p-1", ContactKind.individual, true, null, List.of(consents));
		BoundMessage message = new BoundMessage("m-1", recipient, medium,
				OffsetDateTime.parse("2024-03-01T00:00:00Z"), false);
		return checkObject(policy, message, NOW).stream().map(f -> f.status() + " " + f.fields()).toList();
	}

	@Test
	void noConsentIsAViolation() {
		assertThat(outcome(Medium.EMAIL)).containsExactly(
				"VIOLATED [medium, sentAt, recipient.consents, recipient.consents[].medium, "
						+ "recipient.consents[].givenAt, recipient.consents[].withdrawnAt]");
	}

	@Test
	void theSecondElementDecides() {
		assertThat(outcome(Medium.EMAIL, new BoundConsent("c-1", Medium.SMS, BEFORE, null),
				new BoundConsent("c-2", Medium.EMAIL, BEFORE, null))).isEmpty();
		assertThat(outcome(Medium.EMAIL, new BoundConsent("c-1", Medium.EMAIL, AFTER, null),
				new BoundConsent("c-2", Medium.EMAIL, BEFORE, AFTER))).isEmpty();
	}

	@Test
	void everyTurnComparesWithTheSameValues() {
		assertThat(outcome(Medium.EMAIL, new BoundConsent("c-1", Medium.EMAIL, AFTER, null),
				new BoundConsent("c-2", Medium.EMAIL, BEFORE, BEFORE))).singleElement().asString()
				.startsWith("VIOLATED");
	}

	@Test
	void aMissingValueOfAnElementThatIsReachedIsADataErrorNamingIt() {
		assertThat(outcome(Medium.EMAIL, new BoundConsent("c-1", Medium.SMS, BEFORE, null),
				new BoundConsent("c-2", Medium.EMAIL, null, null)))
				.containsExactly("DATA_ERROR [recipient.consents[1].givenAt]");
		// an element after the one that decides is not read
		assertThat(outcome(Medium.EMAIL, new BoundConsent("c-1", Medium.EMAIL, BEFORE, null),
				new BoundConsent("c-2", Medium.EMAIL, null, null))).isEmpty();
	}
}
