package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.check.RunFolder;
import org.privacy.cli.exit.ExitCode;
import org.privacy.cli.files.AtomicFiles;

/**
 * Written files get the mode users expect: a file rewritten in place ({@code fmt}, a report replaced) keeps its
 * mode, a new report gets the umask's ({@code 0644} under {@code 022}), like a file any other tool creates; the
 * temporary file beside it is {@code 0600} while it is written.
 */
class FileModesTest {
	@TempDir
	Path dir;

	@BeforeEach
	void posix() {
		assumeTrue(RunFolder.isPosix());
	}

	@Test
	void fmtKeepsTheModeOfTheFilesItRewrites() throws IOException {
		Path rules = Cli.write(dir, Map.of("a.privacy", ShopRules.MODEL + "   \n", "b.privacy",
				ShopRules.RULES + "   \n"));
		Files.setPosixFilePermissions(rules.resolve("a.privacy"), PosixFilePermissions.fromString("rw-r-----"));
		Files.setPosixFilePermissions(rules.resolve("b.privacy"), PosixFilePermissions.fromString("rw-rw-r--"));

		Cli.Run run = Cli.run("fmt", rules.toString());

		assertThat(run.out()).contains("formatted");
		assertThat(mode(rules.resolve("a.privacy"))).isEqualTo("rw-r-----");
		assertThat(mode(rules.resolve("b.privacy"))).isEqualTo("rw-rw-r--");
	}

	@Test
	void aNewReportGetsTheModeOfANewFileAndIsPrivateWhileWritten() throws IOException {
		Path plain = Files.createFile(dir.resolve("plain.txt")); // what the umask gives
		Path report = dir.resolve("report.txt");
		List<String> whileWritten = new ArrayList<>();

		AtomicFiles.write(report, out -> {
			out.print("jane@example.com");
			try (Stream<Path> files = Files.list(dir)) {
				files.filter(f -> f.getFileName().toString().startsWith(".report.txt-")).forEach(f -> whileWritten
						.add(mode(f)));
			}
		});

		assertThat(whileWritten).containsExactly("rw-------");
		assertThat(mode(report)).isEqualTo(mode(plain));
	}

	@Test
	void checkOutWritesANewReportWithTheUmaskAndAReplacedOneKeepsItsMode() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("Customer.jsonl", "{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 17}\n"));
		Path plain = Files.createFile(dir.resolve("plain.txt"));
		Path kept = Files.writeString(dir.resolve("kept.json"), "old");
		Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));

		Cli.Run fresh = Cli.run("check", dir.toString(), "--out", dir.resolve("out/report.json").toString());
		Cli.Run replaced = Cli.run("check", dir.toString(), "--out", kept.toString(), "--format", "json");

		assertThat(fresh.exitCode()).as(fresh.err()).isEqualTo(ExitCode.FINDINGS);
		assertThat(replaced.exitCode()).as(replaced.err()).isEqualTo(ExitCode.FINDINGS);
		assertThat(mode(dir.resolve("out/report.json"))).isEqualTo(mode(plain));
		assertThat(mode(kept)).isEqualTo("rw-rw----");
		assertThat(kept).content().startsWith("{");
	}

	@Test
	void aReportNamedThroughALinkIsWrittenWhereTheLinkPoints() throws IOException {
		Path real = Files.writeString(dir.resolve("real.txt"), "old");
		Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());

		AtomicFiles.writeString(link, "new");

		assertThat(Files.isSymbolicLink(link)).isTrue();
		assertThat(real).hasContent("new");
	}

	private static String mode(Path file) {
		try {
			return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
