package org.privacy.dsl.eclipse.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

/**
 * Quick fixes of the language (its code actions, see the main build's {@code QuickFixTest}) chosen on a marker in
 * the workbench: the fix edits the editor's text and the marker goes. Each test writes a file of its own into a copy of
 * the Canal+ project, so that names link with the example's model and vocabulary.
 */
public class QuickFixesTest {

	private IFile file;

	@After
	public void removeTheFile() throws CoreException {
		Workbench.closeAll();
		if (file != null && file.exists()) {
			file.delete(true, null);
		}
	}

	@Test
	public void aKeywordInATermsNameIsJoinedWithHyphens() throws Exception {
		String fixed = fix("keyword.privacy", """
				package canal.plus

				term "objection and notice" for AccessRequest: answeredAt is missing
				""", "privacy.keyword-in-name", "Join the words with hyphens: 'objection-and-notice'");
		assertTrue(fixed, fixed.contains("\nterm \"objection-and-notice\" for AccessRequest: answeredAt is missing\n"));
	}

	@Test
	public void aMisspeltCalendarIsCorrected() throws Exception {
		String fixed = fix("calendar.privacy", """
				package canal.plus

				rule FIX-01 "Access requests are received on working days"
					basis "internal policy"
					AccessRequest requires receivedAt is a working day in Frnace
				""", "privacy.unknown-calendar", "Change to 'France'");
		assertTrue(fixed, fixed.contains("\tAccessRequest requires receivedAt is a working day in France\n"));
	}

	@Test
	public void aRuleWithoutBasisGetsABasisLineToComplete() throws Exception {
		String fixed = fix("basis.privacy", """
				package canal.plus

				rule FIX-02 "Email prospection needs consent"
					severity law
					email marketing requires optin
				""", "privacy.missing-basis", "Add a legal basis: basis \"GDPR art. 6(1)(?)\"");
		assertTrue(fixed, fixed.contains("""
				rule FIX-02 "Email prospection needs consent"
					basis "GDPR art. 6(1)(?)"
					severity law
				"""));
	}

	@Test
	public void aRuleIdUsedInAnotherFileGetsAnIdNoFileOfTheProjectUses() throws Exception {
		// rules.privacy has MKT-01; this file has MKT-01 again and MKT-01-2: the fix reads the project's index
		String fixed = fix("duplicate.privacy", """
				package canal.plus

				rule MKT-01 "Email prospection offers a way to object"
					basis "CPCE art. L34-5"
					electronic marketing requires optOutLink

				rule MKT-01-2 "Email prospection names the sender"
					basis "CPCE art. L34-5"
					electronic marketing requires senderNamed
				""", "privacy.duplicate-rule-id", "Rename rule 'MKT-01' to 'MKT-01-3'");
		assertTrue(fixed, fixed.contains("\nrule MKT-01-3 \"Email prospection offers a way to object\"\n"));
	}

	/**
	 * Opens {@code text} as the file {@code name}, waits for the marker of {@code code}, applies its fix
	 * {@code label}, waits for the marker to go and returns the editor's text.
	 */
	private String fix(String name, String text, String code, String label) throws Exception {
		IProject project = Workbench.copyOfCanalPlus("quick-fixes");
		file = Workbench.write(project, name, text);
		ITextEditor editor = Workbench.open(file);
		Workbench.waitUntil("a marker " + code + " on " + name, () -> !Workbench.markers(file, code).isEmpty());
		IMarker marker = Workbench.markers(file, code).get(0);
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		IMarkerResolution fix = Arrays.stream(fixes).filter(f -> f.getLabel().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix '" + label + "' among "
						+ Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList()));
		fix.run(marker);
		String fixed = Workbench.document(editor).get();
		assertTrue("the fix changed the text", !fixed.equals(text));
		Workbench.waitUntil("the marker " + code + " gone after the fix", () -> Workbench.markers(file, code).isEmpty());
		try (var saved = file.getContents()) {
			assertEquals("the fix is in the editor, not saved yet", text,
					new String(saved.readAllBytes(), file.getCharset()));
		}
		return fixed;
	}
}
