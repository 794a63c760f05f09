package org.privacy.dsl.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
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
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ReplaceRegion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.privacy.dsl.ide.limits.LimitedResource;
import org.privacy.dsl.ide.server.PrivacyServerModule;
import org.privacy.dsl.ide.server.ReparsingIncrementalBuilder;

import com.google.inject.Guice;
import com.google.inject.util.Modules;

/**
 * The language server re-parses a changed file where it changed ({@link ReparsingIncrementalBuilder}) and must publish
 * the same diagnostics as a fresh load of the same text. Two servers run side by side: ours, and the same server with
 * Xtext's own build (which unloads the changed file and loads it anew). Both get the same random edits (fixed seeds):
 * words, lines and whole declarations inserted, deleted, replaced or misspelt, syntax errors made (a brace, a
 * parenthesis, a keyword doubled) and often taken back by the next edit, on every file of the corpus (good and bad)
 * and on the 5,000-line file of the benchmarks; after each edit the diagnostics of both, in order, are equal.
 */
class ReparsedEditsTest {

	private static final Path CORPUS = Path.of("..", "org.privacy.dsl.tests", "src", "test", "resources", "corpus");
	private static final long TIMEOUT_SECONDS = 120;
	private static final int EDITS_PER_CORPUS_FILE = 8;
	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final String[] SYNTAX_ERRORS = { "{", "}", "(", ")", " requires requires ", "\"", " where ", ",",
			"rule ", ":" };

	private Server reparsing;
	private Server reloading;

	@BeforeEach
	void startServers() throws Exception {
		reparsing = new Server(false);
		reloading = new Server(true);
	}

	@AfterEach
	void stopServers() throws Exception {
		reparsing.close();
		reloading.close();
	}

	@Test
	void theServerReparsesAChangedFile() throws Exception {
		String text = GeneratedRules.of(500);
		Session session = new Session("rules.privacy", text);
		EObject firstEntity = reparsing.firstElement(session.uri(reparsing));

		session.replace(GeneratedRules.editOffset(text), GeneratedRules.EDITED_WORD.length(), "flaged");

		// the declarations before the change keep their model objects: the file was not loaded anew
		assertThat(reparsing.firstElement(session.uri(reparsing))).isSameAs(firstEntity);
		assertThat(reloading.firstElement(session.uri(reloading))).isNotNull();
		assertThat(session.lastDiagnostics()).extracting(d -> d.getCode().getLeft())
				.containsExactly("privacy.unknown-name");
	}

	@Test
	@Tag("slow") // about 2,700 builds in each of two servers; -Dprivacy.fast leaves it out
	@Timeout(1200)
	void randomEditsOfEveryCorpusFileGiveTheDiagnosticsOfAFreshLoad() throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(CORPUS)) {
			files = walk.filter(p -> p.toString().endsWith(".privacy")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThan(20);
		int seed = 0;
		int edits = 0;
		for (Path file : files) {
			String name = "f" + seed + "-" + file.getFileName();
			Session session = new Session(name, Files.readString(file));
			edits += session.randomEdits(new Random(seed++), EDITS_PER_CORPUS_FILE);
			session.close();
		}
		assertThat(edits).isEqualTo(EDITS_PER_CORPUS_FILE * files.size());
	}

	@Test
	@Tag("slow") // 40 builds of 5,000 lines, in two servers; -Dprivacy.fast leaves it out
	@Timeout(600)
	void randomEditsOfTheFiveThousandLineFileGiveTheDiagnosticsOfAFreshLoad() throws Exception {
		Session session = new Session("rules.privacy", GeneratedRules.of(5000));
		assertThat(session.randomEdits(new Random(42), 40)).isEqualTo(40);
	}

	/** One document open in both servers, edited in both alike. */
	private final class Session {
		private final String name;
		private String text;
		private int version = 1;
		private List<Diagnostic> last;

		Session(String name, String text) throws Exception {
			this.name = name;
			this.text = text;
			List<Diagnostic> mine = reparsing.open(name, text);
			List<Diagnostic> theirs = reloading.open(name, text);
			assertThat(written(mine)).as("diagnostics of %s when opened", name).isEqualTo(written(theirs));
			last = mine;
		}

		String uri(Server server) {
			return server.uri(name);
		}

		/** Closes the document in both servers (each then reads the file from disk, as written when opened). */
		void close() throws Exception {
			reparsing.close(name);
			reloading.close(name);
		}

		List<Diagnostic> lastDiagnostics() {
			return last;
		}

		/** Replaces {@code length} characters at {@code offset} in both servers; compares their diagnostics. */
		void replace(int offset, int length, String replacement) throws Exception {
			Range range = new Range(position(text, offset), position(text, offset + length));
			String before = text;
			text = text.substring(0, offset) + replacement + text.substring(offset + length);
			version++;
			List<Diagnostic> mine = reparsing.change(name, version, range, replacement);
			List<Diagnostic> theirs = reloading.change(name, version, range, replacement);
			String around = before.substring(Math.max(0, offset - 200), Math.min(before.length(), offset + length + 200));
			assertThat(written(mine)).as("diagnostics of %s after replacing %d characters at %d (%s) with '%s' in ...%s...",
					name, length, offset, range.getStart(), replacement, around).isEqualTo(written(theirs));
			last = mine;
		}

		/** Makes {@code count} random edits, each compared; a third of them take the edit before back. */
		int randomEdits(Random random, int count) throws Exception {
			Deque<String> undo = new ArrayDeque<>();
			for (int i = 0; i < count; i++) {
				if (!undo.isEmpty() && random.nextInt(3) == 0) {
					setText(undo.pop());
				} else {
					undo.push(text);
					randomEdit(random);
				}
			}
			return count;
		}

		/** Replaces the text by {@code target} with one change: the region between their common start and end. */
		private void setText(String target) throws Exception {
			ReplaceRegion change = LimitedResource.changedRegion(text, target);
			replace(change.getOffset(), change.getLength(), change.getText());
		}

		private void randomEdit(Random random) throws Exception {
			List<int[]> words = new ArrayList<>();
			Matcher m = WORD.matcher(text);
			while (m.find()) {
				words.add(new int[] { m.start(), m.end() });
			}
			int[] word = words.isEmpty() ? new int[] { 0, 0 } : words.get(random.nextInt(words.size()));
			String someWord = words.isEmpty() ? "x" : wordAt(words.get(random.nextInt(words.size())));
			switch (random.nextInt(9)) {
			case 0 -> replace(word[0], word[1] - word[0], someWord); // a word for another
			case 1 -> replace(word[1], 0, "x"); // a misspelling
			case 2 -> replace(word[0], word[1] - word[0] + (word[1] < text.length() ? 1 : 0), ""); // a word deleted
			case 3 -> replace(word[0], 0, someWord + " "); // a word inserted
			case 4 -> { // a line deleted
				int[] line = lineAround(word[0]);
				replace(line[0], line[1] - line[0], "");
			}
			case 5 -> { // a line copied elsewhere
				int[] line = lineAround(random.nextInt(text.length() + 1));
				int[] at = lineAround(word[0]);
				replace(at[0], 0, text.substring(line[0], line[1]));
			}
			case 6 -> { // a declaration deleted
				int[] declaration = declarationAround(word[0]);
				replace(declaration[0], declaration[1] - declaration[0], "");
			}
			case 7 -> { // a declaration copied elsewhere (its name then declared twice)
				int[] declaration = declarationAround(word[0]);
				int at = lineAround(random.nextInt(text.length() + 1))[0];
				replace(at, 0, text.substring(declaration[0], declaration[1]));
			}
			default -> replace(word[random.nextBoolean() ? 0 : 1], 0, SYNTAX_ERRORS[random.nextInt(SYNTAX_ERRORS.length)]);
			}
		}

		private String wordAt(int[] word) {
			return text.substring(word[0], word[1]);
		}

		/** The line holding {@code offset}, with its line break. */
		private int[] lineAround(int offset) {
			int start = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
			int end = text.indexOf('\n', offset);
			return new int[] { start, end < 0 ? text.length() : end + 1 };
		}

		/** From the blank line before {@code offset} to the blank line after it: a declaration, most often. */
		private int[] declarationAround(int offset) {
			int start = offset == 0 ? -1 : text.lastIndexOf("\n\n", offset - 1);
			int end = text.indexOf("\n\n", offset);
			return new int[] { start < 0 ? 0 : start + 2, end < 0 ? text.length() : end + 2 };
		}
	}

	/**
	 * Each diagnostic written out whole (range, severity, code, message, data): a diagnostic's data is an array, which
	 * {@link Diagnostic#equals(Object)} compares by identity.
	 */
	private static List<String> written(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(Diagnostic::toString).toList();
	}

	private static Position position(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	/** A language server in process, on a workspace of its own, that waits for its diagnostics after each change. */
	private static final class Server implements AutoCloseable {
		private final LanguageServerImpl server;
		private final Path workspace;
		private final DiagnosticsClient client = new DiagnosticsClient();
		private final BlockingQueue<PublishDiagnosticsParams> published = client.published();

		Server(boolean xtextBuild) throws Exception {
			workspace = Files.createTempDirectory("privacy-reparse");
			PrivacyServerModule ours = new PrivacyServerModule();
			server = Guice.createInjector(xtextBuild ? Modules.override(ours).with(binder -> binder
					.bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class)) : ours)
					.getInstance(LanguageServerImpl.class);
			server.connect(client);
			InitializeParams params = new InitializeParams();
			params.setCapabilities(new ClientCapabilities());
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "edits")));
			server.initialize(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
		}

		String uri(String name) {
			return workspace.resolve(name).toUri().toString();
		}

		List<Diagnostic> open(String name, String text) throws Exception {
			try {
				Files.writeString(workspace.resolve(name), text);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(name), "privacy", 1, text)));
			return awaitDiagnostics(uri(name));
		}

		void close(String name) throws Exception {
			server.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri(name))));
			awaitDiagnostics(uri(name));
		}

		List<Diagnostic> change(String name, int version, Range range, String replacement) throws Exception {
			server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri(name), version),
					List.of(new TextDocumentContentChangeEvent(range, replacement))));
			return awaitDiagnostics(uri(name));
		}

		/** The first object of the file's model, as the server holds it (read on this thread: no build is running). */
		EObject firstElement(String uri) throws ReflectiveOperationException {
			Method workspace = LanguageServerImpl.class.getDeclaredMethod("getWorkspaceManager");
			workspace.setAccessible(true);
			return ((WorkspaceManager) workspace.invoke(server)).doRead(new UriExtensions().toUri(uri),
					(document, resource) -> ((XtextResource) resource).getContents().get(0).eContents().get(0));
		}

		private List<Diagnostic> awaitDiagnostics(String uri) throws Exception {
			while (true) {
				PublishDiagnosticsParams params = published.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
				assertThat(params).as("diagnostics of %s within %d s", uri, TIMEOUT_SECONDS).isNotNull();
				if (params.getUri().equals(uri)) {
					return params.getDiagnostics();
				}
			}
		}

		@Override
		public void close() throws Exception {
			server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
	}
}
