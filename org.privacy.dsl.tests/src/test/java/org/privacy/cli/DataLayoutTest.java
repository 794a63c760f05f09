package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** Which files {@code privacy check} reads, in which formats, and how it names their records' locations. */
class DataLayoutTest {

	@TempDir
	Path dir;

	@Test
	void readsFilesNamedAfterAnEntityAndFoldersNamedAfterOne() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of(
				"export/customer.json", """
						[
						  {"id": "c1", "email": "a@example.com", "age": 30},
						  {"id": "c2", "email": "b@example.com", "age": 15,
						   "address": {"city": "Lyon", "lines": ["1 rue X"]}}
						]
						""",
				"export/Purchase/part-1.csv", "\uFEFFid,customer,amount\r\np1,c2,\"1\r\n0\"\r\n",
				"export/Purchase/part-2.jsonl", "{\"id\": \"p2\", \"customer\": \"c1\", \"amount\": 3}\n",
				"export/orders.csv", "id\n1\n",
				"export/notes.txt", "not data"));

		Cli.Run run = Cli.run("check", dir.toString(), "--now", "2024-01-01T00:00:00Z", "--format", "json");

		JsonNode report = run.json();
		assertThat(locations(report)).containsExactly("AGE-01 export/customer.json:3",
				"BUY-01 export/Purchase/part-1.csv:2");
		assertThat(report.get("summary").get("records").get("read").asInt()).isEqualTo(4);
		assertThat(report.get("ignoredFiles").get(0).asString()).isEqualTo("export/orders.csv");
		assertThat(report.get("ignoredFiles").size()).isEqualTo(1);
		assertThat(report.get("dataProblems").size()).isZero();
	}

	@Test
	void dataAndRulesCanBeElsewhere(@TempDir Path elsewhere) throws IOException {
		Cli.write(elsewhere, ShopRules.files());
		Cli.write(dir, Map.of("Customer.jsonl", "{\"id\": \"c1\", \"email\": \"a@example.com\", \"age\": 3}\n"));

		Cli.Run run = Cli.run("check", dir.toString(), "--rules", elsewhere.resolve("rules").toString(), "--now",
				"2024-01-01T00:00:00Z");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains("violated    c1").contains("no data file for Purchase, which rules check");
	}

	@Test
	void aJsonSyntaxErrorEndsOnlyItsFile() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("Customer.json", "[\n{\"id\": \"c1\", \"age\": 30},\n{\"id\": \"c2\" \"age\": 3},\n 7\n]",
				"Purchase.csv", "id,customer,amount\np1,c1,\"unclosed\n"));

		JsonNode report = Cli.run("check", dir.toString(), "--format", "json").json();

		List<String> problems = new ArrayList<>();
		report.get("dataProblems").forEach(p -> problems.add(p.get("file").asString() + ":" + p.get("line").asInt()
				+ " " + p.get("message").asString()));
		assertThat(problems).hasSize(2);
		assertThat(problems.get(0)).startsWith("Customer.json:3 not valid JSON").endsWith("could not be read");
		assertThat(problems.get(1)).startsWith("Purchase.csv:").contains("not valid CSV");
		assertThat(report.get("summary").get("records").get("checked").asInt()).isEqualTo(1);
	}

	private static List<String> locations(JsonNode report) {
		List<String> locations = new ArrayList<>();
		report.get("findings").forEach(f -> locations.add(f.get("rule").asString() + " " + f.get("location").asString()));
		return locations;
	}
}
