package org.privacy.dsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.PrivacyCompiler;

/**
 * A name or rule id declared in several files of a package: each file's message names one of the others, the same one
 * whatever the order in which the files are given (the editor and the command line load them in different orders).
 */
class DeclaredInOtherFileTest {

	@TempDir
	Path folder;

	@Test
	void theOtherFileNamedIsTheFirstByPathWhateverTheOrderOfLoading() throws IOException {
		for (String name : List.of("a.privacy", "b.privacy", "c.privacy")) {
			Files.writeString(folder.resolve(name), """
					package shop

					entity Send {
						id: text key
						optedIn: boolean
					}

					rule MKT-01 "Sends need an opt-in"
						basis "CPCE art. L34-5"
						Send requires optedIn
					""");
		}
		List<Path> files = List.of(folder.resolve("a.privacy"), folder.resolve("b.privacy"),
				folder.resolve("c.privacy"));
		List<String> inOrder = messagesOf(files);
		List<String> reversed = messagesOf(List.of(files.get(2), files.get(1), files.get(0)));

		assertThat(inOrder).contains(
				"c.privacy: 'Send' is also declared in a.privacy; the files of a package share their names",
				"a.privacy: 'Send' is also declared in b.privacy; the files of a package share their names",
				"c.privacy: rule id 'MKT-01' is also used in a.privacy; give each rule its own id");
		assertThat(reversed).containsExactlyInAnyOrderElementsOf(inOrder);
	}

	private static List<String> messagesOf(List<Path> files) {
		return PrivacyCompiler.create().compile(files, GenerationMode.RECORDS).diagnostics().stream()
				.map(DeclaredInOtherFileTest::written).toList();
	}

	private static String written(Diagnostic d) {
		return d.file().getFileName() + ": " + d.message();
	}
}
