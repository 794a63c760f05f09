package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * {@code textDocument/formatting} with Xtext's default formatting (the language's formatter comes later): formatting
 * the Canal+ rule files returns no edit, or edits after which every file still parses and validates without error.
 */
class FormattingTest extends NavigationTestBase {

	@Test
	void formattingTheCanalPlusRulesKeepsThemValid() throws IOException {
		Path folder = PrivacyTestSupport.repoRoot().resolve("examples/canal-plus/rules");
		List<String> namesAndTexts = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".privacy")).sorted().toList()) {
				namesAndTexts.add(file.getFileName().toString());
				namesAndTexts.add(Files.readString(file));
			}
		}
		assertThat(namesAndTexts).hasSize(6);
		workspace(namesAndTexts.toArray(String[]::new));
		assertThat(errors()).isEmpty();
		for (int i = 0; i < namesAndTexts.size(); i += 2) {
			String file = namesAndTexts.get(i);
			List<? extends TextEdit> edits = get(languageServer.formatting(new DocumentFormattingParams(
					new TextDocumentIdentifier(uri(file)), new FormattingOptions(4, false))));
			if (!edits.isEmpty()) {
				change(file, apply(text(file), List.copyOf(edits)));
			}
		}
		assertThat(errors()).as("errors after formatting").isEmpty();
	}
}
