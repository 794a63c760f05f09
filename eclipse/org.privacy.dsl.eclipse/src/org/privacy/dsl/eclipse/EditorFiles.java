package org.privacy.dsl.eclipse;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** The rule file of the editor a command was given in, and whether an editor holds a file. */
final class EditorFiles {

	private EditorFiles() {
	}

	static ITextEditor editor(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor == null ? null : editor.getAdapter(ITextEditor.class);
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static IFile file(ITextEditor editor) {
		return editor.getEditorInput().getAdapter(IFile.class);
	}

	/** Whether {@code file} is open in an editor (its text is then the editor's, perhaps not saved). */
	static boolean openInEditor(IFile file) {
		return FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
	}
}
