package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code privacy check} end to end on the Canal+ example. */
class CanalPlusCheckTest {
	private static final String NOW = "2023-10-12T00:00:00Z";
	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	@Test
	void jsonReportHasExactlyTheExpectedFindings() throws IOException {
		Cli.Run run = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", "json");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
		JsonNode expected = new JsonMapper().readTree(Cli.canalPlus().resolve("expected-findings.json").toFile());
		assertThat(keys(run.json().get("findings"))).containsExactlyInAnyOrderElementsOf(keys(expected.get("findings")));
		JsonNode summary = run.json().get("summary");
		assertThat(summary.get("findings").asInt()).isEqualTo(112);
		assertThat(summary.get("violations").asInt()).isEqualTo(101);
		assertThat(summary.get("byStatus").get("pending").asInt()).isEqualTo(2);
		assertThat(summary.get("records").get("rejected").asInt()).isZero();
		assertThat(run.json().get("dataProblems").size()).isZero();
		assertThat(run.json().get("now").asString()).isEqualTo(NOW);
	}

	@Test
	void jsonFindingsCarryEveryFieldAndAreSorted() {
		JsonNode findings = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", "json").json()
				.get("findings");

		JsonNode first = findings.get(0);
		for (String field : List.of("rule", "title", "status", "severity", "basis", "entity", "record", "location",
				"fields", "explanation")) {
			assertThat(first.has(field)).as(field).isTrue();
		}
		assertThat(first.get("location").asString()).matches("data/SecurityIncident\\.jsonl:\\d+");
		List<String> order = new ArrayList<>();
		findings.forEach(f -> order.add(f.get("rule").asString() + " " + f.get("entity").asString() + " "
				+ f.get("record").asString()));
		assertThat(order).isSorted();
	}

	@Test
	void sameInputGivesTheSameReport() {
		String[] args = { "check", Cli.canalPlus().toString(), "--now", NOW, "--format", "json" };
		assertThat(Cli.run(args).out()).isEqualTo(Cli.run(args).out());
	}

	@Test
	void textReportGroupsFindingsByArticleThenRule() {
		Cli.Run run = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW);

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains("GDPR art. 33(1)\n---------------\nBRC-01 (law) Notify the supervisory authority")
				.containsPattern("\n  late +inc-0006 .*\n\nBRC-03 \\(law\\) ");
		assertThat(run.out()).containsPattern("\n  overdue +inc-0001 +security incident inc-0001");
		assertThat(run.out().indexOf("\nGDPR art. 7\n")).isLessThan(run.out().indexOf("\nGDPR art. 12(3)\n"));
		assertThat(run.out()).contains("Data problems\n=============\nnone");
		assertThat(run.out()).contains("not read: expected-findings.json");
		assertThat(run.out()).containsPattern("\n  all +578 +458 +0\n");
		assertThat(run.out()).contains("violations:    101");
	}

	@Test
	void reportsShowNoRawPersonalData() throws IOException {
		Set<String> emails = emailsInData();
		assertThat(emails).isNotEmpty();

		for (String format : List.of("text", "json", "html")) {
			String out = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", format).out();
			assertThat(emails).noneMatch(out::contains);
			assertThat(out).doesNotContain("emp.gchevalier1").contains("********r1");
		}
	}

	@Test
	void revealingPersonalDataShowsIt() {
		String out = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--reveal-personal-data").out();

		assertThat(out).contains("account emp.gchevalier1 stores its password with MD4");
	}

	@Test
	void outWritesTheReportToAFile(@TempDir Path tmp) throws IOException {
		Path report = tmp.resolve("reports/canal.json");

		Cli.Run run = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", "json", "--out",
				report.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).startsWith("report written to ").contains("112 findings");
		assertThat(Files.readString(report))
				.isEqualTo(Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", "json").out());
		try (Stream<Path> files = Files.list(report.getParent())) {
			assertThat(files).containsExactly(report);
		}
	}

	private static List<String> keys(JsonNode findings) {
		List<String> keys = new ArrayList<>();
		findings.forEach(f -> keys.add(f.get("rule").asString() + " " + f.get("status").asString() + " "
				+ f.get("entity").asString() + " " + f.get("record").asString()));
		return keys;
	}

	private static Set<String> emailsInData() throws IOException {
		Set<String> emails = new TreeSet<>();
		try (Stream<Path> files = Files.list(Cli.canalPlus().resolve("data"))) {
			for (Path file : files.toList()) {
				Matcher m = EMAIL.matcher(Files.readString(file));
				while (m.find()) {
					emails.add(m.group());
				}
			}
		}
		return emails;
	}
}
