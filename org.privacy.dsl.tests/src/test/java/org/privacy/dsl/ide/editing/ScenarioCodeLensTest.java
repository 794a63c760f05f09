package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.junit.jupiter.api.Test;

/** The "run scenarios" code lens and its command, through the language server. */
class ScenarioCodeLensTest extends LanguageServerTestBase {

	private static final String RULES = """
			package shop
			entity Customer {
				id: text key
				age: number
			}
			rule AGE-01 "Customers are adults"
				basis "GDPR art. 8"
				Customer requires age >= 18
			""";

	private static final String SCENARIOS = """
			package shop
			scenario "a minor breaks AGE-01"
				given Customer c1 { id = "c-1", age = 12 }
				expect AGE-01 violated
			scenario "an adult is fine"
				given Customer c2 { id = "c-2", age = 40 }
				expect AGE-01 satisfied
			""";

	@Test
	void aFileWithScenariosHasOneLensAboveTheFirst() throws Exception {
		initialize();
		String uri = openFile("scenarios.privacy", SCENARIOS);
		write("rules.privacy", RULES);

		List<? extends CodeLens> lenses = languageServer.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri)))
				.get();

		assertThat(lenses).singleElement().satisfies(lens -> {
			assertThat(lens.getRange().getStart().getLine()).isEqualTo(1);
			assertThat(lens.getCommand().getTitle()).contains("run scenarios").contains("2 in this file");
			assertThat(lens.getCommand().getCommand()).isEqualTo("privacy.runScenarios");
		});
	}

	@Test
	void aFileWithoutScenariosHasNoLens() throws Exception {
		initialize();
		String uri = openFile("rules.privacy", RULES);

		assertThat(languageServer.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get()).isEmpty();
	}

	@Test
	void theCommandRunsTheScenariosOfTheFolder() throws Exception {
		initializeAsAnEditor();
		write("rules.privacy", RULES);
		String uri = openFile("scenarios.privacy", SCENARIOS);

		languageServer.initialized(new InitializedParams());
		Object result = languageServer.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("privacy.runScenarios", List.of(uri))).get();

		assertThat(result).hasToString("2 passed, 0 failed");
	}

	@Test
	void aFailingScenarioIsNamed() throws Exception {
		initializeAsAnEditor();
		write("rules.privacy", RULES);
		String uri = openFile("scenarios.privacy", SCENARIOS.replace("age = 12", "age = 30"));

		languageServer.initialized(new InitializedParams());
		Object result = languageServer.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("privacy.runScenarios", List.of(uri))).get();

		assertThat(result).hasToString("1 passed, 1 failed; failed: \"a minor breaks AGE-01\"");
	}

	/** Issue 12: Neovim 0.7 does not declare {@code workspace.executeCommand}, and was told the command is unknown. */
	@Test
	void theCommandRunsForAClientThatDeclaresNothing() throws Exception {
		initialize(params -> params.setCapabilities(new ClientCapabilities()));
		write("rules.privacy", RULES);
		String uri = openFile("scenarios.privacy", SCENARIOS);

		languageServer.initialized(new InitializedParams());
		Object result = languageServer.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("privacy.runScenarios", List.of(uri))).get();

		assertThat(result).hasToString("2 passed, 0 failed");
	}

	/** Xtext registers commands for clients that say they can execute commands, as editors do. */
	private void initializeAsAnEditor() {
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setExecuteCommand(new ExecuteCommandCapabilities());
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(workspace);
		initialize(params -> params.setCapabilities(capabilities));
	}
}
