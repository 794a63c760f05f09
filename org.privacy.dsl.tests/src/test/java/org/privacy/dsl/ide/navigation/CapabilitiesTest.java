package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.ServerCapabilities;
import org.junit.jupiter.api.Test;

/** The server announces the features of this package, so that editors ask for them. */
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
}
