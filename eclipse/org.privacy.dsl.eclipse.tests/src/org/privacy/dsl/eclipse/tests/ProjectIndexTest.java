package org.privacy.dsl.eclipse.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

/**
 * One index per project, kept up to date as files are added, saved and deleted: a name declared in one file is
 * known in the others as soon as the file is there, and unknown again when it goes; the markers of the files open in
 * an editor follow without the user typing. Changes of an editor closed without saving do not linger in the index.
 */
public class ProjectIndexTest {

	private static final String USES = """
			package canal.plus

			rule OBJ-01 "An objection to prospection is honoured"
				basis "GDPR art. 21(3)"
				electronic marketing requires objectionRecorded
			""";

	private static final String DECLARES = """
			package canal.plus

			term objectionRecorded for MessageSend: optOutLink and senderNamed
			""";

	@After
	public void closeEditors() {
		Workbench.closeAll();
	}

	@Test
	public void aTermDeclaredInAFileAddedSavedOrDeletedIsKnownOrUnknownInTheOtherFiles() throws Exception {
		IProject project = Workbench.copyOfCanalPlus("index");
		IFile uses = Workbench.write(project, "objections.privacy", USES);
		Workbench.open(uses);
		Workbench.waitUntil("the unknown term marked", () -> !unknownNames(uses).isEmpty());
		IMarker marker = unknownNames(uses).get(0);
		assertEquals(USES.indexOf("objectionRecorded"), marker.getAttribute(IMarker.CHAR_START, -1));

		// a file declaring the term is added (as a save from another editor or a checkout does)
		IFile declares = Workbench.write(project, "objection-terms.privacy", DECLARES);
		Workbench.waitUntil("the marker gone once the term's file is added", () -> unknownNames(uses).isEmpty());

		// that file saved without the term: the term is unknown again
		Workbench.write(project, "objection-terms.privacy", "package canal.plus\n");
		Workbench.waitUntil("the marker back once the term's file is saved without it",
				() -> !unknownNames(uses).isEmpty());

		// saved with it again, then deleted
		Workbench.write(project, "objection-terms.privacy", DECLARES);
		Workbench.waitUntil("the marker gone once the term is back", () -> unknownNames(uses).isEmpty());
		declares.delete(true, null);
		Workbench.waitUntil("the marker back once the term's file is deleted", () -> !unknownNames(uses).isEmpty());
		String message = unknownNames(uses).get(0).getAttribute(IMarker.MESSAGE, "");
		assertTrue(message, message.contains("objectionRecorded"));
	}

	@Test
	public void changesOfAnEditorClosedWithoutSavingAreForgottenByTheOtherFiles() throws Exception {
		IProject project = Workbench.copyOfCanalPlus("index-unsaved");
		IFile declares = Workbench.write(project, "objection-terms.privacy", DECLARES);
		IFile uses = Workbench.write(project, "objections.privacy", USES);
		ITextEditor usesEditor = Workbench.open(uses);
		Workbench.waitUntil("the first check of the file using the term", () -> Workbench.checks(uses) > 0);
		assertEquals(List.of(), unknownNames(uses));

		// the term's declaration deleted in its editor, not saved: the file using it sees the editor's text
		ITextEditor declaresEditor = Workbench.open(declares);
		int checked = Workbench.checks(declares);
		Workbench.document(declaresEditor).set("package canal.plus\n");
		Workbench.waitUntil("the unsaved text checked", () -> Workbench.checks(declares) > checked);
		IDocument usesText = Workbench.document(usesEditor);
		usesText.replace(usesText.getLength(), 0, "\n");
		Workbench.waitUntil("the term unknown while its deletion is unsaved", () -> !unknownNames(uses).isEmpty());

		// the editor closed without saving: the declaration on disk counts again
		declaresEditor.getSite().getPage().closeEditor(declaresEditor, false);
		Workbench.waitUntil("the term known again once the unsaved deletion is dropped",
				() -> unknownNames(uses).isEmpty());
	}

	private static List<IMarker> unknownNames(IFile file) {
		return Workbench.markers(file, "privacy.unknown-name");
	}
}
