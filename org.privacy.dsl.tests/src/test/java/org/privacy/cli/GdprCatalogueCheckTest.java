package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * {@code privacy check} and {@code privacy test} on the GDPR catalogue: the findings on its synthetic data are
 * exactly those an independent oracle ({@link CatalogueOracle}) computes from the same files, and its scenarios pass.
 */
class GdprCatalogueCheckTest {
	private static final String NOW = "2025-01-15T00:00:00Z";

	private static Path catalogue() {
		return Cli.repoRoot().resolve("examples/gdpr-catalogue");
	}

	@Test
	void findingsAreExactlyTheOraclesOnes() {
		Cli.Run run = Cli.run("check", catalogue().toString(), "--now", NOW, "--format", "json");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
		Set<String> actual = new TreeSet<>();
		run.json().get("findings").forEach(f -> actual.add(f.get("rule").asString() + " " + f.get("status").asString()
				+ " " + f.get("entity").asString() + " " + f.get("record").asString()));
		Set<String> expected = new TreeSet<>();
		CatalogueOracle.expected(catalogue(), Instant.parse(NOW)).forEach(f -> expected.add(f.toString()));
		assertThat(actual).containsExactlyElementsOf(expected);
		JsonNode summary = run.json().get("summary");
		assertThat(summary.get("dataErrors").asInt()).isZero();
		assertThat(summary.get("records").get("rejected").asInt()).isZero();
		assertThat(run.json().get("dataProblems").size()).isZero();
	}

	@Test
	void theDataExercisesMostRulesAndEveryStatus() {
		Set<CatalogueOracle.Finding> expected = CatalogueOracle.expected(catalogue(), Instant.parse(NOW));

		Set<String> rules = new TreeSet<>();
		Set<String> statuses = new TreeSet<>();
		expected.forEach(f -> {
			rules.add(f.rule());
			statuses.add(f.status());
		});
		assertThat(rules).hasSizeGreaterThanOrEqualTo(40);
		assertThat(statuses).containsExactlyInAnyOrder("violated", "late", "overdue", "pending", "exempt");
	}

	@Test
	void scenariosPassAndCoverEveryRule() {
		Cli.Run run = Cli.run("test", catalogue().resolve("rules").toString(), "--coverage");

		assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
		assertThat(run.out()).containsPattern("\\d+ passed, 0 failed")
				.containsPattern("coverage: (\\d+) of \\1 rules have a violating and a passing scenario");
	}

	@Test
	void rulesAreInCanonicalLayoutAndLintClean() {
		assertThat(Cli.run("fmt", "--check", catalogue().resolve("rules").toString()).exitCode()).isZero();
		Cli.Run lint = Cli.run("lint", catalogue().resolve("rules").toString());
		assertThat(lint.exitCode()).as(lint.out()).isZero();
		assertThat(lint.out()).contains("0 errors, 0 warnings");
	}
}
