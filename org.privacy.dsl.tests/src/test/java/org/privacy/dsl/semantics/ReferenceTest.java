package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacy.runtime.Context;

/**
 * References between entities: by key through the context's lookup, nested as JSON, several levels deep, and
 * {@code list of X via f} lists of the records that refer back.
 */
class ReferenceTest {

	private static final String MODEL = """
			enum PersonKind { individual, business }

			entity Company {
				id: text key
				country: text
			}

			entity Person {
				id: text key
				kind: PersonKind
				employer: Company
				consents: list of Consent via person
			}

			entity Consent {
				id: text key
				person: Person
				channel: Channel
			}

			entity Message {
				id: text key
				recipient: Person
			}
			""";

	private static final ConditionProbe MESSAGE = new ConditionProbe(MODEL, "Message");
	private static final ConditionProbe PERSON = new ConditionProbe(MODEL, "Person");

	private static final Context WITH_DATA = at("2024-03-01T00:00:00Z").withLookup(new MapLookup()
			.with("Company", Map.of("id", "acme", "country", "FR"))
			.with("Person", Map.of("id", "p-1", "kind", "individual", "employer", "acme"),
					Map.of("id", "p-2", "kind", "business", "employer", "acme"))
			.with("Consent", Map.of("id", "c-1", "person", "p-1", "channel", "EMAIL"),
					Map.of("id", "c-2", "person", "p-1", "channel", "SMS"),
					Map.of("id", "c-3", "person", "p-2", "channel", "PHONE_LIVE")));

	private static Map<String, Object> messageTo(Object recipient) {
		return Map.of("id", "m-1", "recipient", recipient);
	}

	@ParameterizedTest(name = "for a message to {1}, {0} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			recipient.kind = individual                                        | p-1 | true
			recipient.kind = individual                                        | p-2 | false
			recipient.employer.country = "FR"                                  | p-2 | true
			some c in recipient.consents satisfies c.channel = EMAIL           | p-1 | true
			some c in recipient.consents satisfies c.channel = EMAIL           | p-2 | false
			count of recipient.consents = 2                                    | p-1 | true
			every c in recipient.consents satisfies c.person.kind = individual | p-1 | true
			""")
	void referenceByKeyIsFoundThroughTheLookup(String condition, String recipient, boolean expected) {
		assertThat(MESSAGE.holds(condition, messageTo(recipient), WITH_DATA)).isEqualTo(expected);
	}

	@Test
	void keyGivenAsANumberFindsTheRecord() {
		Context numbered = WITH_DATA.withLookup(new MapLookup()
				.with("Person", Map.of("id", "42", "kind", "business", "employer", "acme"))
				.with("Company", Map.of("id", "acme", "country", "FR")));

		assertThat(MESSAGE.holds("recipient.kind = business", messageTo(42), numbered)).isTrue();
		assertThat(MESSAGE.holds("recipient.kind = business", messageTo(42.0), numbered)).isTrue();
	}

	@Test
	void referenceNestedInTheRecordNeedsNoLookup() {
		Map<String, Object> nested = messageTo(Map.of("id", "p-9", "kind", "individual", "employer",
				Map.of("id", "globex", "country", "DE")));
		Context noLookup = at("2024-03-01T00:00:00Z");

		assertThat(MESSAGE.holds("recipient.kind = individual", nested, noLookup)).isTrue();
		assertThat(MESSAGE.holds("recipient.employer.country = \"DE\"", nested, noLookup)).isTrue();
	}

	@Test
	void inverseListOfTheRuleSubjectItself() {
		assertThat(PERSON.holds("count of consents = 2", Map.of("id", "p-1", "kind", "individual", "employer", "acme"),
				WITH_DATA)).isTrue();
		assertThat(PERSON.holds("no c in consents satisfies c.channel = EMAIL",
				Map.of("id", "p-2", "kind", "business", "employer", "acme"), WITH_DATA)).isTrue();
		assertThat(PERSON.holds("count of consents = 0", Map.of("id", "p-3", "kind", "business", "employer", "acme"),
				WITH_DATA)).isTrue();
	}
}
