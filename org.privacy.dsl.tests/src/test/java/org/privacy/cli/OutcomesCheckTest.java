package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code privacy check --outcomes all}: every record each rule judged gets an outcome in the JSON and JSON Lines
 * reports, and every summary counts, per rule, the records in scope and passed, with or without the option. Checked
 * on the Canal+ example against counts computed here from the data files, not by the compiler.
 */
class OutcomesCheckTest {
	private static final String NOW = "2023-10-12T00:00:00Z";
	private static final JsonMapper JSON = new JsonMapper();

	@TempDir
	Path dir;

	@Test
	void everyRecordOfEveryRuleGetsOneOutcome() throws IOException {
		JsonNode report = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", "json", "--outcomes",
				"all").json();
		Map<String, Map<String, Integer>> byRule = new TreeMap<>();
		for (JsonNode outcome : report.get("findings")) {
			byRule.computeIfAbsent(outcome.get("rule").asString(), r -> new TreeMap<>())
					.merge(outcome.get("status").asString(), 1, Integer::sum);
		}
		JsonNode rules = report.get("summary").get("rules");
		assertThat(rules.size()).isEqualTo(13);
		for (Map.Entry<String, JsonNode> rule : rules.properties()) {
			Map<String, Integer> statuses = byRule.getOrDefault(rule.getKey(), Map.of());
			int total = statuses.values().stream().mapToInt(Integer::intValue).sum();
			assertThat(total).as(rule.getKey()).isEqualTo(rule.getValue().get("records").asInt());
			assertThat(statuses.getOrDefault("satisfied", 0)).as(rule.getKey())
					.isEqualTo(rule.getValue().get("passed").asInt());
			assertThat(total - statuses.getOrDefault("not-applicable", 0)).as(rule.getKey())
					.isEqualTo(rule.getValue().get("inScope").asInt());
		}
		// the findings are those of a run without the option
		assertThat(report.get("summary").get("findings").asInt()).isEqualTo(112);
		assertThat(report.get("findings").size()).isGreaterThan(112);
	}

	@Test
	void theCountsMatchTheDataCountedIndependently() throws IOException {
		// MKT-06: electronic marketing (channel EMAIL, SMS, AUTOMATED_CALL or FAX, purpose marketing, an individual
		// recipient) requires senderNamed and optOutLink
		Map<String, String> kinds = new HashMap<>();
		for (JsonNode prospect : lines(Cli.canalPlus().resolve("data/Prospect.jsonl"))) {
			kinds.put(prospect.get("id").asString(), prospect.get("kind").asString());
		}
		int records = 0;
		int inScope = 0;
		int passed = 0;
		for (JsonNode message : lines(Cli.canalPlus().resolve("data/MessageSend.jsonl"))) {
			records++;
			boolean electronic = Set.of("EMAIL", "SMS", "AUTOMATED_CALL", "FAX")
					.contains(message.get("channel").asString())
					&& "marketing".equals(message.get("purpose").asString())
					&& "individual".equals(kinds.get(message.get("recipient").asString()));
			if (electronic) {
				inScope++;
				if (message.get("senderNamed").asBoolean() && message.get("optOutLink").asBoolean()) {
					passed++;
				}
			}
		}
		for (String outcomes : List.of("findings", "all")) {
			JsonNode counts = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", "json",
					"--outcomes", outcomes).json().get("summary").get("rules").get("MKT-06");
			assertThat(counts.get("records").asInt()).as(outcomes).isEqualTo(records);
			assertThat(counts.get("inScope").asInt()).as(outcomes).isEqualTo(inScope);
			assertThat(counts.get("passed").asInt()).as(outcomes).isEqualTo(passed);
		}
	}

	@Test
	void theJsonLinesReportHasTheOutcomesOfTheJsonReport() throws IOException {
		Cli.Run lines = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", "jsonl", "--outcomes",
				"all");
		JsonNode json = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", "json", "--outcomes",
				"all").json();

		assertThat(lines.exitCode()).as(lines.err()).isEqualTo(1);
		List<String> fromLines = new ArrayList<>();
		for (String line : lines.out().split("\n")) {
			JsonNode outcome = JSON.readTree(line);
			fromLines.add(key(outcome));
		}
		List<String> fromJson = new ArrayList<>();
		json.get("findings").forEach(f -> fromJson.add(key(f)));
		assertThat(fromLines).containsExactlyInAnyOrderElementsOf(fromJson);
		assertThat(lines.out()).endsWith("}\n").doesNotContain("@example");
	}

	@Test
	void withoutTheOptionReportsListFindingsOnlyAndStillCountEveryRule() {
		Cli.Run text = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW);
		assertThat(text.out()).contains("   records  in scope    passed").doesNotContain("satisfied ", "not-applicable");
		Cli.Run jsonl = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", "jsonl");
		assertThat(jsonl.out().split("\n")).hasSize(112);
		Cli.Run noted = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--outcomes", "all");
		assertThat(noted.err()).contains("--outcomes all is written by --format json and jsonl");
		assertThat(noted.out()).isEqualTo(text.out());
	}

	/** Many records streamed in little memory: the JSON Lines report holds one line per record and rule. */
	@Test
	void aLargeCheckStreamsItsOutcomesInBoundedMemory() throws Exception {
		int records = 200_000;
		Cli.write(dir, Map.of("rules/people.privacy", """
				policy People "People"
				entity Person {
					id: text key
					age: number
				}
				rule P-1 "Members are adults"
					basis "GDPR art. 8"
					Person where age < 120 requires age >= 18
				"""));
		StringBuilder data = new StringBuilder();
		for (int i = 0; i < records; i++) {
			data.append("{\"id\": \"p").append(i).append("\", \"age\": ").append(i % 130).append("}\n");
		}
		Files.createDirectories(dir.resolve("data"));
		Files.writeString(dir.resolve("data/Person.jsonl"), data);
		Path report = dir.resolve("outcomes.jsonl");
		Process run = new ProcessBuilder(javaCommand(), "-Xmx96m", "-cp", System.getProperty("java.class.path"),
				PrivacyCli.class.getName(), "check", dir.toString(), "--rules", dir.resolve("rules").toString(),
				"--data", dir.resolve("data").toString(), "--now", NOW, "--format", "jsonl", "--outcomes", "all",
				"--out", report.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("output.txt").toFile())
				.start();
		boolean ended = run.waitFor(300, TimeUnit.SECONDS);
		if (!ended) {
			run.destroyForcibly().waitFor();
		}
		String output = Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8);
		assertThat(ended).isTrue();
		assertThat(run.exitValue()).as(output).isEqualTo(ExitCode.FINDINGS);
		Map<String, Integer> statuses = new TreeMap<>();
		try (var lines = Files.lines(report)) {
			lines.forEach(line -> statuses.merge(JSON.readTree(line).get("status").asString(), 1, Integer::sum));
		}
		// ages 0..129: 0..17 violated, 18..119 satisfied, 120..129 not applicable
		int cycles = records / 130;
		int rest = records % 130;
		assertThat(statuses).containsEntry("violated", cycles * 18 + Math.min(rest, 18))
				.containsEntry("satisfied", cycles * 102 + Math.max(0, Math.min(rest, 120) - 18))
				.containsEntry("not-applicable", cycles * 10 + Math.max(0, rest - 120));
		assertThat(output).contains("report written to " + report);
	}

	private static String key(JsonNode outcome) {
		return outcome.get("rule").asString() + " " + outcome.get("record").asString() + " "
				+ outcome.get("status").asString() + " " + outcome.get("location").asString();
	}

	private static List<JsonNode> lines(Path file) throws IOException {
		List<JsonNode> nodes = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				nodes.add(JSON.readTree(line));
			}
		}
		return nodes;
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
				.toString();
	}
}
