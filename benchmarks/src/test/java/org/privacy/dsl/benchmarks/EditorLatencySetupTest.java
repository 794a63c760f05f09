package org.privacy.dsl.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The benchmark's setup works: the generated file has 5,000 lines and is valid, and one edit gets its diagnostics.
 * The benchmark itself is run by hand (docs/EDITOR.md).
 */
class EditorLatencySetupTest {

	@Test
	void generatedFileHasTheRequestedLength() {
		String text = GeneratedRules.of(5000);

		assertThat(text.lines().count()).isBetween(5000L, 5010L);
		assertThat(GeneratedRules.of(5000)).isEqualTo(text);
	}

	@Test
	@Timeout(120)
	void anEditOfTheGeneratedFileGetsItsDiagnostics() throws Exception {
		try (EditorSession session = EditorSession.open(5000)) {
			assertThat(session.openingDiagnostics()).isEmpty();

			List<Diagnostic> afterMisspelling = session.typeAndAwaitDiagnostics();
			List<Diagnostic> afterFixing = session.typeAndAwaitDiagnostics();

			assertThat(afterMisspelling).extracting(d -> d.getCode().getLeft()).containsExactly("privacy.unknown-name");
			assertThat(afterFixing).isEmpty();
		}
	}
}
