package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.cli.files.AtomicFiles;

/** A report that fails while it is written leaves the previous report whole and no temporary file behind. */
class AtomicReportTest {
	@TempDir
	Path dir;

	@Test
	void aWriteThatFailsMidwayLeavesTheOldReport() throws IOException {
		Path report = dir.resolve("report.json");
		Files.writeString(report, "the previous report\n");

		assertThatThrownBy(() -> AtomicFiles.write(report, out -> {
			for (int i = 0; i < 100_000; i++) {
				out.println("finding " + i);
			}
			throw new IllegalStateException("the run fails halfway through the report");
		})).hasMessageContaining("halfway");

		assertThat(report).hasContent("the previous report");
		try (var files = Files.list(dir)) {
			assertThat(files).containsExactly(report);
		}
	}

	@Test
	void aCompleteWriteReplacesTheReportInOneStep() throws IOException {
		Path report = dir.resolve("sub/report.txt");

		AtomicFiles.write(report, out -> out.print("new"));

		assertThat(report).hasContent("new");
		try (var files = Files.list(report.getParent())) {
			assertThat(files).containsExactly(report);
		}
	}
}
