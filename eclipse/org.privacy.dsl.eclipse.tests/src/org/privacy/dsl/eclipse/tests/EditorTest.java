package org.privacy.dsl.eclipse.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;
import org.privacy.dsl.eclipse.FormatHandler;
import org.privacy.dsl.eclipse.Markers;
import org.privacy.dsl.eclipse.PrivacyContentAssistProcessor;
import org.privacy.dsl.eclipse.PrivacyHyperlinkDetector;
import org.privacy.dsl.eclipse.PrivacyLanguage;
import org.privacy.dsl.eclipse.PrivacyTextHover;
import org.privacy.dsl.eclipse.RunScenariosHandler;
import org.privacy.dsl.eclipse.TokenColours;

/** The editor of rule files in a running workbench, on the Canal+ example. */
public class EditorTest {

	private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";

	@BeforeClass
	public static void project() throws Exception {
		Workbench.canalPlus();
	}

	@After
	public void closeEditors() {
		Workbench.closeAll();
	}

	@Test
	public void canalPlusRulesOpenInTheGenericEditorWithoutErrors() throws Exception {
		IFile rules = Workbench.canalPlus().getFile("rules.privacy");
		ITextEditor editor = Workbench.open(rules);
		assertEquals(GENERIC_EDITOR, editor.getSite().getId());
		assertTrue(Workbench.document(editor).get().contains("rule MKT-01"));
		// the Canal+ rules are clean: once checked, no error marker
		Workbench.waitUntil("the first check of rules.privacy", () -> Workbench.checks(rules) > 0);
		assertEquals(List.of(), Workbench.errors(rules));
	}

	@Test
	public void keywordsAreColouredAsKeywords() throws Exception {
		ITextEditor editor = Workbench.open(Workbench.canalPlus().getFile("rules.privacy"));
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		int rule = Workbench.document(editor).get().indexOf("rule MKT-01");
		int requires = Workbench.document(editor).get().indexOf("requires optin");
		TokenColours.Style keyword = TokenColours.of(TokenColours.KEYWORD);
		Workbench.waitUntil("the colour of 'rule'", () -> keyword.foreground().equals(colourAt(text, rule)));
		StyleRange style = text.getStyleRangeAtOffset(requires);
		assertNotNull("'requires' is coloured", style);
		assertEquals(keyword.foreground(), style.foreground);
		assertEquals(SWT.BOLD, style.fontStyle & SWT.BOLD);
		// a term's name is not coloured as a keyword: the language's semantic highlighting colours it
		int optin = requires + "requires ".length();
		assertFalse(keyword.foreground().equals(colourAt(text, optin)));
	}

	@Test
	public void aMisspelledTermIsMarkedAsTheUserTypesWithItsIssueCodeAndFixedByItsQuickFix() throws Exception {
		IFile rules = Workbench.canalPlus().getFile("rules.privacy");
		ITextEditor editor = Workbench.open(rules);
		IDocument document = Workbench.document(editor);
		int optin = document.get().indexOf("email marketing requires optin") + "email marketing requires ".length();
		document.replace(optin, "optin".length(), "optinn");
		Workbench.waitUntil("a marker on the misspelled term", () -> !Workbench.errors(rules).isEmpty());
		IMarker marker = Workbench.errors(rules).get(0);
		assertEquals("privacy.unknown-name", marker.getAttribute(Markers.ISSUE_CODE, null));
		assertEquals(document.getLineOfOffset(optin) + 1, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(optin, marker.getAttribute(IMarker.CHAR_START, -1));
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		assertTrue(message, message.contains("'optinn'") && message.contains("did you mean 'optin'"));

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		IMarkerResolution fix = Arrays.stream(fixes).filter(f -> f.getLabel().contains("'optin'")).findFirst()
				.orElseThrow(() -> new AssertionError("no fix naming 'optin' among "
						+ Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList()));
		fix.run(marker);
		assertTrue(document.get().contains("email marketing requires optin\n"));
		Workbench.waitUntil("the marker gone after the quick fix", () -> Workbench.errors(rules).isEmpty());
	}

	@Test
	public void contentAssistProposesTermsAndTheAcceptedOneIsInserted() throws Exception {
		ITextEditor editor = Workbench.open(Workbench.canalPlus().getFile("rules.privacy"));
		IDocument document = Workbench.document(editor);
		int end = document.get().indexOf("email marketing requires optin") + "email marketing requires optin".length();
		document.replace(end - "in".length(), "in".length(), "");
		ICompletionProposal[] proposals = new PrivacyContentAssistProcessor()
				.computeCompletionProposals(Workbench.viewer(editor), end - "in".length());
		ICompletionProposal optin = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith("optin"))
				.findFirst().orElseThrow(() -> new AssertionError("no 'optin' among "
						+ Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList()));
		optin.apply(document);
		assertTrue(document.get().contains("email marketing requires optin\n"));
	}

	@Test
	public void hoverOnALegalBasisShowsTheArticle() throws Exception {
		ITextEditor editor = Workbench.open(Workbench.canalPlus().getFile("rules.privacy"));
		int basis = Workbench.document(editor).get().indexOf("\"GDPR art. 7\"") + 3;
		String hover = new PrivacyTextHover().getHoverInfo(Workbench.viewer(editor), new Region(basis, 0));
		assertNotNull("a hover on \"GDPR art. 7\"", hover);
		assertTrue(hover, hover.contains("GDPR art. 7"));
		assertTrue(hover, hover.toLowerCase().contains("consent"));
	}

	@Test
	public void formatLaysABadlyLaidOutFileOutAsPrivacyFmt() throws Exception {
		// the example is in canonical layout (./test runs 'privacy fmt --check examples'); with its indentation and
		// spacing broken, formatting must give it back
		String canonical = Workbench.example("canal-plus/rules/vocabulary.privacy");
		String broken = canonical.replaceAll("(?m)^\t+", "").replace(" where ", "   where  ").replace(":\n", " :\n");
		assertFalse(broken.equals(canonical));
		ITextEditor editor = Workbench.open(Workbench.canalPlus().getFile("vocabulary.privacy"));
		IDocument document = Workbench.document(editor);
		document.set(broken);
		assertNull(FormatHandler.format(document));
		assertEquals(canonical, document.get());
	}

	@Test
	public void goToDefinitionLeadsToTheTermInAnotherFileOfTheProject() throws Exception {
		IFile rules = Workbench.canalPlus().getFile("rules.privacy");
		ITextEditor editor = Workbench.open(rules);
		int optin = Workbench.document(editor).get().indexOf("requires optin") + "requires op".length();
		List<IHyperlink> links = PrivacyLanguage.get().read(Workbench.document(editor),
				edited -> PrivacyHyperlinkDetector.definitions(edited, optin));
		assertEquals(1, links.size());
		PrivacyHyperlinkDetector.Definition definition = (PrivacyHyperlinkDetector.Definition) links.get(0);
		assertEquals("vocabulary.privacy", definition.target().lastSegment());
		String vocabulary = Workbench.example("canal-plus/rules/vocabulary.privacy");
		assertEquals("optin", vocabulary.substring(definition.offset(), definition.offset() + definition.length()));
		definition.open();
		Workbench.processEvents();
		ITextEditor opened = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor()
				.getAdapter(ITextEditor.class);
		assertEquals(Workbench.canalPlus().getFile("vocabulary.privacy"), opened.getEditorInput().getAdapter(IFile.class));
	}

	@Test
	public void runScenariosRunsTheScenariosOfTheFilesFolder() throws Exception {
		String summary = RunScenariosHandler.run(Workbench.canalPlus().getFile("scenarios.privacy"));
		assertTrue(summary, summary.matches("[1-9][0-9]* passed, 0 failed"));
	}

	private static org.eclipse.swt.graphics.Color colourAt(StyledText text, int offset) {
		StyleRange style = text.getStyleRangeAtOffset(offset);
		return style == null ? null : style.foreground;
	}
}
