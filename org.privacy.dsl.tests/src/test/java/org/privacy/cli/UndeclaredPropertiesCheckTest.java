package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * {@code privacy check} builds only the values of declared fields of a JSON Lines record, yet a field read from
 * another property ({@code from attributes key "roles"}) still gets its value, in the record checked and in the
 * records looked up, and properties no rule reads neither change a finding nor hide a bad line.
 */
class UndeclaredPropertiesCheckTest {
	private static final String RULES = """
			policy Accounts "Accounts" time zone "Europe/Paris"

			entity Account {
				id: text key
				shut: boolean
				roles: list of text from attributes key "roles" empty when missing
				owner: Person optional
			}

			entity Person {
				id: text key
				roles: list of text from attributes key "roles" empty when missing
			}

			rule ACC-02 "Closed accounts have no roles"
				basis "security policy art. 2"
				Account where shut requires count of roles = 0

			rule ACC-03 "An account's owner has no roles"
				basis "security policy art. 3"
				Account where owner is present requires count of owner.roles = 0
			""";

	@TempDir
	Path dir;

	@ParameterizedTest(name = "look-ups in {0}")
	@ValueSource(strings = { "memory", "disk" })
	void fieldsReadFromAnotherPropertyGetTheirValues(String lookups) throws Exception {
		Cli.write(dir, Map.of("rules/accounts.privacy", RULES, "data/Account.jsonl", """
				{"id": "a1", "note": "not read", "shut": true, "attributes": {"roles": ["admin"]}, "owner": "p1"}
				{"id": "a2", "shut": true, "extra": {"deep": [1, {"x": null}]}, "attributes": {"roles": []}}
				{"id": "a3", "shut": false, "attributes": {"roles": ["admin"]}, "owner": "p2"}
				{"id": "a4", "shut": true, "extra": {"n": 1, "n": 2}}
				""", "data/Person.jsonl", """
				{"id": "p1", "name": "not read", "attributes": {"roles": []}}
				{"id": "p2", "attributes": {"roles": ["auditor"]}, "tags": [1, 2, 3]}
				"""));

		JsonNode report = check("--lookups", lookups).json();

		List<String> violated = new ArrayList<>();
		report.get("findings").forEach(f -> violated.add(f.get("rule").asString() + " " + f.get("record").asString()));
		assertThat(violated).containsExactly("ACC-02 a1", "ACC-03 a3");
		// a property named twice in an object no rule reads still rejects the line
		assertThat(report.get("summary").get("dataProblems").asInt()).isEqualTo(1);
	}

	private Cli.Run check(String... options) {
		List<String> args = new ArrayList<>(List.of("check", dir.toString(), "--rules", dir.resolve("rules").toString(),
				"--data", dir.resolve("data").toString(), "--now", "2024-04-01T00:00:00Z", "--format", "json"));
		args.addAll(List.of(options));
		return Cli.run(args.toArray(String[]::new));
	}
}
