package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ServerCapabilities;
import org.junit.jupiter.api.Test;

/**
 * The server announces the features of this package, so that editors ask for them, and announces every feature
 * whatever the client declares (issue 12: Neovim 0.7 declares neither commands nor folding).
 */
class CapabilitiesTest extends NavigationTestBase {

	@Test
	void navigationRenameSymbolsFoldingFormattingAndQuickFixesAreAnnounced() {
		workspace("rules.privacy", "package acme\n");
		ServerCapabilities capabilities = initialized.getCapabilities();
		assertThat(capabilities.getDefinitionProvider().getLeft()).isTrue();
		assertThat(capabilities.getReferencesProvider().getLeft()).isTrue();
		assertThat(capabilities.getDocumentSymbolProvider().getLeft()).isTrue();
		assertThat(capabilities.getWorkspaceSymbolProvider().getLeft()).isTrue();
		assertThat(capabilities.getRenameProvider().getRight().getPrepareProvider()).isTrue();
		assertThat(capabilities.getFoldingRangeProvider().getLeft()).isTrue();
		assertThat(capabilities.getDocumentFormattingProvider().getLeft()).isTrue();
		assertThat(capabilities.getCodeActionProvider().getLeft()).isTrue();
	}

	@Test
	void everyFeatureIsAnnouncedToAClientThatDeclaresNothing() {
		ServerCapabilities capabilities = initialize(params -> params.setCapabilities(new ClientCapabilities()))
				.getCapabilities();
		assertAnnouncesEverything(capabilities);
	}

	private static void assertAnnouncesEverything(ServerCapabilities capabilities) {
		assertThat(capabilities.getExecuteCommandProvider()).as("commands").isNotNull();
		assertThat(capabilities.getExecuteCommandProvider().getCommands()).contains("privacy.runScenarios");
		assertThat(capabilities.getFoldingRangeProvider()).as("folding").isNotNull();
		assertThat(capabilities.getFoldingRangeProvider().getLeft()).isTrue();
		assertThat(capabilities.getCodeLensProvider()).as("code lenses").isNotNull();
		assertThat(capabilities.getHoverProvider().getLeft()).isTrue();
		assertThat(capabilities.getCompletionProvider()).isNotNull();
		assertThat(capabilities.getDefinitionProvider().getLeft()).isTrue();
		assertThat(capabilities.getReferencesProvider().getLeft()).isTrue();
		assertThat(capabilities.getDocumentHighlightProvider().getLeft()).isTrue();
		assertThat(capabilities.getDocumentSymbolProvider().getLeft()).isTrue();
		assertThat(capabilities.getWorkspaceSymbolProvider().getLeft()).isTrue();
		assertThat(capabilities.getRenameProvider()).isNotNull();
		assertThat(capabilities.getDocumentFormattingProvider().getLeft()).isTrue();
		assertThat(capabilities.getDocumentRangeFormattingProvider().getLeft()).isTrue();
		assertThat(capabilities.getCodeActionProvider().getLeft()).isTrue();
		assertThat(capabilities.getSemanticTokensProvider().getFull().getLeft()).isTrue();
		assertThat(capabilities.getInlayHintProvider().getLeft()).isTrue();
		assertThat(capabilities.getTextDocumentSync()).isNotNull();
	}
}
