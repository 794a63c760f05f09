package org.privacy.dsl.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The benchmark's setup works: the generated file has 5,000 lines and is valid, one edit gets its diagnostics, and
 * completion while a name is written in the middle of the file proposes the names that start with what is typed.
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

	@Test
	@Timeout(120)
	void completionAfterEachKeystrokeProposesTheNamesThatStartWithWhatIsTyped() throws Exception {
		try (EditorSession session = EditorSession.open(5000)) {
			session.openingDiagnostics();

			List<Diagnostic> whileWriting = session.startWritingAName();
			List<CompletionItem> afterTyping = session.typeAndComplete();
			List<CompletionItem> afterDeleting = session.typeAndComplete();
			List<CompletionItem> unchanged = session.complete(session.caret());

			assertThat(whileWriting).extracting(d -> d.getCode().getLeft()).contains("privacy.unknown-name");
			// 'urg' and 'ur' are the start of the 50 terms 'urgent n0' ... 'urgent n49', and of nothing else
			assertThat(afterTyping).extracting(CompletionItem::getLabel).hasSize(50).contains("urgent n0", "urgent n49");
			assertThat(afterDeleting).extracting(CompletionItem::getLabel)
					.containsExactlyInAnyOrderElementsOf(afterTyping.stream().map(CompletionItem::getLabel).toList());
			assertThat(unchanged).extracting(CompletionItem::getLabel)
					.containsExactlyInAnyOrderElementsOf(afterTyping.stream().map(CompletionItem::getLabel).toList());
		}
	}
}
