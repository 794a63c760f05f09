package org.privacy.dsl.formatting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.cli.PrivacyCli;
import org.privacy.dsl.tests.PrivacyTestSupport;

/** {@code privacy fmt} and {@code privacy fmt --check}: exit codes, in-place atomic rewrites, syntax errors. */
class FmtCommandTest {

	private static final String UNTIDY = "entity Device { model: text  lastSeenAt: datetime }\n";
	private static final String TIDY = "entity Device {\n\tmodel: text\n\tlastSeenAt: datetime\n}\n";

	@TempDir
	Path dir;

	private Path untidy;
	private Path tidy;

	record Run(int exitCode, String out, String err) {
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = PrivacyCli.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Run(code, out.toString(), err.toString());
	}

	@BeforeEach
	void files() throws IOException {
		untidy = Files.writeString(dir.resolve("rules/untidy.privacy"), UNTIDY, dirs(dir.resolve("rules")));
		tidy = Files.writeString(dir.resolve("rules/nested/tidy.privacy"), TIDY, dirs(dir.resolve("rules/nested")));
		Files.setLastModifiedTime(tidy, FileTime.fromMillis(0));
	}

	private static java.nio.file.OpenOption[] dirs(Path folder) throws IOException {
		Files.createDirectories(folder);
		return new java.nio.file.OpenOption[0];
	}

	@Test
	void checkListsTheFilesThatWouldChangeAndWritesNothing() throws IOException {
		Run run = run("fmt", "--check", dir.resolve("rules").toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).isEqualTo(untidy + "\n");
		assertThat(run.err()).isEmpty();
		assertThat(Files.readString(untidy)).isEqualTo(UNTIDY);
	}

	@Test
	void checkOfTidyFilesExitsWithZero() {
		Run run = run("fmt", "--check", tidy.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEmpty();
	}

	@Test
	void fmtRewritesChangedFilesInPlaceAndLeavesTheOthersUntouched() throws IOException {
		Run run = run("fmt", dir.resolve("rules").toString());

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEqualTo("formatted " + untidy + "\n");
		assertThat(Files.readString(untidy)).isEqualTo(TIDY);
		assertThat(Files.getLastModifiedTime(tidy).toMillis()).as("unchanged file not rewritten").isZero();
		try (Stream<Path> left = Files.list(dir.resolve("rules"))) {
			assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
					.containsExactlyInAnyOrder("untidy.privacy", "nested");
		}
		assertThat(run("fmt", "--check", dir.resolve("rules").toString()).exitCode()).isZero();
	}

	@Test
	void aFileWithSyntaxErrorsIsReportedAndLeftAlone() throws IOException {
		Path broken = Files.writeString(dir.resolve("rules/broken.privacy"), "entity E {\n\tid text\n}\n");

		Run run = run("fmt", dir.resolve("rules").toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).startsWith(broken + ":2:").contains(": error privacy.syntax: ");
		assertThat(Files.readString(broken)).isEqualTo("entity E {\n\tid text\n}\n");
		assertThat(Files.readString(untidy)).as("the other files are formatted").isEqualTo(TIDY);
		assertThat(run("fmt", "--check", broken.toString()).exitCode()).isEqualTo(2);
	}

	@Test
	void foldersWithTheIgnoreMarkerAreSkippedUnlessFilesAreNamed() throws IOException {
		Files.writeString(dir.resolve("rules/nested/.privacy-fmt-ignore"), "test cases with positions\n");
		Files.writeString(tidy, UNTIDY);

		Run walked = run("fmt", "--check", dir.resolve("rules").toString());
		assertThat(walked.exitCode()).isEqualTo(1);
		assertThat(walked.out()).isEqualTo(untidy + "\n");
		assertThat(run("fmt", "--check", tidy.toString()).out()).isEqualTo(tidy + "\n");
	}

	@Test
	void noSuchFolder() {
		Run run = run("fmt", dir.resolve("nowhere").toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("no such file or folder");
	}

	@Test
	void theRepositoryIsFormatted() {
		Path root = PrivacyTestSupport.repoRoot();
		Run run = run("fmt", "--check", root.resolve("examples").toString(),
				root.resolve("org.privacy.dsl.tests/src/test/resources").toString());

		assertThat(run.out()).isEmpty();
		assertThat(run.exitCode()).isZero();
	}
}
