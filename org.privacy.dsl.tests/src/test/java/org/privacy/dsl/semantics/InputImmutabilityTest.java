package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;

/** A validator only reads: mutable maps, lists and beans are the same after a check as before. */
class InputImmutabilityTest {

	private static final String RULES = """
			entity Consent {
				channel: Channel
				givenAt: datetime
				withdrawnAt: datetime optional
			}

			entity Prospect {
				id: text key
				consents: list of Consent
				tags: list of text
			}

			entity Message {
				id: text key
				recipient: Prospect
				channel: Channel
				sentAt: datetime
				answeredAt: datetime optional
			}

			term optin for Message:
				some c in recipient.consents satisfies c.channel = channel and c.givenAt before sentAt
			term answer for Message: event answeredAt counted from sentAt

			rule IMM-01 "Consent first" basis "CPCE art. L34-5" Message requires optin
			rule IMM-02 "Answer within a week" basis "Internal policy 1" Message requires answer within 1 week
			rule IMM-03 "Tagged prospects" basis "Internal policy 2"
				Message requires (count of t in recipient.tags where t = "vip") = 0 and recipient.id is present
			""";

	private static final Context NOW = at("2024-03-15T00:00:00Z");

	/** A deep copy of maps and lists, to compare what the validator was given before and after. */
	private static Object snapshot(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new HashMap<>();
			map.forEach((k, v) -> copy.put(k, snapshot(v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(v -> copy.add(snapshot(v)));
			return copy;
		}
		return value;
	}

	private static Map<String, Object> mutable(Object... namesAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

	@Test
	void mapsListsAndLookupRecordsAreUnchangedAfterChecking() {
		Map<String, Object> prospect = mutable("id", "p-1", "tags", new ArrayList<>(List.of("vip", "fr")), "consents",
				new ArrayList<>(List.of(mutable("channel", "EMAIL", "givenAt", "2024-01-01T00:00:00Z", "withdrawnAt",
						null), mutable("channel", "SMS", "givenAt", "not a date"))));
		Map<String, Object> nested = mutable("id", "m-1", "recipient", prospect, "channel", "EMAIL", "sentAt",
				"2024-03-01T00:00:00Z");
		Map<String, Object> byKey = mutable("id", "m-2", "recipient", "p-1", "channel", "SMS", "sentAt",
				Instant.parse("2024-03-01T00:00:00Z"), "answeredAt", "2024-03-20T00:00:00Z");
		Object before = snapshot(List.of(prospect, nested, byKey));

		Context context = NOW.withLookup(new MapLookup().with("Prospect", prospect));
		assertThat(check(CompiledRules.records(RULES), "Message", nested, context)).isNotEmpty();
		assertThat(check(CompiledRules.records(RULES), "Message", byKey, context)).isNotEmpty();

		assertThat(snapshot(List.of(prospect, nested, byKey))).isEqualTo(before);
	}

	@Test
	void beansAndTheirListsAreUnchangedAfterChecking() {
		BoundConsent consent = new BoundConsent("c-1", Medium.EMAIL, Instant.parse("2024-01-01T00:00:00Z"), null);
		BoundProspect prospect = new BoundProspect("p-1", ContactKind.individual, true, LocalDate.of(2020, 1, 1),
				new ArrayList<>(List.of(consent)));
		List<Object> before = prospect.snapshot();
		BoundMessage message = new BoundMessage("m-1", prospect, Medium.EMAIL,
				OffsetDateTime.parse("2024-03-01T10:00:00+01:00"), true);

		checkObject(CompiledRules.bound(BoundModeTest.RULES), message, NOW);
		checkObject(CompiledRules.bound(BoundModeTest.RULES),
				new BoundMessage("m-2", prospect, Medium.SMS, message.sentAt(), false), NOW);

		assertThat(prospect.snapshot()).isEqualTo(before);
		assertThat(prospect.getConsents()).containsExactly(consent);
	}
}
