package org.privacy.dsl.eclipse;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

/**
 * Quick fixes of problem markers (extension point {@code org.eclipse.ui.ide.markerResolution}): the language's code
 * actions (one per issue code that has a fix), asked with the marker as the diagnostic, their edits applied to the file.
 */
public class PrivacyMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(Markers.ISSUE_CODE, null) != null && getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || marker.getAttribute(Markers.ISSUE_CODE, null) == null) {
			return new IMarkerResolution[0];
		}
		try {
			List<CodeAction> actions = PrivacyLanguage.get().read(file, edited -> codeActions(edited, marker));
			List<IMarkerResolution> resolutions = new ArrayList<>();
			if (actions != null) {
				for (CodeAction action : actions) {
					resolutions.add(new Resolution(action, edited(file, action)));
				}
			}
			return resolutions.toArray(IMarkerResolution[]::new);
		} catch (CoreException | RuntimeException e) {
			PrivacyEditorPlugin.log("cannot find the quick fixes of a problem", e);
			return new IMarkerResolution[0];
		}
	}

	private static List<CodeAction> codeActions(EditedResource edited, IMarker marker) {
		Document document = edited.document();
		int length = document.getContents().length();
		int start = Math.min(marker.getAttribute(IMarker.CHAR_START, 0), length);
		int end = Math.min(marker.getAttribute(IMarker.CHAR_END, start), length);
		Range range = new Range(document.getPosition(start), document.getPosition(end));
		Diagnostic diagnostic = new Diagnostic(range, marker.getAttribute(IMarker.MESSAGE, ""),
				marker.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR ? DiagnosticSeverity.Error
						: DiagnosticSeverity.Warning,
				"privacy", marker.getAttribute(Markers.ISSUE_CODE, null));
		diagnostic.setData(Markers.data(marker));
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(edited.resource());
		options.setURI(edited.uri());
		options.setCancelIndicator(() -> false);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(edited.uri()), range,
				new CodeActionContext(List.of(diagnostic))));
		options.setLanguageServerAccess(new InProcessAccess(edited));
		ICodeActionService2 service = edited.resource().getResourceServiceProvider().get(ICodeActionService2.class);
		List<CodeAction> actions = new ArrayList<>();
		for (Either<Command, CodeAction> action : service.getCodeActions(options)) {
			if (action.isRight() && action.getRight().getEdit() != null) {
				actions.add(action.getRight());
			}
		}
		return actions;
	}

	/** The edits of {@code action} to {@code file} (a fix edits the file of its problem only). */
	private static List<TextEdit> edited(IFile file, CodeAction action) {
		List<TextEdit> edits = new ArrayList<>();
		if (action.getEdit().getChanges() != null) {
			action.getEdit().getChanges().values().forEach(edits::addAll);
		}
		if (action.getEdit().getDocumentChanges() != null) {
			action.getEdit().getDocumentChanges().stream().filter(Either::isLeft)
					.forEach(change -> change.getLeft().getEdits().stream().filter(Either::isLeft)
							.forEach(edit -> edits.add(edit.getLeft())));
		}
		return edits;
	}

	private record Resolution(CodeAction action, List<TextEdit> edits) implements IMarkerResolution {

		@Override
		public String getLabel() {
			return action.getTitle();
		}

		@Override
		public void run(IMarker marker) {
			if (!(marker.getResource() instanceof IFile file)) {
				return;
			}
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			try {
				boolean open = EditorFiles.openInEditor(file);
				manager.connect(file.getFullPath(), LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
					TextEdits.apply(buffer.getDocument(), edits);
					if (!open) {
						buffer.commit(null, true); // no editor holds the file: the fix is saved
					}
				} finally {
					manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
				}
			} catch (CoreException | BadLocationException e) {
				PrivacyEditorPlugin.log("cannot apply the quick fix '" + action.getTitle() + "'", e);
			}
		}
	}
}
