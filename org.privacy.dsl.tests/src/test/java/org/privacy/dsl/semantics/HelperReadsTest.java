package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Record;
import org.privacy.runtime.RecordPolicy;

/**
 * Values that a term or a quantifier reads more than once, or on every turn of a loop, are read once per call of the
 * method that reads them, at their first use: a value that is never reached (an empty list, the part of an
 * {@code and} or {@code or} that is not evaluated, an element after the one that decides) is never read, so it is no
 * data error, and the first value that fails is the one the data error names, exactly as when every use read it again.
 * The fields here are optional, so that the rule does not read them before judging: only the term's method does.
 */
class HelperReadsTest {

	private static final String RULES = """
			enum Channel { EMAIL, SMS, PHONE }

			entity Person {
				id: text key
				kind: Channel
				vip: boolean
			}

			entity Consent {
				channel: Channel
				givenAt: datetime
			}

			entity Message {
				id: text key
				channel: Channel optional
				sentAt: datetime optional
				recipient: Person optional
				consents: list of Consent
			}

			term "consented earlier" for Message: channel is present and sentAt is present
				and some c in consents satisfies c.channel = channel and c.givenAt before sentAt

			term "recently sent" for Message: channel is present and sentAt is present
				and (channel = EMAIL and sentAt after 2024-01-01T00:00:00Z
					or channel = SMS and sentAt after 2024-06-01T00:00:00Z)

			term "sent to a VIP by email" for Message: recipient is present and recipient.kind = EMAIL and recipient.vip

			rule HR-01 "Messages are sent with a consent given before"
				basis "test"
				Message requires consented earlier

			rule HR-02 "Messages were sent recently"
				basis "test"
				Message requires recently sent

			rule HR-03 "Messages go to VIPs by email"
				basis "test"
				Message requires sent to a VIP by email
			""";

	private final RecordPolicy policy = CompiledRules.records(RULES);

	// the outcomes, as the generator wrote them before helper methods kept values in locals
	private static final String NOT_CONSENTED =
			"VIOLATED [channel, sentAt, consents, consents[].channel, consents[].givenAt] message m-1 does "
			+ "not meet \"consented earlier\"; required by test";
	private static final String MALFORMED_SENT_AT_01 =
			"DATA_ERROR [sentAt] message m-1 cannot be checked against HR-01: 'sentAt' should be a "
			+ "date-time like 2023-03-01T09:00Z, not text of 4 characters";
	private static final String MALFORMED_CHANNEL_01 =
			"DATA_ERROR [channel] message m-1 cannot be checked against HR-01: 'channel' should be one of "
			+ "EMAIL, SMS, PHONE, not text of 3 characters";
	private static final String MALFORMED_GIVEN_AT =
			"DATA_ERROR [consents[1].givenAt] message m-1 cannot be checked against HR-01: "
			+ "'consents[1].givenAt' should be a date-time like 2023-03-01T09:00Z, not text of 5 characters";
	private static final String NOT_RECENT =
			"VIOLATED [channel, sentAt] message m-1 does not meet \"recently sent\"; required by test";
	private static final String MALFORMED_SENT_AT_02 =
			"DATA_ERROR [sentAt] message m-1 cannot be checked against HR-02: 'sentAt' should be a "
			+ "date-time like 2023-03-01T09:00Z, not text of 4 characters";
	private static final String MALFORMED_CHANNEL_02 =
			"DATA_ERROR [channel] message m-1 cannot be checked against HR-02: 'channel' should be one of "
			+ "EMAIL, SMS, PHONE, not text of 3 characters";
	private static final String NOT_TO_A_VIP =
			"VIOLATED [recipient, recipient.kind, recipient.vip] message m-1 does not meet \"sent to a VIP "
			+ "by email\"; required by test";
	private static final String NO_SUCH_RECIPIENT =
			"DATA_ERROR [recipient] message m-1 cannot be checked against HR-03: 'recipient' refers to a "
			+ "Person that is not in the data";
	private static final String MALFORMED_KIND =
			"DATA_ERROR [recipient.kind] message m-1 cannot be checked against HR-03: 'recipient.kind' "
			+ "should be one of EMAIL, SMS, PHONE, not text of 3 characters";
	private static final String MISSING_VIP =
			"DATA_ERROR [recipient.vip] message m-1 cannot be checked against HR-03: 'recipient.vip' is "
			+ "missing";

	/** The people: a look-up that keeps the keys it is asked for. */
	private static MapLookup people() {
		return new MapLookup().with("Person",
				Map.of("id", "p-1", "kind", "EMAIL", "vip", true),
				Map.of("id", "p-2", "kind", "FAX", "vip", true),
				Map.of("id", "p-3", "kind", "SMS"),
				Map.of("id", "p-4", "kind", "EMAIL"));
	}

	private static Map<String, Object> message(Object... keysAndValues) {
		Map<String, Object> message = new HashMap<>();
		message.put("id", "m-1");
		message.put("consents", List.of());
		for (int i = 0; i < keysAndValues.length; i += 2) {
			message.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return message;
	}

	private static Map<String, Object> consent(String channel, String givenAt) {
		return Map.of("channel", channel, "givenAt", givenAt);
	}

	/** The findings of one rule for a message: status, fields and sentence of each, in order. */
	private List<String> outcome(String rule, Map<String, Object> message) {
		return outcome(rule, message, people());
	}

	private List<String> outcome(String rule, Map<String, Object> message, MapLookup lookup) {
		Context context = at("2024-09-01T00:00:00Z").withLookup(lookup);
		return check(policy, "Message", message, context).stream().filter(f -> f.ruleId().equals(rule))
				.map(HelperReadsTest::describe).toList();
	}

	private static String describe(Finding f) {
		return f.status() + " " + f.fields() + " " + f.explanation();
	}

	// ---------------------------------------------------------------- a value of the record read in a loop

	@Test
	void aValueReadInTheLoopIsNotReadWhenTheListIsEmpty() {
		assertThat(outcome("HR-01", message("channel", "EMAIL", "sentAt", "soon"))).containsExactly(NOT_CONSENTED);
		assertThat(outcome("HR-01", message("channel", "FAX", "sentAt", "soon"))).containsExactly(NOT_CONSENTED);
	}

	@Test
	void aValueReadInTheLoopIsADataErrorWhenTheFirstElementReadsIt() {
		assertThat(outcome("HR-01", message("channel", "EMAIL", "sentAt", "soon", "consents",
				List.of(consent("EMAIL", "2024-01-01T00:00:00Z"))))).containsExactly(MALFORMED_SENT_AT_01);
	}

	@Test
	void aValueReadInTheLoopIsADataErrorWhenOnlyTheSecondElementReadsIt() {
		assertThat(outcome("HR-01", message("channel", "EMAIL", "sentAt", "soon", "consents",
				List.of(consent("SMS", "2024-01-01T00:00:00Z"), consent("EMAIL", "2024-01-01T00:00:00Z")))))
				.containsExactly(MALFORMED_SENT_AT_01);
	}

	@Test
	void theFirstValueThatFailsInTheLoopIsTheOneNamed() {
		// the element's channel is compared with the message's before the message's sending date is read
		assertThat(outcome("HR-01", message("channel", "FAX", "sentAt", "soon", "consents",
				List.of(consent("SMS", "2024-01-01T00:00:00Z"))))).containsExactly(MALFORMED_CHANNEL_01);
	}

	@Test
	void anElementAfterTheOneThatDecidesIsNotRead() {
		assertThat(outcome("HR-01", message("channel", "EMAIL", "sentAt", "2024-03-01T00:00:00Z", "consents",
				List.of(consent("EMAIL", "2024-01-01T00:00:00Z"), consent("EMAIL", "never"))))).isEmpty();
		assertThat(outcome("HR-01", message("channel", "EMAIL", "sentAt", "2024-03-01T00:00:00Z", "consents",
				List.of(consent("EMAIL", "2024-05-01T00:00:00Z"), consent("EMAIL", "never")))))
				.containsExactly(MALFORMED_GIVEN_AT);
	}

	// ---------------------------------------------------------------- a value read twice in an and/or

	@Test
	void aValueBehindAFalsePartOfAnAndIsNotRead() {
		assertThat(outcome("HR-02", message("channel", "PHONE", "sentAt", "soon"))).containsExactly(NOT_RECENT);
	}

	@Test
	void aValueReadOnlyInTheSecondPartOfAnOrIsADataError() {
		assertThat(outcome("HR-02", message("channel", "SMS", "sentAt", "soon"))).containsExactly(MALFORMED_SENT_AT_02);
		assertThat(outcome("HR-02", message("channel", "EMAIL", "sentAt", "soon")))
				.containsExactly(MALFORMED_SENT_AT_02);
	}

	@Test
	void theFirstValueThatFailsInAnOrIsTheOneNamed() {
		assertThat(outcome("HR-02", message("channel", "FAX", "sentAt", "soon")))
				.containsExactly(MALFORMED_CHANNEL_02);
	}

	@Test
	void aValueReadTwiceGivesTheSameOutcome() {
		assertThat(outcome("HR-02", message("channel", "SMS", "sentAt", "2024-07-01T00:00:00Z"))).isEmpty();
		assertThat(outcome("HR-02", message("channel", "SMS", "sentAt", "2024-03-01T00:00:00Z")))
				.containsExactly(NOT_RECENT);
	}

	// ---------------------------------------------------------------- a reference read twice

	@Test
	void aReferenceToNoRecordIsADataErrorNamingTheReference() {
		assertThat(outcome("HR-03", message("recipient", "p-9"))).containsExactly(NO_SUCH_RECIPIENT);
	}

	@Test
	void aMalformedFieldBehindTheReferenceIsTheFirstDataError() {
		assertThat(outcome("HR-03", message("recipient", "p-2"))).containsExactly(MALFORMED_KIND);
	}

	@Test
	void aFieldBehindAFalsePartIsNotRead() {
		assertThat(outcome("HR-03", message("recipient", "p-3"))).containsExactly(NOT_TO_A_VIP);
	}

	@Test
	void aMissingFieldReadThroughTheReferenceAfterAnotherIsADataError() {
		assertThat(outcome("HR-03", message("recipient", "p-4"))).containsExactly(MISSING_VIP);
	}

	@Test
	void aReferenceReadTwiceInATermIsLookedUpOnce() {
		MapLookup lookup = people();
		List<Finding> findings = new ArrayList<>();

		policy.check("Message", Record.of(message("recipient", "p-1")), at("2024-09-01T00:00:00Z").withLookup(lookup),
				findings::add);

		assertThat(findings).filteredOn(f -> f.ruleId().equals("HR-03")).isEmpty();
		assertThat(lookup.asked()).containsExactly("Person:p-1");
	}
}
