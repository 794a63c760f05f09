package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command writes never replaces what it reads, whatever name the output is given (a link, {@code ..}, a hard
 * link), and an absurd value of any option (a folder for a file, a file for a folder, {@code /}, a pipe, a file
 * that is not a rule file, {@code --jobs 0}) is a usage error with a sentence: exit 2, never an internal error.
 */
class OutputTargetTest {
	private static final String CUSTOMERS = "{\"id\": \"c1\", \"email\": \"jane@example.com\", \"age\": 30}\n";

	@TempDir
	Path dir;

	Path data;

	Path rules;

	@BeforeEach
	void shop() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("data/Customer.jsonl", CUSTOMERS));
		data = dir.resolve("data");
		rules = dir.resolve("rules");
	}

	@Test
	void checkRefusesToWriteItsReportOverItsData() throws IOException {
		Path thing = data.resolve("Customer.jsonl");

		assertRefused(Cli.run("check", data.toString(), "--rules", rules.toString(), "--out", thing.toString()));
		assertRefused(Cli.run("check", data.toString(), "--rules", rules.toString(), "--out",
				rules.resolve("../data/./Customer.jsonl").toString()));
		assertRefused(Cli.run("check", data.toString(), "--rules", rules.toString(), "--out",
				Files.createSymbolicLink(dir.resolve("link.jsonl"), thing).toString()));
		assertRefused(Cli.run("check", data.toString(), "--rules", rules.toString(), "--out",
				Files.createLink(dir.resolve("hard.jsonl"), thing).toString()));
		assertRefused(Cli.run("check", data.toString(), "--rules", rules.toString(), "--out",
				rules.resolve("model.privacy").toString()));

		assertThat(Files.readString(thing)).isEqualTo(CUSTOMERS);
		assertThat(Files.readString(rules.resolve("model.privacy"))).isEqualTo(ShopRules.MODEL);
	}

	@Test
	void aReportBesideTheDataIsReplacedByTheNextRun() {
		String report = data.resolve("report.json").toString();

		Cli.Run first = Cli.run("check", data.toString(), "--rules", rules.toString(), "--out", report);
		Cli.Run second = Cli.run("check", data.toString(), "--rules", rules.toString(), "--out", report);

		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(second.exitCode()).as("a file the check does not read is no input: " + second.err()).isZero();
	}

	@Test
	void lintTestAndCompileRefuseToWriteOverARuleFile() throws IOException {
		Path model = rules.resolve("model.privacy");
		Path generated = Files.createDirectories(dir.resolve("generated/shop"));

		assertRefused(Cli.run("lint", rules.toString(), "--out", model.toString()));
		assertRefused(Cli.run("lint", rules.toString(), "--out", rules.resolve("./x/../model.privacy").toString()));
		assertRefused(Cli.run("test", rules.toString(), "--junit", model.toString()));
		Files.createSymbolicLink(generated.resolve("Shop.java"), model);
		assertRefused(Cli.run("compile", rules.toString(), "--out", dir.resolve("generated").toString()));

		assertThat(Files.readString(model)).isEqualTo(ShopRules.MODEL);
	}

	@Test
	void aFolderWhereAFileIsExpectedIsAUsageError() {
		for (String[] command : new String[][] { { "check", data.toString(), "--rules", rules.toString(), "--out", "/" },
				{ "lint", rules.toString(), "--out", "/" }, { "test", rules.toString(), "--junit", "/" },
				{ "check", data.toString(), "--rules", rules.toString(), "--out", dir.toString() } }) {
			Cli.Run run = Cli.run(command);

			assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isEqualTo(ExitCode.INVALID);
			assertThat(run.err()).contains("it is a folder; name a file in it").doesNotContain("internal error");
		}
	}

	@Test
	void aFileWhereAFolderIsExpectedOrOnTheWayIsAUsageError() throws IOException {
		Path file = Files.writeString(dir.resolve("file.txt"), "x");

		Cli.Run compile = Cli.run("compile", rules.toString(), "--out", file.toString());
		Cli.Run under = Cli.run("check", data.toString(), "--rules", rules.toString(), "--out",
				file.resolve("report.txt").toString());
		Cli.Run junit = Cli.run("test", rules.toString(), "--junit", file.resolve("x/junit.xml").toString());

		assertThat(compile.exitCode()).isEqualTo(ExitCode.INVALID);
		assertThat(compile.err()).contains("it is a file, not a folder");
		assertThat(under.exitCode()).isEqualTo(ExitCode.INVALID);
		assertThat(under.err()).contains(file + " is a file, not a folder");
		assertThat(junit.exitCode()).isEqualTo(ExitCode.INVALID);
		assertThat(file).hasContent("x");
	}

	@Test
	void aPipeIsNeverReplacedNorRead() throws Exception {
		Path pipe = dir.resolve("pipe");
		Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
		org.assertj.core.api.Assumptions.assumeThat(mkfifo.waitFor()).isZero();

		Cli.Run out = Cli.run("check", data.toString(), "--rules", rules.toString(), "--out", pipe.toString());
		Cli.Run in = Cli.run("check", dir.toString(), "--data", pipe.toString());

		assertThat(out.exitCode()).isEqualTo(ExitCode.INVALID);
		assertThat(out.err()).contains("it is not a regular file");
		assertThat(in.exitCode()).isEqualTo(ExitCode.INVALID);
		assertThat(in.err()).contains("is neither a file nor a folder");
		assertThat(Files.isRegularFile(pipe)).isFalse();
	}

	@Test
	void aMissingParentIsCreated() {
		Cli.Run run = Cli.run("check", data.toString(), "--rules", rules.toString(), "--out",
				dir.resolve("new/folder/report.txt").toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(dir.resolve("new/folder/report.txt")).exists();
	}

	@Test
	void fmtOfAFileThatIsNotARuleFileIsAnError() throws IOException {
		Path text = Files.writeString(dir.resolve("rules.txt"), ShopRules.MODEL + "   \n");
		Path noExtension = Files.writeString(dir.resolve("RULES"), ShopRules.MODEL);

		Cli.Run run = Cli.run("fmt", text.toString(), noExtension.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
		assertThat(run.err()).contains(text + ":1:1: error privacy.unreadable-file: not a rule file")
				.contains(noExtension + ":1:1: error").doesNotContain("internal error");
		assertThat(Files.readString(text)).isEqualTo(ShopRules.MODEL + "   \n");
	}

	@Test
	void absurdJobsAreAUsageError() {
		for (String jobs : new String[] { "0", "-1", "100000000", "257" }) {
			Cli.Run run = Cli.run("check", data.toString(), "--rules", rules.toString(), "--jobs", jobs);

			assertThat(run.exitCode()).as(jobs).isEqualTo(ExitCode.INVALID);
			assertThat(run.err()).startsWith("privacy: --jobs must be at least 1 and at most 256, not " + jobs);
		}
		assertThat(Cli.run("check", data.toString(), "--rules", rules.toString(), "--jobs", "256").exitCode())
				.isZero();
	}

	private static void assertRefused(Cli.Run run) {
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INVALID);
		assertThat(run.err()).contains("it is an input of the command").doesNotContain("internal error");
		assertThat(run.out()).isEmpty();
	}
}
