package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes on the command line: a plain line, a hint, exit code 2; help and version exit 0. */
class UsageErrorsTest {

	@TempDir
	Path dir;

	@Test
	void unknownOption() {
		Cli.Run run = Cli.run("check", Cli.canalPlus().toString(), "--colour");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).startsWith("privacy: Unknown option: '--colour'")
				.contains("Try 'privacy check --help' for more information.");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void invalidNow() {
		Cli.Run run = Cli.run("check", Cli.canalPlus().toString(), "--now", "12/10/2023");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).startsWith("privacy: Invalid value for option '--now': '12/10/2023' is not an instant");
	}

	@Test
	void nowMayBeADate() {
		Cli.Run run = Cli.run("check", Cli.canalPlus().toString(), "--now", "2023-10-12", "--format", "json");

		assertThat(run.json().get("now").asString()).isEqualTo("2023-10-12T00:00:00Z");
	}

	@Test
	void invalidFormatAndMissingArguments() {
		assertThat(Cli.run("check", Cli.canalPlus().toString(), "--format", "xml").exitCode()).isEqualTo(2);
		assertThat(Cli.run("check").exitCode()).isEqualTo(2);
		assertThat(Cli.run("compile", Cli.canalPlus().toString()).err()).contains("--out");
		assertThat(Cli.run().err()).startsWith("privacy: missing command");
	}

	@Test
	void aFolderThatDoesNotExist() {
		Cli.Run run = Cli.run("check", dir.resolve("nowhere").toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).startsWith("privacy: no such folder: ");
	}

	@Test
	void aFolderWithoutRules() {
		Cli.Run run = Cli.run("check", dir.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).startsWith("privacy: no .privacy rule files in ");
	}

	@Test
	void aKnownParameterChangesTheOutcome() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("Customer.jsonl", "{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 17}\n"));

		assertThat(Cli.run("check", dir.toString()).exitCode()).as("17 < 18 by default").isEqualTo(1);
		assertThat(Cli.run("check", dir.toString(), "--param", "adultAge=16").exitCode()).as("17 >= 16").isZero();
	}

	@Test
	void anUnknownParameterIsAUsageErrorNamingTheKnownOnes() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("Customer.jsonl", "{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 17}\n"));

		Cli.Run run = Cli.run("check", dir.toString(), "--param", "adultAge=16", "--param", "grace=30 days");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("privacy: unknown parameter 'grace'; the rules declare adultAge");
	}

	@Test
	void aParameterValueThePolicyRejects() throws IOException {
		Cli.write(dir, ShopRules.files());

		Cli.Run run = Cli.run("check", dir.toString(), "--param", "adultAge=eighteen");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("privacy: parameter 'adultAge' should be a number");
		assertThat(Cli.run("check", dir.toString(), "--param", "adultAge").exitCode()).isEqualTo(2);
	}

	@Test
	void helpAndVersion() {
		Cli.Run help = Cli.run("--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("Usage: privacy", "check", "compile", "Exit codes:");
		assertThat(Cli.run("check", "--help").out()).contains("--reveal-personal-data", "--param=NAME=VALUE");
		Cli.Run version = Cli.run("--version");
		assertThat(version.exitCode()).isZero();
		assertThat(version.out()).startsWith("privacy ");
	}

	@Test
	void mainExitsWithTheCodeOfRun() {
		// run() is what main() calls before System.exit: check it catches everything itself
		StringWriter err = new StringWriter();
		int code = PrivacyCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "check",
				dir.resolve("nowhere").toString());
		assertThat(code).isEqualTo(2);
		assertThat(err.toString()).startsWith("privacy: no such folder");
	}
}
