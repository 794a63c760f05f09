package org.privacy.dsl.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.privacy.dsl.ide.server.PrivacyLanguageServer;
import org.privacy.dsl.ide.server.PrivacyServerModule;

import com.google.inject.Guice;

/**
 * An editor's session with the language server, in process: the server is the one {@link PrivacyLanguageServer}
 * runs, with its own threads; the editor opens one rule file and makes one-word edits, each followed by the
 * diagnostics the server publishes for it.
 */
public final class EditorSession implements AutoCloseable {

	private static final long TIMEOUT_SECONDS = 60;

	private final LanguageServerImpl server;
	private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
	private final String uri;
	private final Position editStart;
	private int version = 1;
	private boolean misspelled;

	private EditorSession(Path workspace, String text) throws Exception {
		quietLogging();
		Path file = workspace.resolve("rules.privacy");
		Files.writeString(file, text);
		uri = file.toUri().toString();
		server = Guice.createInjector(new PrivacyServerModule()).getInstance(LanguageServerImpl.class);
		server.connect(new Client());
		InitializeParams params = new InitializeParams();
		params.setCapabilities(new ClientCapabilities());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "bench")));
		server.initialize(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		editStart = position(text, GeneratedRules.editOffset(text));
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "privacy", version, text)));
	}

	/** Starts a server on a workspace holding a generated file of {@code lines} lines, and opens the file. */
	public static EditorSession open(int lines) throws Exception {
		Path workspace = Files.createTempDirectory("privacy-bench");
		return new EditorSession(workspace, GeneratedRules.of(lines));
	}

	/** The diagnostics of the file once the server has published them after opening it. */
	public List<Diagnostic> openingDiagnostics() throws InterruptedException, TimeoutException {
		return awaitDiagnostics(p -> true);
	}

	/**
	 * Misspells (or puts back) one word in the middle of the file, as one keystroke would, and waits for the
	 * diagnostics that follow from it: an unknown name after misspelling, none after putting it back.
	 */
	public List<Diagnostic> typeAndAwaitDiagnostics() throws InterruptedException, TimeoutException {
		String word = GeneratedRules.EDITED_WORD;
		Position end = new Position(editStart.getLine(), editStart.getCharacter() + word.length()
				+ (misspelled ? 1 : 0));
		String replacement = misspelled ? word : word + "x";
		misspelled = !misspelled;
		version++;
		boolean expectError = misspelled;
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(new Range(editStart, end), replacement))));
		return awaitDiagnostics(p -> p.getDiagnostics().isEmpty() != expectError);
	}

	private List<Diagnostic> awaitDiagnostics(Predicate<PublishDiagnosticsParams> expected)
			throws InterruptedException, TimeoutException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (true) {
			PublishDiagnosticsParams params = published.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (params == null) {
				throw new TimeoutException("no diagnostics within " + TIMEOUT_SECONDS + " s");
			}
			if (params.getUri().equals(uri) && expected.test(params)) {
				return params.getDiagnostics();
			}
		}
	}

	@Override
	public void close() throws Exception {
		server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	/** Xtext logs through log4j: warnings and errors to standard error, as the server does. */
	private static void quietLogging() {
		org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new org.apache.log4j.ConsoleAppender(new org.apache.log4j.PatternLayout("%p %c{1}: %m%n"),
					org.apache.log4j.ConsoleAppender.SYSTEM_ERR));
			root.setLevel(org.apache.log4j.Level.WARN);
		}
	}

	private static Position position(String text, int offset) {
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (before.lastIndexOf('\n') + 1));
	}

	/** The editor's side: keeps what the server publishes, ignores the rest. */
	private final class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published.add(diagnostics);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
