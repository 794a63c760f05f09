package org.privacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * On generated data (benchmarks/bulk's generator: prospects, consents, message sends, calls) with the Canal+ rules
 * and a rolling-window rule over a person's calls, Spark's findings equal the CLI's, record for record.
 */
class GeneratedDataEquivalenceTest {
	private static final String NOW = "2024-01-01T00:00:00Z";
	private static final int RECORDS = 20_000;

	@TempDir
	static Path work;
	private static Path folder;
	private static SparkTestSupport.Compiled compiled;
	private static JsonNode cliReport;

	@BeforeAll
	static void generate() throws Exception {
		folder = work.resolve("check");
		Path rules = Files.createDirectories(folder.resolve("rules"));
		for (String file : List.of("model.privacy", "vocabulary.privacy", "rules.privacy")) {
			Files.copy(Path.of("../examples/canal-plus/rules", file), rules.resolve(file));
		}
		Files.copy(Path.of("../benchmarks/bulk/cross-record/window.privacy"), rules.resolve("window.privacy"));
		Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"../benchmarks/bulk/GenerateBulkData.java", "cross-record", Integer.toString(RECORDS),
				folder.resolve("data").toString()).inheritIO().start();
		assertThat(generator.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(generator.exitValue()).isZero();
		compiled = SparkTestSupport.compile(rules, work.resolve("build"));
	}

	private static synchronized JsonNode cliReport() throws Exception {
		if (cliReport == null) {
			cliReport = SparkTestSupport.cliReport(folder, NOW);
		}
		return cliReport;
	}

	private static List<String> cliFindings() throws Exception {
		return SparkTestSupport.findings(cliReport());
	}

	/**
	 * Started as {@code spark-submit} starts a JVM (the options of Spark's launcher, nothing from the environment) and
	 * with less memory for Spark than the check's cached Datasets take, the check still gives the CLI's findings: it
	 * keeps them on disk, none in Spark's memory.
	 */
	@Test
	@Tag("slow") // Spark with 8 MB spills every sort: a minute or two alone, many more on a loaded machine
	void underMemoryPressureTheFindingsStillEqualTheCli() throws Exception {
		Path out = work.resolve("pressure-findings.txt");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
		command.addAll(List.of("-Xmx512m", "-cp",
				work.resolve("build/policies.jar") + File.pathSeparator + System.getProperty("java.class.path"),
				MemoryPressureRun.class.getName(), folder.resolve("data").toString(), NOW, out.toString()));
		compiled.policies().forEach(policy -> command.add(policy.getClass().getName()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(work.resolve("pressure-log.txt").toFile());
		builder.environment().remove("JDK_JAVA_OPTIONS");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		Process child = builder.start();
		if (!child.waitFor(12, TimeUnit.MINUTES)) {
			child.destroyForcibly();
			throw new AssertionError("the check under memory pressure did not end within 12 minutes");
		}
		String log = Files.readString(work.resolve("pressure-log.txt"));
		assertThat(child.exitValue()).as(log).isZero();
		assertThat(log).doesNotContain("InaccessibleObjectException");
		Matcher cached = Pattern.compile("cached (\\d+) bytes in memory, (\\d+) on disk").matcher(log);
		assertThat(cached.find()).as(log).isTrue();
		assertThat(Long.parseLong(cached.group(1))).as("cached in memory").isZero();
		assertThat(Long.parseLong(cached.group(2))).as("cached on disk: more than Spark's 8 MB of memory")
				.isGreaterThan(8L << 20);
		assertThat(Files.readAllLines(out)).containsExactlyElementsOf(cliFindings());
	}

	@Test
	void crossRecordFindingsEqualTheCli() throws Exception {
		List<String> cli = cliFindings();
		Map<String, Dataset<Row>> data = SparkReaders.folder(SparkTestSupport.spark(), compiled.model(),
				folder.resolve("data"), "data");
		SparkCheck check = PrivacySpark.checker(compiled.policies())
				.now(Instant.parse(NOW)).run(SparkTestSupport.spark(), data);
		List<String> spark = SparkTestSupport.sparkFindings(check.findings().collectAsList());

		assertThat(cli).anyMatch(finding -> finding.startsWith("TEL-09 "));
		assertThat(cli).anyMatch(finding -> finding.startsWith("MKT-01 "));
		assertThat(spark).containsExactlyElementsOf(cli);
		assertThat(SparkTestSupport.ruleCounts(check)).containsExactlyElementsOf(SparkTestSupport.ruleCounts(cliReport()));
	}
}
