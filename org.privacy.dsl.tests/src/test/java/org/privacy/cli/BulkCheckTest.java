package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The streaming check gives the same report whatever the number of jobs and wherever look-ups are kept, over data
 * with cross-record rules, duplicates and broken lines spread across many batches.
 */
class BulkCheckTest {
	private static final String MORE_RULES = """
			package shop

			policy Habits "Purchase habits"

			rule BUY-02 "A customer makes at most three purchases"
				basis "Shop terms art. 2"
				severity guidance
				Customer requires count of purchases <= 3
			""";

	@TempDir
	static Path dir;

	@BeforeAll
	static void writeData() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("rules/habits.privacy", MORE_RULES));
		Random random = new Random(20231012);
		StringBuilder customers = new StringBuilder();
		int customerCount = 3_000;
		for (int i = 0; i < customerCount; i++) {
			if (i % 701 == 700) {
				customers.append("{\"id\": \"c").append(i).append("\", broken\n");
			} else if (i % 499 == 498) {
				// a second record with an earlier key, far from the first: another batch, maybe another thread
				customers.append(customer(random.nextInt(i), random)).append('\n');
			} else {
				customers.append(customer(i, random)).append('\n');
			}
		}
		StringBuilder purchases = new StringBuilder("id,customer,amount\n");
		for (int i = 0; i < 9_000; i++) {
			purchases.append('p').append(i).append(",c").append(random.nextInt(customerCount + 50)).append(',')
					.append(1 + random.nextInt(90)).append('\n');
		}
		Cli.write(dir, Map.of("data/Customer.jsonl", customers.toString(), "data/Purchase.csv",
				purchases.toString()));
	}

	private static String customer(int id, Random random) {
		return "{\"id\": \"c" + id + "\", \"email\": \"person" + id + "@example.com\", \"age\": "
				+ (random.nextInt(20) == 0 ? 16 : 18 + random.nextInt(60)) + "}";
	}

	@Test
	void theReportIsTheSameForAnyNumberOfJobsAndEitherPlaceOfLookups() {
		Cli.Run oneJob = check("--jobs", "1", "--lookups", "memory");

		assertThat(oneJob.exitCode()).as(oneJob.err()).isEqualTo(1);
		JsonNode summary = oneJob.json().get("summary");
		assertThat(summary.get("findings").asInt()).isGreaterThan(500);
		assertThat(summary.get("dataProblems").asInt()).isEqualTo(4 + 6);
		for (List<String> options : List.of(List.of("--jobs", "2", "--lookups", "memory"),
				List.of("--jobs", "3", "--lookups", "disk"), List.of("--jobs", "1", "--lookups", "disk"),
				List.of("--lookups", "auto"))) {
			Cli.Run other = check(options.toArray(String[]::new));
			assertThat(other.out()).as("report with %s", options).isEqualTo(oneJob.out());
			assertThat(other.err()).as("nothing on standard error when it is not a terminal").isEmpty();
		}
	}

	@Test
	void crossRecordRulesSeeRecordsOfOtherFiles() {
		JsonNode report = check("--jobs", "2", "--lookups", "disk").json();
		List<String> rules = new ArrayList<>();
		report.get("findings").forEach(finding -> rules.add(finding.get("rule").asString()));

		assertThat(rules).contains("AGE-01", "BUY-01", "BUY-02");
		// purchases of customers that do not exist cannot be checked: data errors, not a crash
		assertThat(report.get("summary").get("dataErrors").asInt()).isPositive();
	}

	@Test
	void theFirstOfTwoRecordsWithOneKeyIsCheckedWhateverTheBatches() {
		JsonNode report = check("--jobs", "3").json();
		List<String> duplicates = new ArrayList<>();
		report.get("dataProblems").forEach(problem -> {
			if (problem.get("message").asString().contains("already used")) {
				duplicates.add(problem.get("line").asString());
			}
		});

		// customers at lines 499, 998, ... repeat an earlier key; the earlier line is named as the first
		assertThat(duplicates).containsExactly("499", "998", "1497", "1996", "2495", "2994");
	}

	@Test
	void theFirstOfTwoStoredRecordsWithOneKeyIsTheOneLookedUpWhateverTheJobs(@TempDir Path other) throws IOException {
		// c7 is an adult at line 1 and a minor again at line 4,000, blocks of lines later (blocks of 64 KB): with
		// several jobs the two are parsed on different threads, and the first must still be the one stored
		StringBuilder customers = new StringBuilder();
		for (int i = 1; i <= 4_000; i++) {
			int id = i == 4_000 ? 7 : i == 7 ? 4_000 : i;
			int age = i == 4_000 ? 16 : i == 1 ? 30 : 40;
			customers.append("{\"id\": \"c").append(i == 1 ? 7 : id).append("\", \"email\": \"p").append(i)
					.append("@example.com\", \"age\": ").append(age).append("}\n");
		}
		Cli.write(other, ShopRules.files());
		Cli.write(other, Map.of("data/Customer.jsonl", customers.toString(), "data/Purchase.csv",
				"id,customer,amount\np1,c7,10\np2,c7,20\n"));

		for (String jobs : List.of("1", "2", "4")) {
			Cli.Run run = Cli.run("check", other.toString(), "--rules", other.resolve("rules").toString(), "--data",
					other.resolve("data").toString(), "--now", "2024-01-01T00:00:00Z", "--format", "json", "--jobs",
					jobs, "--lookups", "disk");

			List<String> rules = new ArrayList<>();
			run.json().get("findings").forEach(finding -> rules.add(finding.get("rule").asString()));
			assertThat(rules).as("jobs %s: c7's purchases are an adult's", jobs).doesNotContain("BUY-01");
			assertThat(run.json().get("dataProblems").get(0).get("message").asString())
					.contains("already used by the record at data/Customer.jsonl:1");
		}
	}

	@Test
	void aKeyRepeatedInAnotherFileIsNotLookedUpTwice(@TempDir Path other) throws IOException {
		Cli.write(other, ShopRules.files());
		Cli.write(other, Map.of("rules/habits.privacy", MORE_RULES.replace("<= 3", "<= 1"), "data/Customer.jsonl",
				"{\"id\": \"c1\", \"email\": \"a@example.com\", \"age\": 30}\n", "data/Purchase/part-1.csv",
				"id,customer,amount\np1,c1,10\n", "data/Purchase/part-2.csv", "id,customer,amount\np1,c1,10\n"));

		Cli.Run run = Cli.run("check", other.toString(), "--rules", other.resolve("rules").toString(), "--data",
				other.resolve("data").toString(), "--now", "2024-01-01T00:00:00Z", "--format", "json");

		List<String> rules = new ArrayList<>();
		run.json().get("findings").forEach(finding -> rules.add(finding.get("rule").asString()));
		assertThat(rules).as("the second p1 is a duplicate: c1 has one purchase").doesNotContain("BUY-02");
		assertThat(run.json().get("dataProblems").get(0).get("message").asString())
				.contains("already used by the record at data/Purchase/part-1.csv:2");
	}

	@Test
	void jobsMustBePositive() {
		Cli.Run run = check("--jobs", "0");

		assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
		assertThat(run.err()).contains("--jobs must be at least 1");
	}

	private static Cli.Run check(String... options) {
		List<String> args = new ArrayList<>(List.of("check", dir.toString(), "--rules", dir.resolve("rules").toString(),
				"--data", dir.resolve("data").toString(), "--now", "2024-01-01T00:00:00Z", "--format", "json"));
		args.addAll(List.of(options));
		return Cli.run(args.toArray(String[]::new));
	}
}
