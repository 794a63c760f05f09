package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.PrivacyFormatting;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * {@code textDocument/formatting} uses the language's formatter ({@code PrivacyFormatter}), the one behind
 * {@code privacy fmt}: the edits give exactly the canonical layout, and every file still validates without error.
 */
class FormattingTest extends NavigationTestBase {

	@Test
	void formattingGivesTheCanonicalLayoutAndKeepsTheRulesValid() throws Exception {
		Path folder = PrivacyTestSupport.repoRoot().resolve("examples/canal-plus/rules");
		List<String> namesAndTexts = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".privacy")).sorted().toList()) {
				namesAndTexts.add(file.getFileName().toString());
				namesAndTexts.add(Files.readString(file));
			}
		}
		assertThat(namesAndTexts).hasSizeGreaterThanOrEqualTo(6);
		// the same rules, untidy: one more file whose layout the server must fix
		namesAndTexts.add("untidy.privacy");
		namesAndTexts.add("package canal.plus\nrule  TST-01 \"Untidy\" basis \"GDPR art. 5\" severity   guidance\n"
				+ "   Credential forbids weak password storage  unless salted\n");
		workspace(namesAndTexts.toArray(String[]::new));
		assertThat(errors()).isEmpty();
		for (int i = 0; i < namesAndTexts.size(); i += 2) {
			String file = namesAndTexts.get(i);
			List<? extends TextEdit> edits = get(languageServer.formatting(new DocumentFormattingParams(
					new TextDocumentIdentifier(uri(file)), new FormattingOptions(4, false))));
			String canonical = PrivacyFormatting.create().format(text(file), URI.createURI(uri(file)));
			String formatted = apply(text(file), List.copyOf(edits));
			assertThat(formatted).as(file).isEqualTo(canonical);
			if (!edits.isEmpty()) {
				change(file, formatted);
			}
		}
		assertThat(text("untidy.privacy")).isEqualTo("""
				package canal.plus

				rule TST-01 "Untidy"
				\tbasis "GDPR art. 5"
				\tseverity guidance
				\tCredential forbids weak password storage
				\tunless salted
				""");
		assertThat(errors()).as("errors after formatting").isEmpty();
	}
}
