package org.privacy.dsl.ide.server;

import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.privacy.dsl.ide.highlighting.PrivacySemanticTokensService;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

/**
 * The server's own services (the language's are in the IDE module): Xtext's {@link ServerModule} with our language
 * server implementation, our workspace (errors for unknown documents) and the legend of semantic tokens that the
 * language's highlighting uses.
 */
public class PrivacyServerModule extends AbstractModule {

	@Override
	protected void configure() {
		install(Modules.override(new ServerModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				bind(LanguageServer.class).to(PrivacyLanguageServerImpl.class);
				bind(LanguageServerImpl.class).to(PrivacyLanguageServerImpl.class);
				bind(SemanticTokensService.class).to(PrivacySemanticTokensService.class);
				bind(WorkspaceManager.class).to(PrivacyWorkspaceManager.class);
				bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(ReparsingIncrementalBuilder.class);
			}
		}));
	}
}
