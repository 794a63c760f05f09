package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that could not be written is an error, exit code 4, never a silent 0: standard output on a full disk
 * ({@code > /dev/full}) or a closed pipe, for every command that prints, in every format.
 */
class OutputFailureTest {
	@TempDir
	Path dir;

	@Test
	void everyCommandThatPrintsFailsWhenItsOutputCannotBeWritten() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("Customer.jsonl", "{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 30}\n",
				"unformatted/x.privacy", ShopRules.MODEL + "   \n"));
		String rules = dir.resolve("rules").toString();
		List<String[]> commands = List.of(
				new String[] { "check", dir.toString(), "--rules", rules },
				new String[] { "check", dir.toString(), "--rules", rules, "--format", "json" },
				new String[] { "check", dir.toString(), "--rules", rules, "--format", "html" },
				new String[] { "lint", rules },
				new String[] { "lint", rules, "--format", "sarif" },
				new String[] { "test", rules },
				new String[] { "compile", rules, "--out", dir.resolve("generated").toString() },
				new String[] { "fmt", "--check", dir.resolve("unformatted").toString() });

		for (String[] command : commands) {
			StringWriter err = new StringWriter();
			int code = PrivacyCli.run(new PrintWriter(new FullDisk()), new PrintWriter(err), command);

			assertThat(code).as(String.join(" ", command) + ": " + err).isEqualTo(ExitCode.OUTPUT_FAILED);
			assertThat(err.toString()).as(String.join(" ", command))
					.contains("privacy: cannot write to standard output");
		}
	}

	@Test
	void theSameOutputWrittenInFullExitsAsBefore() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("Customer.jsonl", "{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 30}\n"));

		int code = PrivacyCli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "check",
				dir.toString());

		assertThat(code).isEqualTo(ExitCode.OK);
	}

	@Test
	void invalidRulesKeepTheirExitCodeWhenOutputFailsToo() throws IOException {
		Cli.write(dir, Map.of("bad.privacy", "policy"));
		StringWriter err = new StringWriter();

		int code = PrivacyCli.run(new PrintWriter(new FullDisk()), new PrintWriter(err), "lint", dir.toString(),
				"--out", dir.resolve("lint.txt").toString());

		assertThat(code).as("lint --out prints its summary, which fails: the summary is the output").isEqualTo(
				ExitCode.OUTPUT_FAILED);
		assertThat(PrivacyCli.run(new PrintWriter(new FullDisk()), new PrintWriter(new StringWriter()), "check",
				dir.toString())).isEqualTo(ExitCode.INVALID);
	}

	@Test
	void checkToDevFullInARealProcess() throws Exception {
		assumeTrue(Files.exists(Path.of("/dev/full")));
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("Customer.jsonl", "{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 30}\n"));

		for (String format : List.of("text", "json")) {
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
					.toString(), "-cp", System.getProperty("java.class.path"), PrivacyCli.class.getName(), "check",
					dir.toString(), "--format", format));
			Process run = new ProcessBuilder(command).redirectOutput(new File("/dev/full")).start();
			assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
			String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(run.exitValue()).as(err).isEqualTo(ExitCode.OUTPUT_FAILED);
			assertThat(err).contains("privacy: cannot write to standard output: No space left on device");
		}
	}

	/** A writer on a full disk. */
	private static final class FullDisk extends Writer {
		@Override
		public void write(char[] text, int offset, int length) throws IOException {
			throw new IOException("No space left on device");
		}

		@Override
		public void flush() throws IOException {
			// nothing is buffered
		}

		@Override
		public void close() {
			// nothing to release
		}
	}
}
