package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.cli.command.LintCommand;
import org.privacy.cli.files.AtomicFiles;
import org.privacy.cli.report.SarifReport;
import org.privacy.dsl.compiler.IssueCodeRegistry;
import org.privacy.dsl.validation.IssueCodes;

import tools.jackson.databind.JsonNode;

/**
 * {@code privacy lint}: every diagnostic as text or SARIF 2.1.0; exit 1 when a rule file has errors, 0 otherwise
 * (warnings alone too), 2 for usage problems.
 */
class LintCommandTest {
	private static final String BAD_MODEL = """
			package shop

			entity Customer {
				id: text key
				age: nmber
			}
			""";

	/** A missing basis (warning, line 5) and an unknown name (error, line 7). */
	private static final String BAD_RULES = """
			package shop

			policy Shop "Shop rules"

			rule AGE-01 "Customers are adults"
				severity law
				Customer requires aeg >= 18
			""";

	/** Only a warning: a rule without a basis. */
	private static final String WARNING_RULES = """
			package shop

			policy Shop "Shop rules"

			rule AGE-01 "Customers are adults"
				Customer requires age >= 18
			""";

	@TempDir
	Path tmp;

	/** A folder under the current one, for SARIF locations relative to %SRCROOT%; deleted after each test. */
	private Path local;

	@AfterEach
	void deleteLocal() throws IOException {
		if (local != null) {
			AtomicFiles.deleteTree(local);
		}
	}

	// text

	@Test
	void cleanRulesGiveASummaryAndExitZero() throws IOException {
		Cli.write(tmp, ShopRules.files());

		Cli.Run run = Cli.run("lint", tmp.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 2 files\n");
		assertThat(run.err()).isEmpty();
	}

	@Test
	void warningsAloneExitZero() throws IOException {
		Cli.write(tmp, Map.of("model.privacy", ShopRules.MODEL, "rules.privacy", WARNING_RULES));

		Cli.Run run = Cli.run("lint", tmp.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).containsPattern("(?m)^\\Q" + tmp.resolve("rules.privacy")
				+ "\\E:5:\\d+: warning privacy\\.missing-basis: .+$")
				.endsWith("0 errors, 1 warning in 2 files\n");
	}

	@Test
	void errorsAreListedInOrderAndExitOne() throws IOException {
		Cli.write(tmp, Map.of("a/model.privacy", BAD_MODEL, "b/rules.privacy", BAD_RULES));

		Cli.Run run = Cli.run("lint", tmp.toString());

		assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
		assertThat(run.err()).isEmpty();
		String model = tmp.resolve("a/model.privacy").toString();
		String rules = tmp.resolve("b/rules.privacy").toString();
		assertThat(run.out().lines().toList()).satisfiesExactly(
				line -> assertThat(line).startsWith(model + ":5:7: error privacy.unknown-name: "),
				line -> assertThat(line).startsWith(rules + ":5:6: warning privacy.missing-basis: "),
				line -> assertThat(line).startsWith(rules + ":7:").contains(": error privacy.unknown-name: ")
						.contains("'aeg'"),
				line -> assertThat(line).isEqualTo("2 errors, 1 warning in 2 files"));
	}

	@Test
	void pathsAreCompiledTogether() throws IOException {
		Cli.write(tmp, Map.of("model/model.privacy", ShopRules.MODEL, "rules/rules.privacy", ShopRules.RULES));

		Cli.Run together = Cli.run("lint", tmp.resolve("model").toString(),
				tmp.resolve("rules/rules.privacy").toString());
		Cli.Run alone = Cli.run("lint", tmp.resolve("rules").toString());

		assertThat(together.exitCode()).as(together.out()).isZero();
		assertThat(together.out()).isEqualTo("0 errors, 0 warnings in 2 files\n");
		assertThat(alone.exitCode()).isEqualTo(1);
		assertThat(alone.out()).contains("error privacy.unknown-name").endsWith(" in 1 file\n");
	}

	@Test
	void aSyntaxErrorIsADiagnostic() throws IOException {
		Cli.write(tmp, Map.of("rules.privacy", "package shop\npolicy"));

		Cli.Run run = Cli.run("lint", tmp.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains(": error privacy.syntax: ").doesNotContain("Exception");
		assertThat(run.err()).isEmpty();
	}

	@Test
	void theCanalPlusExampleLintsClean() {
		Cli.Run text = Cli.run("lint", Cli.canalPlus().toString());
		Cli.Run sarif = Cli.run("lint", Cli.canalPlus().resolve("rules").toString(), "--format", "sarif");

		assertThat(text.exitCode()).as(text.out()).isZero();
		assertThat(text.out()).matches("0 errors, 0 warnings in \\d+ files\n");
		assertThat(sarif.exitCode()).isZero();
		assertThat(sarif.json().at("/runs/0/results").isArray()).isTrue();
		assertThat(sarif.json().at("/runs/0/results").size()).isZero();
	}

	// usage problems

	@Test
	void usageProblemsExitTwo() throws IOException {
		Files.createDirectories(tmp.resolve("empty"));
		Cli.write(tmp, ShopRules.files());

		assertUsageError(Cli.run("lint"), "Missing required parameter");
		assertUsageError(Cli.run("lint", tmp.resolve("nothing").toString()), "no such file or folder");
		assertUsageError(Cli.run("lint", tmp.resolve("empty").toString()), "no .privacy rule files");
		assertUsageError(Cli.run("lint", tmp.toString(), "--format", "xml"), "--format");
		assertUsageError(Cli.run("lint", tmp.toString(), "--frmat", "sarif"), "--frmat");
	}

	private static void assertUsageError(Cli.Run run, String message) {
		assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).startsWith("privacy: ").contains(message)
				.contains("Try 'privacy lint --help' for more information.");
	}

	@Test
	void theHelpListsLintsExitCodes() {
		Cli.Run run = Cli.run("lint", "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("--format=FORMAT", "sarif", "--out=FILE", "Exit codes:")
				.containsPattern("(?m)^  0 +no error in the rules \\(warnings alone give 0\\)$")
				.containsPattern("(?m)^  1 +errors found in the rules")
				.containsPattern("(?m)^  2 +invalid command line")
				.doesNotContain("violations");
		assertThat(Cli.run("--help").out()).containsPattern("(?m)^  lint ");
	}

	// --out

	@Test
	void outWritesTheReportAndPrintsTheSummary() throws IOException {
		Cli.write(tmp, Map.of("rules/model.privacy", BAD_MODEL));
		Path report = tmp.resolve("reports/lint.sarif");

		Cli.Run written = Cli.run("lint", tmp.resolve("rules").toString(), "--format", "sarif", "--out",
				report.toString());
		Cli.Run printed = Cli.run("lint", tmp.resolve("rules").toString(), "--format", "sarif");

		assertThat(written.exitCode()).isEqualTo(1);
		assertThat(written.out())
				.isEqualTo("lint report written to " + report + ": 1 error, 0 warnings in 1 file\n");
		assertThat(Files.readString(report)).isEqualTo(printed.out());
		try (Stream<Path> files = Files.list(report.getParent())) {
			assertThat(files).containsExactly(report);
		}
	}

	@Test
	void aFailedRunLeavesTheExistingReportUntouched() throws IOException {
		Cli.write(tmp, Map.of("rules/rules.privacy", ShopRules.RULES, "report.sarif", "the previous report\n"));
		Path report = tmp.resolve("report.sarif");

		Cli.Run badOption = Cli.run("lint", tmp.resolve("rules").toString(), "--format", "xml", "--out",
				report.toString());
		Cli.Run noFiles = Cli.run("lint", tmp.resolve("nothing").toString(), "--out", report.toString());

		assertThat(badOption.exitCode()).isEqualTo(2);
		assertThat(noFiles.exitCode()).isEqualTo(2);
		assertThat(Files.readString(report)).isEqualTo("the previous report\n");
		try (Stream<Path> files = Files.list(tmp)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("rules",
					"report.sarif");
		}
	}

	@Test
	void anOutThatCannotBeWrittenIsAUsageError() throws IOException {
		Cli.write(tmp, ShopRules.files());
		Path blocker = Cli.write(tmp, Map.of("file", "x")).resolve("file");

		Cli.Run run = Cli.run("lint", tmp.resolve("rules").toString(), "--out", blocker.resolve("lint.txt").toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).startsWith("privacy: cannot write the report to ");
	}

	/** Two warnings silenced by comments (an unguarded optional read, a missing basis) and one that is not. */
	private static final String SILENCED_RULES = """
			entity Request {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
			}

			// privacy: allow unguarded-optional
			term answered early for Request: answeredAt before receivedAt + 1 month

			// privacy: allow missing-basis
			rule INT-01 "Requests are answered early"
				Request requires answered early

			rule INT-02 "Requests are answered"
				Request requires answeredAt is present
			""";

	@Test
	void silencedWarningsAreCountedApartAndMarkedSuppressedInSarif() throws IOException {
		Cli.write(tmp, Map.of("rules.privacy", SILENCED_RULES));

		Cli.Run text = Cli.run("lint", tmp.toString());
		Cli.Run sarif = Cli.run("lint", tmp.toString(), "--format", "sarif");

		assertThat(text.exitCode()).as(text.err()).isZero();
		assertThat(text.out()).containsOnlyOnce(": warning privacy.")
				.containsPattern(":14:\\d+: warning privacy\\.missing-basis: ")
				.endsWith("0 errors, 1 warning in 1 file (2 suppressed)\n");
		JsonNode results = sarif.json().at("/runs/0/results");
		List<String> described = new ArrayList<>();
		for (JsonNode result : results) {
			described.add(result.path("ruleId").asString() + "@"
					+ result.at("/locations/0/physicalLocation/region/startLine").asInt() + " "
					+ result.at("/suppressions/0/kind").asString("kept"));
		}
		assertThat(described).containsExactly(IssueCodes.UNGUARDED_OPTIONAL + "@8 inSource",
				IssueCodes.MISSING_BASIS + "@11 inSource", IssueCodes.MISSING_BASIS + "@14 kept");
	}

	/** A misspelt code silences nothing: the warning it meant stays, and the comment gets one with the right code. */
	@Test
	void aMisspeltAllowCodeIsAWarningThatNamesTheCode() throws IOException {
		Cli.write(tmp, Map.of("rules.privacy", SILENCED_RULES.replace("allow missing-basis", "allow missing-basi")));

		Cli.Run run = Cli.run("lint", tmp.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).containsPattern(":10:19: warning privacy\\.unknown-allow-code: .*'missing-basis'")
				.containsPattern(":11:\\d+: warning privacy\\.missing-basis: ")
				.endsWith("0 errors, 3 warnings in 1 file (1 suppressed)\n");
	}

	// SARIF

	@Test
	void sarifIsWellFormed() throws IOException {
		local = Files.createTempDirectory(Path.of(""), "lint-test-");
		Cli.write(local, Map.of("a/model.privacy", BAD_MODEL, "b/rules.privacy", BAD_RULES));
		Cli.Run text = Cli.run("lint", local.toString());

		Cli.Run run = Cli.run("lint", local.toString(), "--format", "sarif");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
		assertThat(run.err()).isEmpty();
		JsonNode sarif = run.json();
		assertThat(sarif.path("$schema").asString()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
		assertThat(sarif.path("version").asString()).isEqualTo("2.1.0");
		assertThat(sarif.path("runs").size()).isEqualTo(1);
		JsonNode sarifRun = sarif.path("runs").get(0);
		JsonNode driver = sarifRun.at("/tool/driver");
		assertThat(driver.path("name").asString()).isEqualTo("privacy");
		assertThat(driver.path("version").asString()).isNotBlank().isEqualTo(LintCommand.toolVersion());
		assertThat(driver.has("informationUri")).isFalse();

		JsonNode rules = driver.path("rules");
		List<String> ruleIds = new ArrayList<>();
		for (JsonNode rule : rules) {
			ruleIds.add(rule.path("id").asString());
			assertThat(rule.at("/shortDescription/text").asString()).as(rule.toString()).isNotBlank();
			assertThat(rule.at("/defaultConfiguration/level").asString()).isIn("error", "warning", "note");
		}
		assertThat(ruleIds).containsExactlyInAnyOrderElementsOf(issueCodes()).doesNotHaveDuplicates();
		assertThat(rules.get(ruleIds.indexOf(IssueCodes.MISSING_BASIS)).at("/defaultConfiguration/level")
				.asString()).isEqualTo("warning");
		assertThat(rules.get(ruleIds.indexOf(IssueCodes.UNKNOWN_NAME)).at("/defaultConfiguration/level")
				.asString()).isEqualTo("error");
		// the registry's example is the rule's help, as text and as Markdown with the line in a code block
		IssueCodeRegistry.IssueCode multipleKeys = IssueCodeRegistry.all().stream()
				.filter(code -> code.code().equals(IssueCodes.MULTIPLE_KEYS)).findFirst().orElseThrow();
		JsonNode help = rules.get(ruleIds.indexOf(IssueCodes.MULTIPLE_KEYS)).path("help");
		assertThat(help.path("text").asString()).isEqualTo(multipleKeys.description() + " For example: "
				+ multipleKeys.example());
		assertThat(help.path("markdown").asString()).contains("```privacy\n" + multipleKeys.example() + "\n```");
		assertThat(rules.get(ruleIds.indexOf(IssueCodes.UNREADABLE_FILE)).has("help")).isFalse();

		URI srcroot = URI.create(sarifRun.at("/originalUriBaseIds/%SRCROOT%/uri").asString());
		assertThat(srcroot).isEqualTo(Path.of("").toAbsolutePath().toUri());
		assertThat(srcroot.toString()).endsWith("/");
		assertThat(sarifRun.path("columnKind").asString()).isEqualTo("utf16CodeUnits");

		JsonNode results = sarifRun.path("results");
		List<String> textLines = text.out().lines().toList();
		assertThat(results.size()).isEqualTo(3).isEqualTo(textLines.size() - 1);
		String folder = local.getFileName().toString();
		for (int i = 0; i < results.size(); i++) {
			JsonNode result = results.get(i);
			String ruleId = result.path("ruleId").asString();
			assertThat(ruleIds).contains(ruleId);
			assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asString()).isEqualTo(ruleId);
			assertThat(result.path("level").asString()).isIn("error", "warning");
			assertThat(result.at("/message/text").asString()).isNotBlank();
			JsonNode location = result.at("/locations/0/physicalLocation");
			String uri = location.at("/artifactLocation/uri").asString();
			assertThat(uri).startsWith(folder + "/").doesNotContain("\\");
			assertThat(URI.create(uri).isAbsolute()).isFalse();
			assertThat(location.at("/artifactLocation/uriBaseId").asString()).isEqualTo("%SRCROOT%");
			assertThat(Path.of(srcroot.resolve(uri))).exists();
			JsonNode region = location.path("region");
			assertThat(region.has("endLine")).isFalse();
			assertThat(region.has("endColumn")).isFalse();
			// the same diagnostic, at the same place, as the text report's line i
			assertThat(textLines.get(i)).isEqualTo(local.resolve(uri.substring(folder.length() + 1)) + ":"
					+ region.path("startLine").asInt() + ":" + region.path("startColumn").asInt() + ": "
					+ result.path("level").asString() + " " + ruleId + ": " + result.at("/message/text").asString());
		}
		JsonNode first = results.get(0);
		assertThat(first.path("ruleId").asString()).isEqualTo(IssueCodes.UNKNOWN_NAME);
		assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
				.isEqualTo(folder + "/a/model.privacy");
		assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(5);
		assertThat(first.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(7);
		assertThat(results.get(1).path("ruleId").asString()).isEqualTo(IssueCodes.MISSING_BASIS);
		assertThat(results.get(1).path("level").asString()).isEqualTo("warning");
	}

	@Test
	void filesOutsideTheCurrentFolderHaveAbsoluteUris() throws IOException {
		Cli.write(tmp, Map.of("model.privacy", BAD_MODEL));

		Cli.Run run = Cli.run("lint", tmp.toString(), "--format", "sarif");

		JsonNode artifact = run.json().at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
		assertThat(artifact.has("uriBaseId")).isFalse();
		assertThat(URI.create(artifact.path("uri").asString()))
				.isEqualTo(tmp.resolve("model.privacy").toAbsolutePath().normalize().toUri());
	}

	@Test
	void resultsAreSortedByFileLineAndColumn() throws IOException {
		local = Files.createTempDirectory(Path.of(""), "lint-test-");
		Cli.write(local, Map.of("z.privacy", BAD_MODEL, "a.privacy", BAD_RULES.replace("package shop",
				"package shop\nimport nothing.*"), "m/model.privacy", ShopRules.MODEL.replace("package shop",
						"package other")));

		JsonNode results = Cli.run("lint", local.toString(), "--format", "sarif").json().at("/runs/0/results");

		assertThat(results.size()).isGreaterThanOrEqualTo(3);
		List<String> keys = new ArrayList<>();
		for (JsonNode result : results) {
			JsonNode location = result.at("/locations/0/physicalLocation");
			keys.add(String.format("%s %06d %06d", location.at("/artifactLocation/uri").asString(),
					location.at("/region/startLine").asInt(), location.at("/region/startColumn").asInt()));
		}
		assertThat(keys).isSorted();
	}

	@Test
	void twoRunsGiveTheSameBytes() throws IOException {
		Cli.write(tmp, Map.of("a/model.privacy", BAD_MODEL, "b/rules.privacy", BAD_RULES));

		for (String format : List.of("text", "sarif")) {
			Path first = tmp.resolve("first." + format);
			Path second = tmp.resolve("second." + format);
			Cli.run("lint", tmp.resolve("a").toString(), tmp.resolve("b").toString(), "--format", format, "--out",
					first.toString());
			Cli.run("lint", tmp.resolve("a").toString(), tmp.resolve("b").toString(), "--format", format, "--out",
					second.toString());

			assertThat(Files.readAllBytes(first)).as(format).isNotEmpty().isEqualTo(Files.readAllBytes(second));
		}
	}

	// the table of issue codes

	@Test
	void theIssueCodeTableListsExactlyTheCodesOfIssueCodes() {
		List<String> table = IssueCodeRegistry.all().stream().map(IssueCodeRegistry.IssueCode::code).toList();

		assertThat(table).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(issueCodes());
		assertThat(IssueCodeRegistry.all()).allSatisfy(code -> assertThat(code.description()).isNotBlank()
				.doesNotContain("\t").endsWith("."));
	}

	@Test
	void warningsOfTheTableAreTheCompilersWarnings() throws IOException {
		Cli.write(tmp, Map.of("model.privacy", ShopRules.MODEL, "rules.privacy", WARNING_RULES));
		Map<String, String> levels = new HashMap<>();
		IssueCodeRegistry.all().forEach(code -> levels.put(code.code(), SarifReport.sarifLevel(code.level())));

		JsonNode results = Cli.run("lint", tmp.toString(), "--format", "sarif").json().at("/runs/0/results");

		assertThat(results.size()).isEqualTo(1);
		assertThat(levels.get(results.get(0).path("ruleId").asString()))
				.isEqualTo(results.get(0).path("level").asString());
		assertThat(levels.entrySet().stream().filter(e -> e.getValue().equals("warning")).map(Map.Entry::getKey))
				.containsExactlyInAnyOrder(IssueCodes.MISSING_BASIS, IssueCodes.EXCEPTION_NEVER_APPLIES,
						IssueCodes.UNGUARDED_OPTIONAL, IssueCodes.BOUND_CLASS_NOT_FOUND, IssueCodes.DUPLICATE_VALUE,
						IssueCodes.INVISIBLE_CONTROL, IssueCodes.DUPLICATE_CALENDAR_ENTRY,
						IssueCodes.START_NEVER_MISSING, IssueCodes.UNKNOWN_ALLOW_CODE,
						// the language server's own warnings, listed too so that the table has every code
						IssueCodes.NOT_CHECKED, IssueCodes.CHECK_FAILED);
	}

	/** The values of IssueCodes' public constants, read reflectively. */
	private static Set<String> issueCodes() {
		return Set.copyOf(Arrays.stream(IssueCodes.class.getDeclaredFields())
				.filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
						&& f.getType() == String.class)
				.map(LintCommandTest::value).toList());
	}

	private static String value(Field field) {
		try {
			return (String) field.get(null);
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}
}
