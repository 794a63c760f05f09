package org.privacy.dsl.ide.editing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.ide.server.PrivacyServerModule;

import com.google.inject.Module;

/**
 * Drives our language server the way an editor does, through Xtext's test harness: each test gets a workspace of its
 * own in a temporary folder, files are written there and opened, and requests are answered synchronously.
 * A caret in a text is written {@code ‸}.
 */
abstract class LanguageServerTestBase extends AbstractLanguageServerTest {

	static final String CARET = "‸";

	private GlobalRegistries.GlobalStateMemento globalState;

	LanguageServerTestBase() {
		super("privacy");
	}

	@Override
	protected Module getServerModule() {
		return Modules2.mixin(new PrivacyServerModule(),
				binder -> binder.bind(IRequestManager.class).to(DirectRequestManager.class));
	}

	/**
	 * Each test's server creates a language injector of its own, and EMF's global registry of validators keeps the
	 * first one registered: clear our entry so that this test's validator (with this test's class path) is the one
	 * that runs, and put the global state back afterwards. The workspace is a temporary folder, not Xtext's shared
	 * test-data folder: tests of other packages may run at the same time.
	 */
	@Override
	@BeforeEach
	public void setup() {
		globalState = GlobalRegistries.makeCopyOfGlobalState();
		EValidator.Registry.INSTANCE.remove(PrivacyPackage.eINSTANCE);
		super.setup();
		try {
			root = Files.createTempDirectory("privacy-editing").toFile();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	@AfterEach
	public void cleanup() {
		super.cleanup();
		globalState.restoreGlobalState();
	}

	/** Writes a file into the workspace (without opening it) and returns its URI. */
	String write(String path, String text) {
		return writeFile(path, text);
	}

	/** Writes and opens a file (the caret marker, if any, removed) and returns its URI. */
	String openFile(String path, String text) {
		String clean = text.replace(CARET, "");
		String uri = writeFile(path, clean);
		open(uri, clean);
		return uri;
	}

	/** Replaces the whole text of an open document, as an editor does after a change. */
	void change(String uri, int version, String text) {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** The diagnostics published last for {@code uri}. */
	List<Diagnostic> diagnosticsOf(String uri) {
		Map<String, List<Diagnostic>> all = getDiagnostics();
		return all.getOrDefault(uri, List.of());
	}

	/** Where the caret marker stands in {@code text}. */
	static Position caret(String text) {
		int offset = text.indexOf(CARET);
		if (offset < 0) {
			throw new IllegalArgumentException("no caret in the text");
		}
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		int column = offset - (before.lastIndexOf('\n') + 1);
		return new Position(line, column);
	}

	/** Opens {@code text} as {@code rules.privacy} and asks for completion at its caret. */
	List<CompletionItem> complete(String text) {
		String uri = openFile("rules.privacy", text);
		return completeAt(uri, caret(text));
	}

	List<CompletionItem> completeAt(String uri, Position position) {
		try {
			Either<List<CompletionItem>, CompletionList> result = languageServer
					.completion(new CompletionParams(new TextDocumentIdentifier(uri), position)).get();
			return result.isLeft() ? result.getLeft() : result.getRight().getItems();
		} catch (InterruptedException | ExecutionException e) {
			throw new AssertionError(e);
		}
	}

	/** Opens {@code text} as {@code rules.privacy} and asks for the hover at its caret. */
	Hover hover(String text) {
		String uri = openFile("rules.privacy", text);
		return hoverAt(uri, caret(text));
	}

	Hover hoverAt(String uri, Position position) {
		try {
			return languageServer.hover(new HoverParams(new TextDocumentIdentifier(uri), position)).get();
		} catch (InterruptedException | ExecutionException e) {
			throw new AssertionError(e);
		}
	}

	/** The labels of completion items. */
	static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}
}
