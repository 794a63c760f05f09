package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;

import com.google.gson.Gson;

/**
 * Quick fixes as an editor uses them: take a diagnostic the server published, send it back in a
 * {@code textDocument/codeAction} request (through JSON, as a client does), apply the chosen action's edit to the
 * files, give the server the new texts, and check that the diagnostic is gone and that no new error appeared.
 */
abstract class QuickFixTestBase extends NavigationTestBase {

	private static final Gson JSON = new MessageJsonHandler(Map.of()).getGson();

	/** The diagnostics of {@code code} in a file, in the order of the file. */
	List<Diagnostic> diagnostics(String file, String code) {
		return diagnostics(file).stream().filter(d -> code.equals(d.getCode().getLeft()))
				.sorted(Comparator.comparing((Diagnostic d) -> d.getRange().getStart().getLine())
						.thenComparing(d -> d.getRange().getStart().getCharacter()))
				.toList();
	}

	/** The code actions the server offers for a diagnostic, the diagnostic having travelled as JSON. */
	List<CodeAction> actions(String file, Diagnostic diagnostic) {
		Diagnostic sent = JSON.fromJson(JSON.toJson(diagnostic), Diagnostic.class);
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri(file)), sent.getRange(),
				new CodeActionContext(List.of(sent)));
		return get(languageServer.codeAction(params)).stream().map(e -> e.getRight()).toList();
	}

	List<String> titles(String file, String code) {
		List<Diagnostic> found = diagnostics(file, code);
		assertThat(found).as(code + " in " + file).isNotEmpty();
		return actions(file, found.get(0)).stream().map(CodeAction::getTitle).toList();
	}

	/**
	 * Applies the action titled {@code title} for the first diagnostic of {@code code} in {@code file}; checks that
	 * this diagnostic is gone and no error appeared; returns the new text of {@code file}.
	 */
	String fix(String file, String code, String title) {
		openInEditor(file);
		List<Diagnostic> before = diagnostics(file, code);
		assertThat(before).as(code + " in " + file).isNotEmpty();
		List<String> errorsBefore = errorKeys();
		CodeAction action = actions(file, before.get(0)).stream().filter(a -> a.getTitle().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no action '" + title + "' among "
						+ actions(file, before.get(0)).stream().map(CodeAction::getTitle).toList()));
		assertThat(action.getKind()).isEqualTo("quickfix");
		apply(action.getEdit()).forEach(this::change);
		assertThat(diagnostics(file, code)).as(code + " after the fix").hasSize(before.size() - 1);
		List<String> newErrors = new ArrayList<>(errorKeys());
		errorsBefore.forEach(newErrors::remove);
		assertThat(newErrors).as("new errors after the fix").isEmpty();
		return text(file);
	}

	/** Errors as {@code file: code [data]}: messages are left out, as they name lines, which a fix may move. */
	List<String> errorKeys() {
		List<String> keys = new ArrayList<>();
		for (String file : files()) {
			for (Diagnostic d : diagnostics(file)) {
				if (d.getSeverity() == DiagnosticSeverity.Error) {
					keys.add(file + ": " + d.getCode().getLeft() + " " + JSON.toJson(d.getData()));
				}
			}
		}
		return keys;
	}

	/** The lines of a text that differ from the original, for compact assertions on the edit. */
	static List<String> changedLines(String original, String changed) {
		List<String> a = List.of(original.split("\n", -1));
		List<String> result = new ArrayList<>();
		for (String line : changed.split("\n", -1)) {
			if (!a.contains(line)) {
				result.add(line);
			}
		}
		return Collections.unmodifiableList(result);
	}
}
