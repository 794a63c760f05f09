package org.privacy.dsl.ide.navigation;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.BeforeEach;
import org.privacy.dsl.ide.server.PrivacyServerModule;

import com.google.inject.Module;

/**
 * Drives the language server as an editor does, through Xtext's test harness: each test writes a workspace of
 * several files into a temporary folder of its own, starts the server on it, sends requests and checks the answers.
 * Positions are given by a piece of text of a file ({@code at("rules.privacy", "optin")}).
 */
abstract class NavigationTestBase extends AbstractLanguageServerTest {

	/** The text of each file of the workspace, by file name, as the server last saw it. */
	private final Map<String, String> texts = new LinkedHashMap<>();

	private final Map<String, Integer> versions = new LinkedHashMap<>();

	/** What the server answered to {@code initialize}. */
	InitializeResult initialized;

	NavigationTestBase() {
		super("privacy");
	}

	@Override
	protected Module getServerModule() {
		return Modules2.mixin(new PrivacyServerModule(),
				binder -> binder.bind(IRequestManager.class).to(DirectRequestManager.class));
	}

	/** Not Xtext's shared test-data folder: other tests may run at the same time. */
	@BeforeEach
	void useWorkspaceOfItsOwn() throws IOException {
		root = Files.createTempDirectory("privacy-navigation").toFile();
	}

	/** Writes the files (name, text, name, text, ...) and starts the server on the folder. */
	void workspace(String... namesAndTexts) {
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			texts.put(namesAndTexts[i], namesAndTexts[i + 1]);
			writeFile(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		initialized = initialize(params -> {
			ClientCapabilities capabilities = params.getCapabilities() != null ? params.getCapabilities()
					: new ClientCapabilities();
			TextDocumentClientCapabilities document = new TextDocumentClientCapabilities();
			DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
			symbols.setHierarchicalDocumentSymbolSupport(true);
			document.setDocumentSymbol(symbols);
			RenameCapabilities rename = new RenameCapabilities();
			rename.setPrepareSupport(true);
			document.setRename(rename);
			document.setFoldingRange(new FoldingRangeCapabilities());
			capabilities.setTextDocument(document);
			params.setCapabilities(capabilities);
		});
	}

	String uri(String file) {
		return getVirtualFile(file);
	}

	/** The names of the files of the workspace. */
	java.util.Set<String> files() {
		return texts.keySet();
	}

	String text(String file) {
		return texts.get(file);
	}

	/** The file name of a URI of the workspace. */
	static String fileOf(String uri) {
		return uri.substring(uri.lastIndexOf('/') + 1);
	}

	/** The position of the first occurrence of {@code needle} in the file, plus {@code delta} characters. */
	Position at(String file, String needle, int delta) {
		String text = texts.get(file);
		int offset = text.indexOf(needle);
		if (offset < 0) {
			throw new IllegalArgumentException("'" + needle + "' is not in " + file);
		}
		return position(text, offset + delta);
	}

	/** The position of the middle of the first occurrence of {@code needle}. */
	Position at(String file, String needle) {
		return at(file, needle, needle.length() / 2);
	}

	static Position position(String text, int offset) {
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (before.lastIndexOf('\n') + 1));
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	/** The text a range covers in a file. */
	String textAt(String file, Range range) {
		String text = texts.get(file);
		return text.substring(offset(text, range.getStart()), offset(text, range.getEnd()));
	}

	/** A location as {@code file:line:text}, with the line counted from 1. */
	String describe(Location location) {
		String file = fileOf(location.getUri());
		return file + ":" + (location.getRange().getStart().getLine() + 1) + ":" + textAt(file, location.getRange());
	}

	List<String> describe(List<? extends Location> locations) {
		return locations.stream().map(this::describe).toList();
	}

	/** The text after applying edits (non-overlapping, as LSP requires) to it. */
	static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
		StringBuilder b = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			b.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()),
					edit.getNewText());
		}
		return b.toString();
	}

	/** Applies a workspace edit to the files it changes; returns the new texts by file name. */
	Map<String, String> apply(WorkspaceEdit edit) {
		Map<String, String> changed = new LinkedHashMap<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> changed.put(fileOf(uri), apply(texts.get(fileOf(uri)), edits)));
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().forEach(change -> {
				String file = fileOf(change.getLeft().getTextDocument().getUri());
				changed.put(file, apply(texts.get(file), change.getLeft().getEdits().stream().map(e -> e.getLeft()).toList()));
			});
		}
		return changed;
	}

	/** Gives the server a file's new text, as an editor does (the file is opened first if need be). */
	void change(String file, String newText) {
		String uri = uri(file);
		Integer version = versions.get(file);
		if (version == null) {
			open(uri, texts.get(file));
			version = 1;
		}
		versions.put(file, version + 1);
		texts.put(file, newText);
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version + 1),
				List.of(new TextDocumentContentChangeEvent(newText))));
	}

	/** Opens a file in the editor, so that changes to it can follow. */
	void openInEditor(String file) {
		if (!versions.containsKey(file)) {
			open(uri(file), texts.get(file));
			versions.put(file, 1);
		}
	}

	List<Diagnostic> diagnostics(String file) {
		return getDiagnostics().getOrDefault(uri(file), List.of());
	}

	/** Errors of all files, as {@code file: code: message}. */
	List<String> errors() {
		List<String> errors = new ArrayList<>();
		for (String file : texts.keySet()) {
			for (Diagnostic d : diagnostics(file)) {
				if (d.getSeverity() == DiagnosticSeverity.Error) {
					errors.add(file + ": " + d.getCode().getLeft() + ": " + d.getMessage());
				}
			}
		}
		return errors;
	}

	/** Waits for a request of the server; the test harness answers requests synchronously. */
	static <T> T get(java.util.concurrent.CompletableFuture<T> request) {
		try {
			return request.get();
		} catch (InterruptedException | ExecutionException e) {
			throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
		}
	}
}
