package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

/**
 * {@code privacy check} with records related by a shared value and no file for the entity that value names (only
 * {@code Call.jsonl}), and a reference to an entity whose data file is absent: one data problem names the file.
 */
class SharingCheckTest {
	private static final String RULES = """
			policy Calls "Telephone prospecting" time zone "Europe/Paris"

			entity Call {
				id: text key
				personId: text
				calledAt: datetime
				samePerson: list of Call sharing personId
			}

			rule TEL-30 "At most three calls to one person in the last 30 days"
				basis "Consumer Code art. L223-1"
				Call requires (count of c in samePerson where c.calledAt after now - 30 days) <= 3
			""";

	@TempDir
	Path dir;

	@ParameterizedTest(name = "look-ups in {0}")
	@ValueSource(strings = { "memory", "disk" })
	void callsOfOnePersonAreCountedWithNoPersonFile(String lookups) throws Exception {
		StringBuilder calls = new StringBuilder();
		String[][] data = { { "1", "p-1", "2024-03-05" }, { "2", "p-1", "2024-03-10" }, { "3", "p-1", "2024-03-20" },
				{ "4", "p-1", "2024-03-25" }, { "5", "p-2", "2024-03-25" }, { "6", "p-3", "2024-01-02" },
				{ "7", "p-3", "2024-01-03" }, { "8", "p-3", "2024-01-04" }, { "9", "p-3", "2024-01-05" },
				{ "10", "p-3", "2024-03-30" } };
		for (String[] call : data) {
			calls.append("{\"id\": \"").append(call[0]).append("\", \"personId\": \"").append(call[1])
					.append("\", \"calledAt\": \"").append(call[2]).append("T10:00:00Z\"}\n");
		}
		Cli.write(dir, Map.of("rules/calls.privacy", RULES, "data/Call.jsonl", calls.toString()));

		JsonNode report = check("--lookups", lookups).json();

		List<String> violated = new ArrayList<>();
		report.get("findings").forEach(f -> violated.add(f.get("record").asString()));
		// p-1 was called four times in the 30 days before 2024-04-01; p-3 four times, but three of them long ago
		assertThat(violated).containsExactly("1", "2", "3", "4");
		assertThat(report.get("summary").get("dataProblems").asInt()).isZero();
	}

	@Test
	void aReferenceToAnEntityWithoutADataFileIsOneProblemNamingTheFile() throws Exception {
		Cli.write(dir, Map.of("rules/calls.privacy", """
				entity Person {
					id: text key
					optedOut: boolean
				}

				entity Call {
					id: text key
					person: Person
				}

				rule TEL-31 "No call to people who opted out"
					basis "Consumer Code art. L223-1"
					Call forbids person.optedOut
				""", "data/Call.jsonl", "{\"id\": \"1\", \"person\": \"ann@example.com\"}\n"
				+ "{\"id\": \"2\", \"person\": \"bob@example.com\"}\n"));

		Cli.Run run = check();
		JsonNode report = run.json();

		assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
		assertThat(report.get("dataProblems")).hasSize(1);
		String message = report.get("dataProblems").get(0).get("message").asString();
		assertThat(message).contains("'Person'", "Person.jsonl", "Person.csv").doesNotContain("example.com");
		assertThat(report.get("summary").get("dataErrors").asInt()).isEqualTo(2);
		assertThat(run.out()).doesNotContain("ann@", "bob@");
	}

	@ParameterizedTest(name = "look-ups in {0}")
	@ValueSource(strings = { "memory", "disk" })
	void sharedInstantsAndNumbersMatchWhateverTheirForm(String lookups) throws Exception {
		Cli.write(dir, Map.of("rules/slots.privacy", """
				entity Booking {
					id: text key
					room: number
					startsAt: datetime
					sameSlot: list of Booking sharing startsAt
					sameRoom: list of Booking sharing room
				}

				rule ROOM-01 "One booking a slot"
					basis "Internal policy"
					Booking requires count of sameSlot <= 1

				rule ROOM-02 "At most two bookings a room"
					basis "Internal policy"
					Booking requires count of sameRoom <= 2
				""", "data/Booking.jsonl", """
				{"id": "b1", "room": 1, "startsAt": "2024-03-01T10:00:00Z"}
				{"id": "b2", "room": "1.0", "startsAt": "2024-03-01T11:00+01:00"}
				{"id": "b3", "room": 1.0, "startsAt": "2024-03-01T12:00:00Z"}
				{"id": "b4", "room": 2, "startsAt": "2024-03-02T10:00:00Z"}
				"""));

		JsonNode report = check("--lookups", lookups).json();

		List<String> found = new ArrayList<>();
		report.get("findings").forEach(f -> found.add(f.get("rule").asString() + " " + f.get("record").asString()));
		assertThat(found).containsExactlyInAnyOrder("ROOM-01 b1", "ROOM-01 b2", "ROOM-02 b1", "ROOM-02 b2",
				"ROOM-02 b3");
	}

	@Test
	void manyCallsToOnePersonAreCheckedOnDisk() throws Exception {
		StringBuilder calls = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			calls.append("{\"id\": \"c").append(i).append("\", \"personId\": \"p-1\", \"calledAt\": \"2024-0")
					.append(1 + i % 3).append("-10T10:00:00Z\"}\n");
		}
		Cli.write(dir, Map.of("rules/calls.privacy", RULES.replace(
				"(count of c in samePerson where c.calledAt after now - 30 days) <= 3", "count of samePerson <= 3"),
				"data/Call.jsonl", calls.toString()));

		long start = System.nanoTime();
		JsonNode report = check("--lookups", "disk").json();

		assertThat(report.get("summary").get("violations").asInt()).isEqualTo(20_000);
		assertThat(System.nanoTime() - start).as("a hot shared value is read as a view, not copied per record")
				.isLessThan(120_000_000_000L);
	}

	private Cli.Run check(String... options) {
		List<String> args = new ArrayList<>(List.of("check", dir.toString(), "--rules", dir.resolve("rules").toString(),
				"--data", dir.resolve("data").toString(), "--now", "2024-04-01T00:00:00Z", "--format", "json"));
		args.addAll(List.of(options));
		return Cli.run(args.toArray(String[]::new));
	}
}
