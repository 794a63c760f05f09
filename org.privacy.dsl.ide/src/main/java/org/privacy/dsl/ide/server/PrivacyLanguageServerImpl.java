package org.privacy.dsl.ide.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.privacy.dsl.ide.classpath.ProjectClasspath;
import org.privacy.dsl.ide.classpath.WorkspaceClassLoader;
import org.privacy.dsl.ide.inlay.PrivacyInlayHintService;

import com.google.inject.Inject;

/**
 * Xtext's language server with what it does not route itself: {@code textDocument/inlayHint}, and the application's
 * class path (Maven layout or the {@code privacy.classpath} initialization option) set before the first build, so
 * that entities bound to Java classes resolve.
 */
public class PrivacyLanguageServerImpl extends LanguageServerImpl {

	@Inject
	private UriExtensions uris;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		giveARoot(params);
		List<Path> classpath = ProjectClasspath.of(workspaceFolders(params), params.getInitializationOptions());
		for (Object language : getLanguagesRegistry().getExtensionToFactoryMap().values()) {
			if (language instanceof IResourceServiceProvider provider) {
				WorkspaceClassLoader loader = provider.get(WorkspaceClassLoader.class);
				if (loader != null) {
					loader.setClasspath(classpath);
				}
			}
		}
		return super.initialize(params);
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setInlayHintProvider(true);
		return capabilities;
	}

	@Override
	public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
		return getRequestManager().runRead(cancelIndicator -> inlayHint(params, cancelIndicator));
	}

	/** Computes the inlay hints of the requested range. Executed in a read request. */
	protected List<InlayHint> inlayHint(InlayHintParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		PrivacyInlayHintService service = getService(uri, PrivacyInlayHintService.class);
		if (service == null) {
			return List.of();
		}
		return getWorkspaceManager().doRead(uri,
				(document, resource) -> service.inlayHints(document, resource, params.getRange(), cancelIndicator));
	}

	/**
	 * Xtext needs a root folder when the client does not announce workspace folder support: the first workspace
	 * folder, or, for a client that opens single files without a workspace, an empty folder of its own (only the
	 * open documents are then known).
	 */
	@SuppressWarnings("deprecation")
	private void giveARoot(InitializeParams params) {
		if (params.getRootUri() != null || params.getRootPath() != null) {
			return;
		}
		if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
			params.setRootUri(params.getWorkspaceFolders().get(0).getUri());
			return;
		}
		try {
			Path empty = java.nio.file.Files.createTempDirectory("privacy-no-workspace");
			empty.toFile().deleteOnExit();
			params.setRootUri(empty.toUri().toString());
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException("cannot create a folder for a client without workspace", e);
		}
	}

	private List<Path> workspaceFolders(InitializeParams params) {
		List<Path> folders = new ArrayList<>();
		if (params.getWorkspaceFolders() != null) {
			for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
				addFolder(folders, folder.getUri());
			}
		}
		if (folders.isEmpty()) {
			@SuppressWarnings("deprecation")
			String root = params.getRootUri();
			addFolder(folders, root);
		}
		return folders;
	}

	private void addFolder(List<Path> folders, String uri) {
		if (uri == null) {
			return;
		}
		URI emfUri = uris.toUri(uri);
		if (emfUri.isFile()) {
			folders.add(Path.of(emfUri.toFileString()));
		}
	}
}
