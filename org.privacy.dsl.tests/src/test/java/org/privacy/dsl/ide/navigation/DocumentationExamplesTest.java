package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * The examples of docs/EDITOR-NAVIGATION.md hold: its three files make a valid workspace, and the definitions,
 * references, outline, symbol search and renames it shows are what the server answers.
 */
class DocumentationExamplesTest extends NavigationTestBase {

	private static final Pattern FILE_BLOCK = Pattern.compile("```privacy\\n// (\\S+\\.privacy)\\n(.*?)```",
			Pattern.DOTALL);

	private String doc;

	@BeforeEach
	void start() throws IOException {
		doc = Files.readString(PrivacyTestSupport.repoRoot().resolve("docs/EDITOR-NAVIGATION.md"));
		List<String> files = new ArrayList<>();
		Matcher m = FILE_BLOCK.matcher(doc);
		while (m.find()) {
			files.add(m.group(1));
			files.add("// " + m.group(1) + "\n" + m.group(2));
		}
		assertThat(files).hasSize(6);
		workspace(files.toArray(String[]::new));
		assertThat(errors()).isEmpty();
	}

	private String definition(String file, Position position) {
		return describe(get(languageServer.definition(new DefinitionParams(new TextDocumentIdentifier(uri(file)),
				position))).getLeft().get(0));
	}

	@Test
	void theTableOfDefinitions() {
		assertThat(definition("rules.privacy", at("rules.privacy", "notify authority within notificationDelay", 9)))
				.isEqualTo("vocabulary.privacy:5:\"notify authority\"");
		assertThat(definition("rules.privacy", at("rules.privacy", "SecurityIncident where")))
				.isEqualTo("model.privacy:6:SecurityIncident");
		assertThat(definition("rules.privacy", at("rules.privacy", "summary !="))).isEqualTo("model.privacy:8:summary");
		assertThat(definition("rules.privacy", at("rules.privacy", "unlikely"))).isEqualTo("model.privacy:4:unlikely");
		assertThat(definition("rules.privacy", at("rules.privacy", "within notificationDelay", 10)))
				.isEqualTo("model.privacy:15:notificationDelay");
	}

	@Test
	void theReferences() {
		assertThat(describe(get(languageServer.references(new ReferenceParams(new TextDocumentIdentifier(
				uri("vocabulary.privacy")), at("vocabulary.privacy", "notify authority"), new ReferenceContext(false))))))
				.hasSize(2).allMatch(l -> l.startsWith("rules.privacy:") && l.endsWith(":notify authority"));
		assertThat(describe(get(languageServer.references(new ReferenceParams(new TextDocumentIdentifier(
				uri("model.privacy")), at("model.privacy", "summary"), new ReferenceContext(false))))))
				.containsExactly("rules.privacy:13:summary", "rules.privacy:14:summary");
		assertThat(describe(get(languageServer.references(new ReferenceParams(new TextDocumentIdentifier(
				uri("rules.privacy")), at("rules.privacy", "BRC-01"), new ReferenceContext(true))))))
				.containsExactly("rules.privacy:6:BRC-01");
	}

	@Test
	void theOutline() {
		Matcher block = Pattern.compile("```text\\n(CanalPlus.*?)```", Pattern.DOTALL).matcher(doc);
		assertThat(block.find()).isTrue();
		List<String> expected = new ArrayList<>();
		for (String line : block.group(1).split("\n")) {
			String[] parts = line.stripTrailing().split(" {2,}(?=\\S)");
			String indent = line.substring(0, line.length() - line.stripLeading().length());
			expected.add(indent + parts[parts.length == 3 ? 1 : 0].trim() + " | " + parts[parts.length - 1].trim());
		}
		DocumentSymbol root = get(languageServer.documentSymbol(
				new DocumentSymbolParams(new TextDocumentIdentifier(uri("rules.privacy"))))).get(0).getRight();
		List<String> actual = new ArrayList<>();
		flatten(root, "", actual);
		assertThat(actual).containsExactlyElementsOf(expected);
	}

	private static void flatten(DocumentSymbol symbol, String indent, List<String> lines) {
		lines.add(indent + symbol.getName() + " | " + symbol.getDetail());
		symbol.getChildren().forEach(c -> flatten(c, indent + "  ", lines));
	}

	@Test
	void theSymbolSearch() {
		assertThat(get(languageServer.symbol(new WorkspaceSymbolParams("breach supervisory"))).getRight())
				.extracting(s -> s.getName()).containsExactly(
						"BRC-01 Notify the supervisory authority of a personal data breach within 72 hours");
	}

	@Test
	void theRenames() {
		Map<String, String> changed = apply(get(languageServer.rename(new RenameParams(new TextDocumentIdentifier(
				uri("rules.privacy")), at("rules.privacy", "notify authority"), "inform regulator"))));
		assertThat(changed.get("vocabulary.privacy")).contains("term \"inform regulator\" for SecurityIncident");
		assertThat(changed.get("rules.privacy")).contains("breach requires inform regulator within");

		changed = apply(get(languageServer.rename(new RenameParams(new TextDocumentIdentifier(uri("model.privacy")),
				at("model.privacy", "SecurityIncident"), "Incident"))));
		assertThat(changed.get("vocabulary.privacy")).contains("term breach: Incident where");

		changed = apply(get(languageServer.rename(new RenameParams(new TextDocumentIdentifier(uri("model.privacy")),
				at("model.privacy", "summary"), "description"))));
		assertThat(changed.get("rules.privacy")).contains("explain \"incident {description} was not notified\"");

		changed = apply(get(languageServer.rename(new RenameParams(new TextDocumentIdentifier(uri("rules.privacy")),
				at("rules.privacy", "BRC-01"), "BRC-10"))));
		assertThat(changed.get("rules.privacy")).contains("rule BRC-10 \"Notify");
	}
}
