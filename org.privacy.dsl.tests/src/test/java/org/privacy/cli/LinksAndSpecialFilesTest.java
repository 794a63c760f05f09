package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.check.RunFolder;
import org.privacy.cli.exit.ExitCode;

/**
 * Which files a command reads when links, pipes and unreadable folders are about: links are followed (loops end),
 * hidden folders are never opened, and what is not read is said, as a data problem or a note, never passed over in
 * silence, and never with exit 0 while data is left unread.
 */
class LinksAndSpecialFilesTest {
	private static final String MINOR = "{\"id\": \"c1\", \"email\": \"jane@example.com\", \"age\": 17}\n";

	@TempDir
	Path dir;

	Path rules;

	@BeforeEach
	void shop() throws IOException {
		Cli.write(dir, ShopRules.files());
		rules = dir.resolve("rules");
	}

	@Test
	void dataUnderALinkedFolderIsRead() throws IOException {
		Cli.write(dir, Map.of("real/export/Customer.jsonl", MINOR));
		Path export = Files.createSymbolicLink(dir.resolve("export"), dir.resolve("real/export"));
		Path linkedCheckedFolder = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));

		Cli.Run linkedData = Cli.run("check", dir.resolve("rules").toString(), "--data", export.toString());
		Cli.Run linkedFolder = Cli.run("check", linkedCheckedFolder.toString(), "--rules", rules.toString());
		Cli.Run linkedRules = Cli.run("check", Files.createSymbolicLink(dir.resolve("rules-link"), rules).toString(),
				"--data", export.toString());

		for (Cli.Run run : new Cli.Run[] { linkedData, linkedFolder, linkedRules }) {
			assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
			assertThat(run.out()).contains("violated    c1").doesNotContain("no data file for Customer");
		}
	}

	@Test
	void aLinkLoopEndsWithANote() throws IOException {
		Cli.write(dir, Map.of("data/Customer.jsonl", MINOR));
		Files.createSymbolicLink(dir.resolve("data/again"), dir.resolve("data"));
		Files.createSymbolicLink(dir.resolve("data/up"), dir);

		Cli.Run run = Cli.run("check", dir.toString());

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		assertThat(run.err()).contains("note: skipped data/again: a link back to").contains("(a loop)");
		assertThat(run.out()).containsOnlyOnce("violated    c1");
	}

	@Test
	void aDanglingLinkOrAPipeNamedLikeDataIsADataProblem() throws Exception {
		Cli.write(dir, Map.of("data/Customer.jsonl", "{\"id\": \"c1\", \"email\": \"jane@example.com\", \"age\": 30}\n"));
		Files.createSymbolicLink(dir.resolve("data/Purchase.jsonl"), dir.resolve("gone.jsonl"));
		Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("data/customer.csv").toString()).start();
		assumeThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

		Cli.Run run = Cli.run("check", dir.toString(), "--format", "json");

		assertThat(run.exitCode()).as("data left unread is never a clean run").isEqualTo(ExitCode.FINDINGS);
		assertThat(run.json().get("dataProblems").toString())
				.contains("data/Purchase.jsonl", "a link to a file or folder that does not exist")
				.contains("data/customer.csv", "not a regular file");
	}

	@Test
	void aRuleFileThatCannotBeReadStopsTheRun() throws IOException {
		Files.createSymbolicLink(rules.resolve("more.privacy"), dir.resolve("gone.privacy"));

		Cli.Run run = Cli.run("check", dir.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
		assertThat(run.err()).contains("cannot read the rule file " + rules.resolve("more.privacy"))
				.contains("a link to a file or folder that does not exist");
	}

	@Test
	void hiddenFoldersAreNotOpenedAndAnUnreadableFolderIsNamed() throws IOException {
		assumeTrue(RunFolder.isPosix());
		assumeThat(System.getProperty("user.name")).as("root reads any folder").isNotEqualTo("root");
		Cli.write(dir, Map.of("data/Customer.jsonl", MINOR, "data/.cache/x", "x", "data/secret/Purchase.jsonl", ""));
		Files.setPosixFilePermissions(dir.resolve("data/.cache"), PosixFilePermissions.fromString("---------"));
		try {
			Cli.Run hidden = Cli.run("check", dir.toString(), "--data", dir.resolve("data/Customer.jsonl").toString());
			Files.setPosixFilePermissions(dir.resolve("data/secret"), PosixFilePermissions.fromString("---------"));
			Cli.Run unreadable = Cli.run("check", dir.toString());

			assertThat(hidden.exitCode()).as(hidden.err()).isEqualTo(ExitCode.FINDINGS);
			assertThat(unreadable.exitCode()).isEqualTo(ExitCode.INVALID);
			assertThat(unreadable.err()).contains("cannot read the folder " + dir.resolve("data/secret"));
		} finally {
			Files.setPosixFilePermissions(dir.resolve("data/.cache"), PosixFilePermissions.fromString("rwx------"));
			Files.setPosixFilePermissions(dir.resolve("data/secret"), PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void hiddenEntriesAreSkippedWithoutLookingAtThem() throws IOException {
		// a hidden link that cannot even be followed would make any look at it fail
		Cli.write(dir, Map.of("data/Customer.jsonl", MINOR));
		Files.createSymbolicLink(dir.resolve("data/.self"), dir.resolve("data/.self"));

		Cli.Run run = Cli.run("check", dir.toString());

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		assertThat(run.err()).doesNotContain(".self");
	}
}
