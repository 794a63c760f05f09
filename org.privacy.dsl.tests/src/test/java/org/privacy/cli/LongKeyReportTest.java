package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long record key does not multiply the size of a report (issue 10: the text report padded every finding of a rule
 * to its longest key, so that one key of 1 MB made a report of 212 MB). Reports for people show a key of at most 40
 * characters, then its length; the JSON report, for programs, keeps it whole, once.
 */
class LongKeyReportTest {
	private static final int LONG = 100_000;
	private static final int OTHERS = 300;

	@TempDir
	Path dir;
	private long dataSize;

	@BeforeEach
	void writeData() throws IOException {
		Cli.write(dir, ShopRules.files());
		StringBuilder customers = new StringBuilder();
		customers.append(customer("k".repeat(LONG))).append(customer("j".repeat(LONG) + "\u202e"));
		for (int i = 0; i < OTHERS; i++) {
			customers.append(customer("c" + i));
		}
		// a long key used twice: the data problem shows it shortened too
		customers.append(customer("k".repeat(LONG)));
		Cli.write(dir, Map.of("data/Customer.jsonl", customers.toString()));
		dataSize = Files.size(dir.resolve("data/Customer.jsonl"));
	}

	private static String customer(String key) {
		return "{\"id\": \"" + key + "\", \"email\": \"someone@example.com\", \"age\": 16}\n";
	}

	@Test
	void theTextReportIsNotMultipliedByALongKey() {
		Cli.Run run = check("text");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		String report = run.out();
		assertThat(report.length()).as("report of %d characters for %d bytes of data", report.length(), dataSize)
				.isLessThan((int) dataSize / 2);
		assertThat(report).contains("  violated    " + "k".repeat(40) + "\u2026 (100000 characters)  customer ",
				"  violated    " + "j".repeat(40) + "\u2026 (100001 characters)  customer ",
				// short keys are padded to the column's widest, 40, not to the long keys
				"  violated    c7" + " ".repeat(38) + "  customer ");
		assertThat(report).contains("Customer key 'id' \"" + "k".repeat(40) + "\u2026 (100000 characters)\" is already used");
		assertThat(report.lines().mapToInt(String::length).max().getAsInt()).isLessThan(200);
	}

	@Test
	void theHtmlReportShowsLongKeysShortened() {
		Cli.Run run = check("html");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		assertThat(run.out().length()).isLessThan((int) dataSize / 2);
		assertThat(run.out()).contains("k".repeat(40) + "\u2026 (100000 characters)").doesNotContain("k".repeat(41));
	}

	@Test
	void theJsonReportKeepsEachKeyWholeOnce() {
		Cli.Run run = check("json");

		List<String> records = new ArrayList<>();
		run.json().get("findings").forEach(finding -> records.add(finding.get("record").asString()));
		assertThat(records).hasSize(OTHERS + 2).contains("k".repeat(LONG), "j".repeat(LONG) + "\u202e");
		assertThat(run.out().length()).isLessThan((int) dataSize * 2);
	}

	private Cli.Run check(String format) {
		return Cli.run("check", dir.toString(), "--rules", dir.resolve("rules").toString(), "--data",
				dir.resolve("data").toString(), "--now", "2024-01-01T00:00:00Z", "--format", format);
	}
}
