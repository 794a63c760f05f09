package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import org.privacy.runtime.Status;

/**
 * A rule that reads several fields through one reference looks the referenced record up once per rule and record,
 * and still gives the same data error, naming the same field, when the reference is missing or names no record.
 */
class ReferenceLookedUpOnceTest {

	private static final String RULES = """
			enum PersonKind { individual, business }

			entity Person {
				id: text key
				kind: PersonKind
				objectionOffered: boolean
			}

			entity Message {
				id: text key
				recipient: Person
			}

			rule REF-ONCE "Messages go to individuals who were offered to object"
				basis "Internal policy 1"
				Message requires recipient.kind = individual and recipient.objectionOffered
			""";

	private final RecordPolicy policy = CompiledRules.records(RULES);

	/** The people: a look-up that keeps the keys it is asked for. */
	private static MapLookup people() {
		return new MapLookup().with("Person",
				Map.of("id", "p-1", "kind", "individual", "objectionOffered", true),
				Map.of("id", "p-2", "kind", "individual"),
				Map.of("id", "p-3", "kind", "robot", "objectionOffered", true));
	}

	private static Map<String, Object> messageTo(Object recipient) {
		Map<String, Object> message = new HashMap<>();
		message.put("id", "m-1");
		if (recipient != null) {
			message.put("recipient", recipient);
		}
		return message;
	}

	@Test
	void twoFieldsReadThroughOneReferenceLookItUpOnce() {
		MapLookup lookup = people();
		List<Finding> findings = new ArrayList<>();

		policy.check("Message", Record.of(messageTo("p-1")), at("2024-03-01T00:00:00Z").withLookup(lookup),
				findings::add);

		assertThat(findings).isEmpty();
		assertThat(lookup.asked()).containsExactly("Person:p-1");
	}

	@Test
	void aReferenceToNoRecordIsOneDataErrorNamingTheReference() {
		assertThat(checkMessageTo("p-9")).extracting(Finding::status, Finding::fields)
				.containsExactly(tuple(Status.DATA_ERROR, List.of("recipient")));
	}

	@Test
	void aMissingReferenceIsOneDataErrorNamingTheReference() {
		assertThat(checkMessageTo(null)).extracting(Finding::status, Finding::fields)
				.containsExactly(tuple(Status.DATA_ERROR, List.of("recipient")));
	}

	@Test
	void aFieldMissingBehindTheReferenceIsADataErrorNamingIt() {
		assertThat(checkMessageTo("p-2")).extracting(Finding::status, Finding::fields)
				.containsExactly(tuple(Status.DATA_ERROR, List.of("recipient.objectionOffered")));
	}

	@Test
	void aMalformedFieldBehindTheReferenceIsADataErrorNamingIt() {
		assertThat(checkMessageTo("p-3")).extracting(Finding::status, Finding::fields)
				.containsExactly(tuple(Status.DATA_ERROR, List.of("recipient.kind")));
	}

	private List<Finding> checkMessageTo(Object recipient) {
		Context context = at("2024-03-01T00:00:00Z").withLookup(people());
		return check(policy, "Message", messageTo(recipient), context);
	}
}
