package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key that thousands of records refer to (issue 10: 20,000 orders of one customer took 66 s and 2.6 GB, each order
 * reading its customer's whole list of orders) is checked in linear time and bounded memory: the run, in a JVM of
 * its own with 256 MB of heap, ends well within the time limit whichever place look-ups have.
 */
@Tag("slow") // limits: a JVM of its own checking 20,000 records; -Dprivacy.fast leaves it out
class HotKeyTest {
	private static final String RULES = """
			package shop

			policy Habits "Purchase habits"

			rule BUY-02 "A customer makes at most three purchases"
				basis "Shop terms art. 2"
				severity guidance
				Customer requires count of purchases <= 3

			rule BUY-03 "A purchase's customer makes at most three purchases"
				basis "Shop terms art. 2"
				severity guidance
				Purchase requires count of customer.purchases <= 3

			rule BUY-04 "A purchase has a customer who paid something"
				basis "Shop terms art. 3"
				severity guidance
				Purchase requires some other in customer.purchases satisfies other.amount > 0
			""";

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0} purchases of one customer")
	@ValueSource(ints = { 20_000, 100_000 })
	void aHotKeyIsCheckedInLinearTime(int purchases) throws Exception {
		Cli.write(dir, Map.of("rules/model.privacy", ShopRules.MODEL, "rules/habits.privacy", RULES,
				"data/Customer.jsonl", "{\"id\": \"c1\", \"email\": \"a@example.com\", \"age\": 30}\n"));
		StringBuilder csv = new StringBuilder("id,customer,amount\n");
		for (int i = 0; i < purchases; i++) {
			csv.append('p').append(i).append(",c1,").append(1 + i % 90).append('\n');
		}
		Files.writeString(dir.resolve("data/Purchase.csv"), csv);

		for (String lookups : List.of("memory", "disk")) {
			long start = System.nanoTime();
			Path report = dir.resolve("report-" + lookups + ".txt");
			Process run = new ProcessBuilder(javaCommand(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
					PrivacyCli.class.getName(), "check", dir.toString(), "--rules", dir.resolve("rules").toString(),
					"--data", dir.resolve("data").toString(), "--now", "2024-01-01T00:00:00Z", "--lookups", lookups,
					"--out", report.toString()).redirectErrorStream(true)
					.redirectOutput(dir.resolve("output-" + lookups + ".txt").toFile()).start();
			boolean ended = run.waitFor(180, TimeUnit.SECONDS);
			if (!ended) {
				run.destroyForcibly().waitFor();
			}
			long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
			System.out.printf("hot key: %,d purchases of one customer, look-ups in %s: %d s%n", purchases, lookups,
					seconds);

			assertThat(ended).as("the check of %d purchases of one customer ended within 180 s", purchases).isTrue();
			String output = Files.readString(dir.resolve("output-" + lookups + ".txt"), StandardCharsets.UTF_8);
			assertThat(run.exitValue()).as(output).isEqualTo(ExitCode.FINDINGS);
			String text = Files.readString(report, StandardCharsets.UTF_8);
			assertThat(text).contains("  violations:    " + (purchases + 1) + "\n", "  data problems: 0\n");
		}
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
				.toString();
	}
}
