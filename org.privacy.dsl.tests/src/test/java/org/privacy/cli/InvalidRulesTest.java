package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invalid rules give exit code 2 and one {@code file:line:column: error CODE: message} line per problem. */
class InvalidRulesTest {
	private static final String DIAGNOSTIC = "(?m)^.+\\.privacy:\\d+:\\d+: error privacy\\.[a-z-]+: .+$";

	@TempDir
	Path dir;

	@Test
	void aSyntaxErrorIsADiagnosticNotAStackTrace() throws IOException {
		Cli.write(dir, Map.of("model.privacy", ShopRules.MODEL, "rules.privacy", """
				package shop

				policy Shop "Shop rules"

				rule AGE-01 "Customers are adults" basis
				"""));

		Cli.Run run = Cli.run("check", dir.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).containsPattern(DIAGNOSTIC)
				.containsPattern("rules\\.privacy:5:\\d+: error privacy\\.syntax: ");
		assertNoStackTrace(run);
		assertThat(run.out()).isEmpty();
	}

	@Test
	void anEntityWithoutItsNameIsADiagnosticForEveryCommand() throws IOException {
		Cli.write(dir, Map.of("model.privacy", "package shop\nentity {\n"));

		for (List<String> command : List.of(List.of("check", dir.toString()), List.of("lint", dir.toString()),
				List.of("compile", dir.toString(), "--out", dir.resolve("out").toString()))) {
			Cli.Run run = Cli.run(command.toArray(String[]::new));

			// lint reports diagnostics on standard output, the other commands on standard error
			assertThat(run.out() + run.err()).as(command.get(0)).containsPattern("model\\.privacy:\\d+:\\d+: error privacy\\.syntax: ")
					.doesNotContain("internal error");
			assertNoStackTrace(run);
		}
	}

	@Test
	void anUnknownNameIsADiagnostic() throws IOException {
		Cli.write(dir, Map.of("model.privacy", ShopRules.MODEL, "rules.privacy", """
				package shop

				policy Shop "Shop rules"

				rule AGE-01 "Customers are adults"
					basis "GDPR art. 8"
					Customer requires aeg >= 18
				"""));

		Cli.Run run = Cli.run("check", dir.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).containsPattern("rules\\.privacy:7:\\d+: error privacy\\.unknown-name: .*'aeg'");
		assertNoStackTrace(run);
	}

	@Test
	void warningsAlonePassButArePrinted() throws IOException {
		Cli.write(dir, Map.of("model.privacy", ShopRules.MODEL, "rules.privacy", """
				package shop

				policy Shop "Shop rules"

				rule AGE-01 "Customers are adults"
					Customer requires age >= 18
				""", "Customer.jsonl", "{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 30}\n"));

		Cli.Run run = Cli.run("check", dir.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.err()).containsPattern("rules\\.privacy:5:\\d+: warning privacy\\.missing-basis: ");
	}

	@Test
	void aFailedRunLeavesTheExistingReportUntouched() throws IOException {
		Cli.write(dir, Map.of("rules.privacy", "package shop\npolicy"));
		Path report = Cli.write(dir, Map.of("report.txt", "the previous report\n")).resolve("report.txt");

		Cli.Run run = Cli.run("check", dir.toString(), "--out", report.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(Files.readString(report)).isEqualTo("the previous report\n");
		try (var files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("rules.privacy",
					"report.txt");
		}
	}

	@Test
	void compileReportsTheSameDiagnosticsAndWritesNothing() throws IOException {
		Cli.write(dir, Map.of("rules.privacy", "package shop\nentity X { a: nmber }\n"));
		Path out = dir.resolve("out");

		Cli.Run run = Cli.run("compile", dir.toString(), "--out", out.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).containsPattern("rules\\.privacy:2:\\d+: error privacy\\.unknown-name: ");
		assertNoStackTrace(run);
		assertThat(out).doesNotExist();
	}

	private static void assertNoStackTrace(Cli.Run run) {
		assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
	}
}
