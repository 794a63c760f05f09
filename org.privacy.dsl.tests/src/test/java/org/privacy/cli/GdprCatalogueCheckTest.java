package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * {@code privacy check} and {@code privacy test} on the GDPR catalogue: the findings on its synthetic data are
 * exactly those an independent oracle ({@link CatalogueOracle}) computes from the same files, and its scenarios pass.
 */
@Tag("slow") // the whole GDPR catalogue against its oracle; -Dprivacy.fast leaves it out
class GdprCatalogueCheckTest {
	private static final String NOW = "2025-01-15T00:00:00Z";

	private static Path catalogue() {
		return Cli.repoRoot().resolve("examples/gdpr-catalogue");
	}

	@Test
	void findingsAreExactlyTheOraclesOnes() {
		Cli.Run run = Cli.run("check", catalogue().toString(), "--now", NOW, "--format", "json");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
		List<String> actual = new ArrayList<>();
		run.json().get("findings").forEach(f -> actual.add(f.get("rule").asString() + " " + f.get("status").asString()
				+ " " + f.get("entity").asString() + " " + f.get("record").asString()));
		Collections.sort(actual);
		List<String> expected = new ArrayList<>();
		CatalogueOracle.expected(catalogue(), Instant.parse(NOW)).forEach(f -> expected.add(f.toString()));
		assertThat(actual).containsExactlyElementsOf(expected);
		JsonNode summary = run.json().get("summary");
		assertThat(summary.get("dataErrors").asInt()).isZero();
		assertThat(summary.get("records").get("rejected").asInt()).isZero();
		assertThat(run.json().get("dataProblems").size()).isZero();
	}

	@Test
	void theDataExercisesMostRulesAndEveryStatus() {
		List<CatalogueOracle.Finding> expected = CatalogueOracle.expected(catalogue(), Instant.parse(NOW));

		Set<String> rules = new TreeSet<>();
		Set<String> statuses = new TreeSet<>();
		expected.forEach(f -> {
			rules.add(f.rule());
			statuses.add(f.status());
		});
		assertThat(rules).hasSizeGreaterThanOrEqualTo(40);
		assertThat(statuses).containsExactlyInAnyOrder("violated", "late", "overdue", "pending", "exempt");
	}

	/** The oracle of the rules written with the constructs of language v2 finds something for each of them. */
	@Test
	void theOracleOfTheNextRulesCoversThemAll() {
		Set<String> rules = new TreeSet<>();
		CatalogueOracle.expectedOfNextRules(catalogue(), Instant.parse(NOW)).forEach(f -> rules.add(f.rule()));

		assertThat(rules).containsExactlyInAnyOrder("TEL-21", "TEL-22", "TEL-23", "TEL-24", "RET-04", "RET-08", "RTS-19",
				"SEC-04", "SEC-05", "SEC-08", "PRC-09");
		assertThat(CatalogueNextOracle.easter(2024)).hasToString("2024-03-31");
		assertThat(CatalogueNextOracle.easter(2025)).hasToString("2025-04-20");
		assertThat(CatalogueNextOracle.frenchHoliday(java.time.LocalDate.of(2024, 5, 9))).as("Ascension 2024").isTrue();
		assertThat(CatalogueNextOracle.frenchHoliday(java.time.LocalDate.of(2024, 3, 29))).isFalse();
		assertThat(CatalogueNextOracle.alsaceMoselleHoliday(java.time.LocalDate.of(2024, 3, 29))).isTrue();
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
