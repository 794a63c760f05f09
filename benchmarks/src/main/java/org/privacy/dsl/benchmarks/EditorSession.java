package org.privacy.dsl.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.privacy.dsl.ide.server.PrivacyLanguageServer;
import org.privacy.dsl.ide.server.PrivacyServerModule;

import com.google.inject.Guice;

/**
 * An editor's session with the language server, in process: the server is the one {@link PrivacyLanguageServer}
 * runs, with its own threads; the editor opens one rule file and makes one-word edits, each followed by the
 * diagnostics the server publishes for it, or starts writing a name in the middle of the file and asks for completion
 * after each keystroke.
 */
public final class EditorSession implements AutoCloseable {

	private static final long TIMEOUT_SECONDS = 60;

	private final LanguageServerImpl server;
	private final DiagnosticsClient client = new DiagnosticsClient();
	private final BlockingQueue<PublishDiagnosticsParams> published = client.published();
	private final String uri;
	private final String text;
	private final Position editStart;
	private int version = 1;
	private boolean misspelled;
	/** Where the name being written ends, once {@link #startWritingAName()} has added it; {@code null} before. */
	private Position caret;
	private boolean letterTyped;

	private EditorSession(Path workspace, String text) throws Exception {
		quietLogging();
		Path file = workspace.resolve("rules.privacy");
		Files.writeString(file, text);
		uri = file.toUri().toString();
		this.text = text;
		server = Guice.createInjector(new PrivacyServerModule()).getInstance(LanguageServerImpl.class);
		server.connect(client);
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
		boolean expectError = misspelled;
		change(new Range(editStart, end), replacement);
		return awaitDiagnostics(p -> p.getDiagnostics().isEmpty() != expectError);
	}

	/** The name that {@link #startWritingAName()} starts writing, as far as it is typed at first. */
	static final String NAME_STARTED = "ur";

	/**
	 * Starts writing a second exception in the rule in the middle of the file, {@code unless ur}, on a new line after
	 * its {@code unless} (what an editor sends when a line is added), and waits for the diagnostics that follow (the
	 * unknown name {@code ur}). The caret stays after {@code ur}.
	 */
	public List<Diagnostic> startWritingAName() throws InterruptedException, TimeoutException {
		if (caret != null) {
			throw new IllegalStateException("a name is being written already");
		}
		// the rule's statement is on the line of the edited word; its 'unless' line follows
		int unlessLine = editStart.getLine() + 1;
		int lineLength = text.lines().skip(unlessLine).findFirst().orElseThrow().length();
		Position end = new Position(unlessLine, lineLength);
		String line = "\tunless " + NAME_STARTED;
		caret = new Position(unlessLine + 1, line.length());
		change(new Range(end, end), "\n" + line);
		return awaitDiagnostics(p -> !p.getDiagnostics().isEmpty());
	}

	/**
	 * One keystroke in the name being written, then completion at the caret, as an editor asks for it while one types:
	 * alternately types the next letter ({@code ur} becomes {@code urg}) and deletes it again. The completion request is
	 * sent right after the change, so its answer comes after the server has taken the change in.
	 */
	public List<CompletionItem> typeAndComplete() throws Exception {
		if (caret == null) {
			throw new IllegalStateException("startWritingAName() first");
		}
		change(new Range(caret, caret()), letterTyped ? "" : "g"); // deletes the letter typed, or types it
		letterTyped = !letterTyped;
		List<CompletionItem> items = complete(caret());
		published.clear();
		return items;
	}

	/** Completion at {@code at}, without a change before it. */
	public List<CompletionItem> complete(Position at) throws Exception {
		Either<List<CompletionItem>, CompletionList> result = server
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), at))
				.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	/** Where the caret is in the name being written (after its last letter typed). */
	public Position caret() {
		return letterTyped ? new Position(caret.getLine(), caret.getCharacter() + 1) : caret;
	}

	private void change(Range range, String replacement) {
		version++;
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(range, replacement))));
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
}
