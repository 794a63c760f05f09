package org.privacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** Spark's findings on the Canal+ example equal the CLI's JSON findings, record for record. */
class CanalPlusEquivalenceTest {
	private static final Path EXAMPLE = Path.of("../examples/canal-plus");
	private static final String NOW = "2023-10-12T00:00:00Z";

	@TempDir
	static Path work;
	private static SparkTestSupport.Compiled compiled;

	@BeforeAll
	static void compile() throws Exception {
		compiled = SparkTestSupport.compile(EXAMPLE.resolve("rules"), work);
	}

	@Test
	void findingsEqualTheCli() throws Exception {
		JsonNode report = SparkTestSupport.cliReport(EXAMPLE, NOW);
		List<String> cli = SparkTestSupport.findings(report);
		Map<String, Dataset<Row>> data = SparkReaders.folder(SparkTestSupport.spark(), compiled.model(),
				EXAMPLE.resolve("data"), "data");
		SparkCheck check = PrivacySpark.checker(compiled.policies())
				.now(Instant.parse(NOW)).run(SparkTestSupport.spark(), data);
		List<String> spark = SparkTestSupport.sparkFindings(check.findings().collectAsList());

		assertThat(cli).hasSizeGreaterThan(100);
		assertThat(spark).containsExactlyElementsOf(cli);
		// per rule, the records judged, in scope and passed: the JSON report's summary, in its order
		List<String> cliRules = SparkTestSupport.ruleCounts(report);
		assertThat(cliRules).hasSizeGreaterThan(5).anyMatch(rule -> !rule.endsWith(" 0"));
		assertThat(SparkTestSupport.ruleCounts(check)).containsExactlyElementsOf(cliRules);
		assertThat(check.problems().collectAsList()).isEmpty();
		long summarised = check.summary().collectAsList().stream().mapToLong(row -> row.getLong(2)).sum();
		assertThat(summarised).isEqualTo(cli.size());
	}

	@Test
	void personalDataIsRevealedOnlyWhenAsked() throws Exception {
		List<String> cli = SparkTestSupport.cliFindings(EXAMPLE, NOW, "--reveal-personal-data");
		Map<String, Dataset<Row>> data = SparkReaders.folder(SparkTestSupport.spark(), compiled.model(),
				EXAMPLE.resolve("data"), "data");
		SparkCheck check = PrivacySpark.checker(compiled.policies()).now(Instant.parse(NOW)).revealPersonalData(true)
				.run(SparkTestSupport.spark(), data);
		List<String> spark = SparkTestSupport.sparkFindings(check.findings().collectAsList());

		assertThat(spark).containsExactlyElementsOf(cli);
		assertThat(spark).isNotEqualTo(SparkTestSupport.cliFindings(EXAMPLE, NOW)); // the masked ones differ
	}
}
