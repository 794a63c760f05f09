package org.privacy.dsl.eclipse.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.After;
import org.junit.Test;
import org.privacy.dsl.eclipse.PrivacyOutlinePage;

/** The Outline view of a rule file: the language's document symbols, following the text, leading to the text. */
public class OutlineTest {

	@After
	public void closeEditors() {
		Workbench.closeAll();
	}

	@Test
	public void theOutlineListsTheRulesUnderTheirArticlesAndSelectingOneMovesTheCaretToIt() throws Exception {
		ITextEditor editor = Workbench.open(Workbench.canalPlus().getFile("rules.privacy"));
		PrivacyOutlinePage outline = outline();
		Workbench.waitUntil("the rules in the Outline", () -> find(outline, "MKT-01") != null);
		List<String> labels = labels(outline);
		// the rule set (the policy), the articles, the rules with their titles
		assertTrue(labels.toString(), labels.get(0).startsWith("CanalPlus"));
		assertTrue(labels.toString(), labels.stream().anyMatch(l -> l.startsWith("GDPR art. 7 ")));
		assertTrue(labels.toString(), labels.contains("MKT-01  Email prospection of individuals needs their prior consent"));
		assertTrue(labels.toString(), labels.stream().anyMatch(l -> l.startsWith("RTS-01 ")));

		TreeItem rts = find(outline, "RTS-01");
		outline.setSelection(new StructuredSelection(rts.getData()));
		Workbench.processEvents();
		ITextSelection caret = (ITextSelection) editor.getSelectionProvider().getSelection();
		String text = Workbench.document(editor).get();
		assertEquals(text.indexOf("rule RTS-01") + "rule ".length(), caret.getOffset());
		assertEquals("RTS-01", caret.getText());
	}

	@Test
	public void theOutlineFollowsTheTextAsTheUserTypes() throws Exception {
		ITextEditor editor = Workbench.open(Workbench.canalPlus().getFile("rules.privacy"));
		PrivacyOutlinePage outline = outline();
		Workbench.waitUntil("the rules in the Outline", () -> find(outline, "MKT-01") != null);
		IDocument document = Workbench.document(editor);
		document.replace(document.getLength(), 0, "\nrule NEW-01 \"A rule being written\"\n\tbasis \"GDPR art. 7\"\n"
				+ "\temail marketing requires optin\n");
		Workbench.waitUntil("the new rule in the Outline", () -> find(outline, "NEW-01") != null);
		document.replace(document.get().indexOf("rule MKT-01"), "rule MKT-01".length(), "rule MKT-10");
		Workbench.waitUntil("the renamed rule in the Outline",
				() -> find(outline, "MKT-10") != null && find(outline, "MKT-01") == null);
	}

	@Test
	public void theOutlineOfTheModelListsItsEntitiesAndTheirFields() throws Exception {
		Workbench.open(Workbench.canalPlus().getFile("model.privacy"));
		PrivacyOutlinePage outline = outline();
		Workbench.waitUntil("the entities in the Outline", () -> find(outline, "AccessRequest") != null);
		List<String> labels = labels(outline);
		assertTrue(labels.toString(), labels.contains("entities"));
		for (String entity : List.of("Prospect", "Consent", "MessageSend", "ProspectingCall", "SecurityIncident")) {
			assertTrue(entity + " in " + labels, find(outline, entity) != null);
		}
		TreeItem access = find(outline, "AccessRequest");
		// the user expands the entity (as a click on its arrow does: the tree creates the children on this event)
		Event expand = new Event();
		expand.item = access;
		access.getParent().notifyListeners(SWT.Expand, expand);
		access.setExpanded(true);
		Workbench.processEvents();
		// an entity's node holds its fields, with their types
		Workbench.waitUntil("the fields of AccessRequest", () -> access.getItemCount() > 0
				&& access.getItem(0).getData() != null);
		List<String> fields = new ArrayList<>();
		for (TreeItem field : access.getItems()) {
			fields.add(field.getText());
		}
		assertTrue(fields.toString(), fields.contains("receivedAt  datetime"));
	}

	/** The Outline view, shown, with the page of the active editor. */
	private static PrivacyOutlinePage outline() throws Exception {
		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ContentOutline view = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		page.activate(page.getActiveEditor());
		Workbench.waitUntil("the Outline page of the rule file", () -> view.getCurrentPage() instanceof PrivacyOutlinePage);
		return (PrivacyOutlinePage) view.getCurrentPage();
	}

	private static List<String> labels(PrivacyOutlinePage outline) {
		List<String> labels = new ArrayList<>();
		for (TreeItem item : ((Tree) outline.getControl()).getItems()) {
			collect(item, labels);
		}
		return labels;
	}

	private static void collect(TreeItem item, List<String> labels) {
		if (item.getData() == null) {
			return; // a placeholder of a node not expanded
		}
		labels.add(item.getText());
		for (TreeItem child : item.getItems()) {
			collect(child, labels);
		}
	}

	/** The first node named {@code name} (shown, i.e. its parent is expanded), or null. */
	private static TreeItem find(PrivacyOutlinePage outline, String name) {
		if (outline.getControl() == null || outline.getControl().isDisposed()) {
			return null;
		}
		for (TreeItem item : ((Tree) outline.getControl()).getItems()) {
			TreeItem found = find(item, name);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static TreeItem find(TreeItem item, String name) {
		if (item.getData() instanceof DocumentSymbol symbol && name.equals(symbol.getName())) {
			return item;
		}
		for (TreeItem child : item.getItems()) {
			TreeItem found = find(child, name);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
