package org.privacy.dsl.eclipse.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.junit.After;
import org.junit.Test;
import org.privacy.dsl.eclipse.Markers;

/**
 * One index per project, kept up to date as files are added, saved and deleted: a name declared in one file is
 * known in the others as soon as the file is there, and unknown again when it goes; the markers of the files open in
 * an editor follow without the user typing.
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

	private static List<IMarker> unknownNames(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(Markers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> "privacy.unknown-name".equals(m.getAttribute(Markers.ISSUE_CODE, null))).toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
