package org.privacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

	@Test
	void crossRecordFindingsEqualTheCli() throws Exception {
		List<String> cli = SparkTestSupport.cliFindings(folder, NOW);
		Map<String, Dataset<Row>> data = SparkReaders.folder(SparkTestSupport.spark(), compiled.model(),
				folder.resolve("data"), "data");
		SparkCheck check = PrivacySpark.checker(compiled.policies())
				.now(Instant.parse(NOW)).run(SparkTestSupport.spark(), data);
		List<String> spark = SparkTestSupport.sparkFindings(check.findings().collectAsList());

		assertThat(cli).anyMatch(finding -> finding.startsWith("TEL-09 "));
		assertThat(cli).anyMatch(finding -> finding.startsWith("MKT-01 "));
		assertThat(spark).containsExactlyElementsOf(cli);
	}
}
