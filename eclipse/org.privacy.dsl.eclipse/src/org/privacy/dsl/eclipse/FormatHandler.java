package org.privacy.dsl.eclipse;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.privacy.dsl.compiler.PrivacyFormatting;
import org.privacy.dsl.compiler.PrivacyFormatting.SyntaxErrorsException;

/**
 * Format (Ctrl+Shift+F): the rule file laid out by the formatter that {@code privacy fmt} uses, so both give the same
 * text. A file that does not parse is left as it is, and the status line says why.
 */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = EditorFiles.editor(event);
		if (editor == null) {
			return null;
		}
		String problem = format(EditorFiles.document(editor));
		var status = editor.getEditorSite().getActionBars().getStatusLineManager();
		status.setErrorMessage(problem);
		return null;
	}

	/** Formats {@code document} in place; returns why it could not, or null. */
	public static String format(IDocument document) {
		String formatted = PrivacyLanguage.get().read(document, edited -> {
			try {
				return PrivacyFormatting.create(PrivacyLanguage.get().injector()).format(document.get(),
						edited.resource().getURI());
			} catch (SyntaxErrorsException e) {
				return null;
			}
		});
		if (formatted == null) {
			return "not formatted: the file has syntax errors (see the Problems view)";
		}
		try {
			TextEdits.replaceAll(document, formatted);
			return null;
		} catch (BadLocationException e) {
			PrivacyEditorPlugin.log("cannot format the rule file", e);
			return "not formatted: " + e.getMessage();
		}
	}
}
