package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Records related by a shared plain value ({@code list of E sharing f [as g]}) with no data for the entity the value
 * names, and references compared by key ({@code caller = callee}), in records and bound mode.
 */
class SharingTest {

	private static final String RULES = """
			policy Calls "Calls" time zone "Europe/Paris"

			entity Person bound to "org.privacy.dsl.semantics.BoundPerson" { id: text key }

			entity Call bound to "org.privacy.dsl.semantics.BoundCall" {
				id: text key
				personId: text optional
				calledAt: datetime
				samePerson: list of Call sharing personId
				caller: Person
				callee: Person
			}

			entity Objection {
				subjectId: text
				madeAt: datetime
			}

			entity Visit {
				badge: number
				at: datetime
			}

			entity Employee {
				id: text key
				badge: number
				visits: list of Visit sharing badge
				objections: list of Objection sharing id as subjectId
			}

			rule TEL-20 "At most two calls to one person in 30 days"
				basis "Consumer Code art. L223-1"
				Call requires (count of c in samePerson where c.calledAt after calledAt - 30 days
					and not c.calledAt after calledAt) <= 2

			rule TEL-21 "Nobody calls themselves"
				basis "Internal policy"
				severity guidance
				Call forbids caller = callee

			rule HR-02 "Employees with badges that visited"
				basis "Internal policy"
				severity guidance
				Employee requires (count of visits) >= 1 and (no o in objections satisfies o.madeAt before now)
			""";

	private static final Context NOW = at("2024-03-31T12:00:00Z");

	private final RecordPolicy records = CompiledRules.records(RULES);
	private final Policy bound = CompiledRules.bound(RULES);

	private static Map<String, Object> call(String id, String person, String calledAt) {
		Map<String, Object> call = new HashMap<>();
		call.put("id", id);
		if (person != null) {
			call.put("personId", person);
		}
		call.put("calledAt", calledAt);
		call.put("caller", "agent-1");
		call.put("callee", "p-" + id);
		return call;
	}

	private static final List<Map<String, ?>> CALLS = List.of(call("1", "p-1", "2024-03-01T09:00:00Z"),
			call("2", "p-1", "2024-03-10T09:00:00Z"), call("3", "p-1", "2024-03-20T09:00:00Z"),
			call("4", "p-2", "2024-03-20T09:00:00Z"), call("5", "p-1", "2024-01-05T09:00:00Z"));

	/** Only calls: there is no Person data at all, and no Person is ever looked up. */
	private static final Context WITH_CALLS = NOW.withLookup(new MapLookup().with("Call", CALLS.toArray(Map[]::new))
			.with("Visit", "none", Map.of("badge", 42, "at", "2024-03-01T00:00:00Z"))
			.with("Objection", "none", Map.of("subjectId", "e-2", "madeAt", "2024-03-01T00:00:00Z")));

	private List<String> recordsFindings(String entity, Map<String, ?> values) {
		return check(records, entity, values, WITH_CALLS).stream().map(SharingTest::describe).toList();
	}

	private static String describe(Finding f) {
		return f.ruleId() + " " + f.status();
	}

	@Test
	void theListHoldsTheRecordsWithTheSameValueThisOneIncluded() {
		// the third call to p-1 in 30 days (calls 1, 2 and 3; call 5 is older): one too many
		assertThat(recordsFindings("Call", CALLS.get(2))).containsExactly("TEL-20 VIOLATED");
		// the second: within the limit, the record itself counted
		assertThat(recordsFindings("Call", CALLS.get(1))).isEmpty();
		assertThat(recordsFindings("Call", CALLS.get(3))).isEmpty();
	}

	@Test
	void aMissingSharedValueGivesAnEmptyListNotADataError() {
		assertThat(recordsFindings("Call", call("9", null, "2024-03-20T09:00:00Z"))).isEmpty();
	}

	@Test
	void numbersAreSharedWhateverTheirForm() {
		assertThat(recordsFindings("Employee", Map.of("id", "e-1", "badge", "42"))).isEmpty();
		assertThat(recordsFindings("Employee", Map.of("id", "e-1", "badge", 42.0))).isEmpty();
		assertThat(recordsFindings("Employee", Map.of("id", "e-1", "badge", 7))).containsExactly("HR-02 VIOLATED");
	}

	@Test
	void aSharedValueOfTheWrongTypeIsADataError() {
		List<Finding> found = check(records, "Employee", Map.of("id", "e-1", "badge", "forty-two"), WITH_CALLS);
		assertThat(found).extracting(Finding::status).containsExactly(Status.DATA_ERROR);
		assertThat(found.get(0).explanation()).contains("badge").doesNotContain("forty-two");
	}

	@Test
	void anotherEntityMatchedByAFieldOfAnotherName() {
		assertThat(recordsFindings("Employee", Map.of("id", "e-2", "badge", 42))).containsExactly("HR-02 VIOLATED");
	}

	@Test
	void referencesAreComparedByKey() {
		Map<String, Object> self = call("8", "p-8", "2024-03-20T09:00:00Z");
		self.put("caller", "p-8");
		self.put("callee", "p-8");
		assertThat(recordsFindings("Call", self)).containsExactly("TEL-21 VIOLATED");
		// a nested record and a key name the same record when the key is the same
		self.put("caller", Map.of("id", "p-8"));
		assertThat(recordsFindings("Call", self)).containsExactly("TEL-21 VIOLATED");
		self.put("callee", "p-9");
		assertThat(recordsFindings("Call", self)).isEmpty();
	}

	@Test
	void aReferenceIsOneOfOthersWhenItsKeyIs() {
		ConditionProbe calls = new ConditionProbe("""
				entity Person { id: text key }
				entity Call {
					id: text key
					caller: Person
					callee: Person
					witness: Person
				}
				""", "Call");
		Map<String, Object> call = Map.of("id", "1", "caller", "p-1", "callee", Map.of("id", "p-2"), "witness", "p-1");

		assertThat(calls.holds("caller is one of callee, witness", call, NOW)).isTrue();
		assertThat(calls.holds("callee is one of caller, witness", call, NOW)).isFalse();
		assertThat(calls.holds("callee is not one of caller, witness", call, NOW)).isTrue();
		assertThat(calls.holds("caller != witness", call, NOW)).isFalse();
	}

	@Test
	void boundModeReadsTheListAndComparesKeys() {
		Instant day = Instant.parse("2024-03-20T09:00:00Z");
		BoundCall older = new BoundCall("1", "p-1", Instant.parse("2024-03-01T09:00:00Z"), List.of(), agent(), person());
		BoundCall recent = new BoundCall("2", "p-1", Instant.parse("2024-03-10T09:00:00Z"), List.of(), agent(),
				person());
		BoundCall third = new BoundCall("3", "p-1", day, List.of(older, recent), agent(), person());
		assertThat(checkObject(bound, third, NOW)).isEmpty();
		BoundCall fourth = new BoundCall("4", "p-1", day, List.of(older, recent, third), agent(), person());
		assertThat(checkObject(bound, fourth, NOW)).extracting(SharingTest::describe)
				.containsExactly("TEL-20 VIOLATED");
		BoundCall self = new BoundCall("5", "p-1", day, List.of(), new BoundPerson("p-1"), new BoundPerson("p-1"));
		assertThat(checkObject(bound, self, NOW)).extracting(SharingTest::describe)
				.containsExactly("TEL-21 VIOLATED");
	}

	private static BoundPerson agent() {
		return new BoundPerson("agent-1");
	}

	private static BoundPerson person() {
		return new BoundPerson("p-1");
	}
}
