package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.privacy.check.DataProblem;
import org.privacy.check.EntityCounts;
import org.privacy.check.Findings;
import org.privacy.check.LocatedFinding;
import org.privacy.check.ReportInputs;
import org.privacy.check.RunFolder;
import org.privacy.check.SpillList;
import org.privacy.cli.report.CheckReport;
import org.privacy.cli.report.JsonReport;
import org.privacy.cli.report.TextReport;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Severity;
import org.privacy.runtime.Status;

/**
 * Findings and problems that go to disk come back exactly, in report order, and the reports written from them are
 * the same bytes as from findings held in memory.
 */
class FindingsSpillTest {
	private static final List<RuleInfo> RULES = List.of(
			new RuleInfo("MKT-01", "Email needs consent", List.of("CPCE art. L34-5", "GDPR art. 7"), Severity.LAW,
					"MessageSend"),
			new RuleInfo("BRC-01", "Notify within 72 hours", List.of("GDPR art. 33"), Severity.LAW, "Incident"),
			new RuleInfo("SEC-02", "No weak hashes \"quoted\" </script>", List.of(), Severity.GUIDANCE, "Credential"));
	private static final List<String> FILES = List.of("data/MessageSend.jsonl", "data/Incident.csv",
			"data/Credential.json");

	/** Findings in a shuffled order, with every kind of value a report shows. */
	private static List<LocatedFinding> findings(int count) {
		Random random = new Random(42);
		List<LocatedFinding> findings = new ArrayList<>();
		Status[] statuses = CheckReport.REPORTED.toArray(Status[]::new);
		for (int i = 0; i < count; i++) {
			RuleInfo rule = RULES.get(random.nextInt(RULES.size()));
			String record = random.nextInt(10) == 0 ? null : "r-" + random.nextInt(count / 3 + 1);
			String explanation = "record " + record + " — ünïcödé 名前 \"x\"\n" + "y".repeat(random.nextInt(50));
			List<String> fields = random.nextBoolean() ? List.of() : List.of("sentAt", "channel");
			findings.add(new LocatedFinding(new Finding(rule, statuses[random.nextInt(statuses.length)], record, fields,
					explanation), FILES.get(random.nextInt(FILES.size())), 1 + random.nextInt(100_000)));
		}
		return findings;
	}

	private static List<String> shown(Iterable<LocatedFinding> findings) {
		List<String> shown = new ArrayList<>();
		for (LocatedFinding f : findings) {
			shown.add(f.finding().ruleId() + "|" + f.finding().status() + "|" + f.finding().record() + "|"
					+ f.finding().fields() + "|" + f.finding().explanation() + "|" + f.location() + "|"
					+ f.finding().rule().title());
		}
		return shown;
	}

	@Test
	void findingsOnDiskComeBackSortedAndWhole() throws IOException {
		List<LocatedFinding> all = findings(5_000);
		try (Findings spilled = ReportInputs.findings(all, 97);
				Findings inMemory = ReportInputs.findings(all, 1_000_000)) {

			assertThat(spilled.runs()).isGreaterThan(40);
			assertThat(inMemory.runs()).isZero();
			List<LocatedFinding> sorted = new ArrayList<>(all);
			sorted.sort(LocatedFinding.ORDER);
			assertThat(shown(spilled)).isEqualTo(shown(sorted)).isEqualTo(shown(inMemory));
			for (RuleInfo rule : RULES) {
				assertThat(shown(spilled.ofRule(rule.id())))
						.isEqualTo(shown(sorted.stream().filter(f -> f.finding().rule() == rule).toList()));
			}
			assertThat(spilled.byStatus()).isEqualTo(inMemory.byStatus());
			assertThat(spilled.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5_000);
			assertThat(spilled.violations()).isEqualTo(
					all.stream().filter(f -> f.finding().status().isViolation()).count());
		}
	}

	@Test
	void reportsFromFindingsOnDiskAreTheSameBytes() throws IOException {
		List<LocatedFinding> all = findings(3_000);
		List<DataProblem> problems = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			problems.add(new DataProblem(FILES.get(i % 3), 1 + (i * 7919) % 1000, "the line is not UTF-8 text " + i));
		}
		Collections.shuffle(problems, new Random(7));

		assertThat(render(all, problems, 50, true)).isEqualTo(render(all, problems, 1_000_000, true));
		assertThat(render(all, problems, 50, false)).isEqualTo(render(all, problems, 1_000_000, false));
	}

	@Test
	void runsAreDeletedWhenClosed() throws IOException {
		Path temp = RunFolder.get();
		Set<Path> before = runFiles(temp);
		Findings findings = ReportInputs.findings(findings(200), 10);
		assertThat(runFiles(temp)).hasSizeGreaterThanOrEqualTo(before.size() + 19);
		findings.iterator().next(); // a reader left open
		findings.close();
		assertThat(runFiles(temp)).isSubsetOf(before);
	}

	private static Set<Path> runFiles(Path dir) throws IOException {
		try (var files = Files.list(dir)) {
			return Set.copyOf(files.filter(f -> f.getFileName().toString().startsWith("report-")).toList());
		}
	}

	private static String render(List<LocatedFinding> all, List<DataProblem> problems, int inMemory, boolean json)
			throws IOException {
		try (Findings findings = ReportInputs.findings(all, inMemory);
				SpillList<DataProblem> spilled = ReportInputs.problems(problems, inMemory)) {
			EntityCounts counts = ReportInputs.counts(1, 0, 0);
			CheckReport report = new CheckReport("data", Instant.parse("2024-01-01T00:00:00Z"), List.of("P"), RULES,
					findings, spilled, Map.of("MessageSend", counts), List.of("notes.csv"), Set.of());
			StringWriter text = new StringWriter();
			if (json) {
				JsonReport.write(report, new PrintWriter(text));
			} else {
				TextReport.write(report, false, new PrintWriter(text));
			}
			assertThat(text.toString()).contains("r-1").contains("the line is not UTF-8 text 499");
			return text.toString();
		}
	}
}
