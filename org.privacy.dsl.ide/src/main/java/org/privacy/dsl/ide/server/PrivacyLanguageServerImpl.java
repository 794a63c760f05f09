package org.privacy.dsl.ide.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.privacy.dsl.ide.classpath.ProjectClasspath;
import org.privacy.dsl.ide.classpath.WorkspaceClassLoader;
import org.privacy.dsl.ide.inlay.PrivacyInlayHintService;
import org.privacy.dsl.ide.limits.DocumentLimits;

import com.google.inject.Inject;

/**
 * Xtext's language server with what it does not route itself: {@code textDocument/inlayHint}, the application's
 * class path (Maven layout or the {@code privacy.classpath} initialization option) set before the first build, so
 * that entities bound to Java classes resolve, every capability offered whatever the client declares, and builds that
 * survive running out of memory.
 */
public class PrivacyLanguageServerImpl extends LanguageServerImpl {

	private static final Logger LOG = Logger.getLogger(PrivacyLanguageServerImpl.class.getName());

	@Inject
	private UriExtensions uris;

	private volatile LanguageClient client;

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

	/**
	 * Everything the server can do, whatever the client declares. Xtext offers commands (and so the "run scenarios"
	 * code lens) only to a client that declares {@code workspace.executeCommand}, and folding only to one that declares
	 * {@code textDocument.foldingRange}: Neovim 0.7 declares neither, and was told "Language server does not support
	 * command 'privacy.runScenarios'". The client's capabilities say what it can receive, not what it may ask; what is
	 * missing of these two is filled in (empty: no dynamic registration) before Xtext reads them.
	 */
	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ClientCapabilities declared = params.getCapabilities() == null ? new ClientCapabilities()
				: params.getCapabilities();
		params.setCapabilities(declared);
		if (declared.getWorkspace() == null) {
			declared.setWorkspace(new WorkspaceClientCapabilities());
		}
		if (declared.getWorkspace().getExecuteCommand() == null) {
			declared.getWorkspace().setExecuteCommand(new ExecuteCommandCapabilities());
		}
		if (declared.getTextDocument() == null) {
			declared.setTextDocument(new TextDocumentClientCapabilities());
		}
		if (declared.getTextDocument().getFoldingRange() == null) {
			declared.getTextDocument().setFoldingRange(new FoldingRangeCapabilities());
		}
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setInlayHintProvider(true);
		return capabilities;
	}

	@Override
	public void connect(LanguageClient client) {
		super.connect(client);
		this.client = client;
	}

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		URI uri = getURI(params.getTextDocument());
		getRequestManager().runWrite(() -> toBuildable(params), (cancel, build) -> buildGuarded(uri, build, cancel));
	}

	@Override
	public void didChange(DidChangeTextDocumentParams params) {
		URI uri = getURI(params.getTextDocument());
		getRequestManager().runWrite(() -> {
			documentLimits(uri).ifPresent(limits -> limits.changed(uri));
			return toBuildable(params);
		}, (cancel, build) -> buildGuarded(uri, build, cancel));
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		URI uri = getURI(params.getTextDocument());
		documentLimits(uri).ifPresent(limits -> limits.changed(uri));
		super.didClose(params);
	}

	/** Closing documents, files changed on disk: builds of no one document. */
	@Override
	protected void runBuildable(Supplier<? extends Buildable> newBuildable) {
		getRequestManager().runWrite(newBuildable::get, (cancel, build) -> buildGuarded(null, build, cancel));
	}

	/**
	 * Builds, and if the heap runs out, says so once in a message and recovers: the document being checked is marked
	 * as not checked (loaded empty, with one warning, until it changes) and built again, so its diagnostics are that
	 * warning and the other files keep theirs. Without this, the error ended the build, and every later build, which
	 * tried the same document again, so that no file got diagnostics any more.
	 */
	private List<IResourceDescription.Delta> buildGuarded(URI uri, Buildable build, CancelIndicator cancel) {
		try {
			return build.build(cancel);
		} catch (OutOfMemoryError e) {
			long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
			Optional<DocumentLimits> limits = uri == null ? Optional.empty() : documentLimits(uri);
			if (limits.isEmpty()) {
				tell(MessageType.Error, "The privacy language server ran out of memory (" + heap + " MB) while checking"
						+ " the workspace; it goes on. Give it more memory (-Xmx) if this happens again.");
				return List.of();
			}
			limits.get().ranOutOfMemory(uri);
			tell(MessageType.Error, "The privacy language server ran out of memory (" + heap + " MB) while checking '"
					+ uri.lastSegment() + "': that file is not checked until it changes; the other files are. Split it"
					+ " into smaller files, or give the server more memory (-Xmx).");
			try {
				return getWorkspaceManager().didChangeFiles(List.of(uri), List.of()).build(cancel);
			} catch (OutOfMemoryError again) {
				LOG.log(Level.SEVERE, "out of memory again after leaving out " + uri);
				return List.of();
			}
		}
	}

	private void tell(MessageType type, String message) {
		LOG.warning(message);
		if (client != null) {
			client.showMessage(new MessageParams(type, message));
		}
	}

	private Optional<DocumentLimits> documentLimits(URI uri) {
		IResourceServiceProvider language = getResourceServiceProvider(uri);
		return Optional.ofNullable(language == null ? null : language.get(DocumentLimits.class));
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
