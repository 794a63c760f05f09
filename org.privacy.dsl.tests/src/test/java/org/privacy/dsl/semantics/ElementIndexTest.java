package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * A data error about one element of a list names that element by its index, in the finding's fields and in its
 * sentence: {@code devices[1].lastSeenAt}, whether the list is read by a quantifier, a count or an aggregate, and in
 * nested lists. Lists found in the data ({@code via}) keep {@code []}.
 */
class ElementIndexTest {

	static final String RULES = """
			policy Devices "Devices" time zone "Europe/Paris"

			entity Account {
				id: text key
				devices: list of Device
				logins: list of Login via account
			}

			entity Device {
				model: text
				lastSeenAt: datetime
				keys: list of Key
			}

			entity Key { createdAt: datetime }

			entity Login {
				account: Account
				at: datetime
			}

			rule DEV-01 "Devices are seen within the year"
				basis "Internal policy 1"
				Account requires every d in devices satisfies d.lastSeenAt after now - 365 days

			rule DEV-02 "At most one device unseen for a month"
				basis "Internal policy 2"
				Account requires (count of d in devices where d.lastSeenAt before now - 30 days) <= 1

			rule DEV-03 "The last device seen is recent"
				basis "Internal policy 3"
				Account requires latest of d.lastSeenAt for d in devices after now - 90 days

			rule DEV-04 "Keys are younger than two years"
				basis "Internal policy 4"
				Account requires every d in devices satisfies every k in d.keys satisfies k.createdAt after now - 730 days

			rule DEV-05 "Logins are recent"
				basis "Internal policy 5"
				Account requires every l in logins satisfies l.at after now - 365 days
			""";

	private static final Context NOW = at("2024-03-15T12:00:00Z");

	private final RecordPolicy records = CompiledRules.records(RULES);

	@SafeVarargs
	private static Map<String, Object> device(String lastSeenAt, Map<String, Object>... keys) {
		Map<String, Object> device = new HashMap<>();
		device.put("model", "phone");
		if (lastSeenAt != null) {
			device.put("lastSeenAt", lastSeenAt);
		}
		device.put("keys", List.of(keys));
		return device;
	}

	@Test
	void aDataErrorInAnElementNamesItsIndexInEveryKindOfLoop() {
		Map<String, Object> key = Map.of("createdAt", "2024-01-01T00:00Z");
		Map<String, Object> account = Map.of("id", "a-1", "devices",
				List.of(device("2024-03-01T00:00Z", key), device(null, key),
						device("2024-03-02T00:00Z", key, Map.of("createdAt", "not a date"))));

		List<Finding> findings = check(records, "Account", account, NOW);

		assertThat(findings).extracting(Finding::ruleId, Finding::status, f -> f.fields())
				.containsExactly(tuple("DEV-01", Status.DATA_ERROR, List.of("devices[1].lastSeenAt")),
						tuple("DEV-02", Status.DATA_ERROR, List.of("devices[1].lastSeenAt")),
						tuple("DEV-03", Status.DATA_ERROR, List.of("devices[1].lastSeenAt")),
						tuple("DEV-04", Status.DATA_ERROR, List.of("devices[2].keys[1].createdAt")));
		assertThat(findings.get(0).explanation()).contains("'devices[1].lastSeenAt' is missing");
		assertThat(findings.get(3).explanation()).contains("'devices[2].keys[1].createdAt'")
				.doesNotContain("not a date");
	}

	static final String QUANTIFIERS = """
			policy Fleet "Fleet" time zone "Europe/Paris"

			entity Account {
				id: text key
				devices: list of Device
			}

			entity Device {
				model: text
				lastSeenAt: datetime
			}

			term "lost device" for Account: some d in devices satisfies d.model = "lost"

			rule FLT-01 "Devices are seen within the year"
				basis "Internal policy 1"
				Account requires every d in devices satisfies d.lastSeenAt after now - 365 days

			rule FLT-02 "No device is lost"
				basis "Internal policy 2"
				Account forbids lost device

			rule FLT-03 "No device is a prototype"
				basis "Internal policy 3"
				Account requires no d in devices satisfies d.model = "prototype"

			rule FLT-04 "Some device is a phone"
				basis "Internal policy 4"
				Account requires some d in devices satisfies d.model = "phone"
			""";

	private static Map<String, Object> device(String model, String lastSeenAt) {
		return Map.of("model", model, "lastSeenAt", lastSeenAt);
	}

	@Test
	void aViolationFoundByAQuantifierNamesTheElementThatBrokeTheRule() {
		Map<String, Object> account = Map.of("id", "a-1", "devices", List.of(device("phone", "2024-03-01T00:00Z"),
				device("lost", "2022-01-01T00:00Z"), device("prototype", "2024-03-02T00:00Z")));

		List<Finding> findings = check(CompiledRules.records(QUANTIFIERS), "Account", account, NOW);

		// every: the first element that fails; a prohibition of some (through a term): the first that holds; no:
		// the first that holds
		assertThat(findings).extracting(Finding::ruleId, Finding::status, Finding::fields).containsExactly(
				tuple("FLT-01", Status.VIOLATED, List.of("devices", "devices[1].lastSeenAt")),
				tuple("FLT-02", Status.VIOLATED, List.of("devices", "devices[1].model")),
				tuple("FLT-03", Status.VIOLATED, List.of("devices", "devices[2].model")));
		// the sentences are those of before: the rule as written
		assertThat(findings.get(0).explanation()).doesNotContain("[1]");
	}

	@Test
	void aTermAlsoReadInTheScopeStillNamesTheElementThatBrokeTheRule() {
		// the scope evaluates the term first; its kept value must not hide which element the requirement stopped at
		String rules = QUANTIFIERS + """

				rule FLT-05 "No lost device, for accounts that have one or are named x"
					basis "Internal policy 5"
					Account where lost device or id = "x" forbids lost device
				""";
		Map<String, Object> account = Map.of("id", "a-3", "devices", List.of(device("phone", "2024-03-01T00:00Z"),
				device("lost", "2024-03-01T00:00Z")));

		List<Finding> findings = check(CompiledRules.records(rules), "Account", account, NOW);

		assertThat(findings).filteredOn(f -> f.ruleId().equals("FLT-05")).singleElement()
				.satisfies(f -> assertThat(f.fields()).contains("devices[1].model").noneMatch(p -> p.contains("[]")));
	}

	@Test
	void aQuantifierThatNoElementSatisfiesNamesNone() {
		Map<String, Object> account = Map.of("id", "a-2", "devices", List.of(device("tablet", "2024-03-01T00:00Z")));

		List<Finding> findings = check(CompiledRules.records(QUANTIFIERS), "Account", account, NOW);

		assertThat(findings).extracting(Finding::ruleId, Finding::fields)
				.containsExactly(tuple("FLT-04", List.of("devices", "devices[].model")));
	}

	@Test
	void aBoundObjectNamesTheElementToo() {
		long created = java.time.Instant.parse("2023-01-10T08:00:00Z").toEpochMilli();
		BoundUserRepresentation user = new BoundUserRepresentation("u-1", created,
				java.util.Date.from(java.time.Instant.parse("2023-01-20T08:00:00Z")), Map.of(),
				List.of(new BoundCredentialRepresentation("password", created),
						new BoundCredentialRepresentation("otp", created - 86_400_000L)));

		List<Finding> findings = CompiledRules.checkObject(CompiledRules.bound(RealModelTest.RULES), user, NOW);

		assertThat(findings).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("ACC-04", Status.VIOLATED));
		assertThat(findings.get(0).fields()).contains("credentials[1].createdDate")
				.noneMatch(path -> path.contains("[]"));
	}

	@Test
	void aListFoundInTheDataKeepsNoIndex() {
		Map<String, Object> account = Map.of("id", "a-1", "devices", List.of());
		Context context = NOW.withLookup(new MapLookup().with("Login", Map.of("account", "a-1")));

		List<Finding> findings = check(records, "Account", account, context);

		assertThat(findings).extracting(Finding::ruleId, f -> f.fields())
				.contains(tuple("DEV-05", List.of("logins[].at")));
	}
}
