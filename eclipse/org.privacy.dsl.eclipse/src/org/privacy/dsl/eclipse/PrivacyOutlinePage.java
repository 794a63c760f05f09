package org.privacy.dsl.eclipse;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The Outline of a rule file: the language server's document symbols (its {@code documentSymbol} service,
 * {@link HierarchicalDocumentSymbolService}: the rule set, the rules under their articles, entities with their
 * fields, terms, ...) shown as a tree. It follows the text: each check of the file as the user types
 * ({@link PrivacyReconciler}) hands it the symbols of the text it parsed. Selecting a node selects the declaration's
 * name in the editor.
 */
public class PrivacyOutlinePage extends ContentOutlinePage {

	/** The pages shown, so that the reconciler can feed the page of the document it checked. */
	private static final Set<PrivacyOutlinePage> PAGES = new CopyOnWriteArraySet<>();

	private final ITextEditor editor;
	private final IDocument document;
	/** The viewer's input, set once: the symbols shown (on the UI thread). */
	private final Shown shown = new Shown();

	PrivacyOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = EditorFiles.document(editor);
	}

	/** The symbols of a rule file, as the language server's {@code textDocument/documentSymbol} gives them. */
	public static List<DocumentSymbol> symbols(EditedResource edited, CancelIndicator cancel) {
		return edited.resource().getResourceServiceProvider().get(HierarchicalDocumentSymbolService.class)
				.getSymbols(edited.resource(), cancel);
	}

	/** Whether an outline shows {@code document} (then its checks compute the symbols too). */
	static boolean shown(IDocument document) {
		return PAGES.stream().anyMatch(page -> page.document == document);
	}

	/** The symbols of {@code document}'s text just parsed: its outline pages show them. */
	static void parsed(IDocument document, List<DocumentSymbol> symbols) {
		for (PrivacyOutlinePage page : PAGES) {
			if (page.document == document) {
				page.show(symbols);
			}
		}
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Symbols());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels()));
		viewer.setComparer(new SameDeclaration());
		viewer.setAutoExpandLevel(3);
		PAGES.add(this);
		// the first symbols: the file may have been checked before the Outline was shown
		Job first = Job.create("Outline of " + editor.getTitle(), (IProgressMonitor monitor) -> {
			try {
				List<DocumentSymbol> symbols = PrivacyLanguage.get().read(document,
						edited -> symbols(edited, monitor::isCanceled));
				if (symbols != null) {
					show(symbols);
				}
			} catch (RuntimeException e) {
				PrivacyEditorPlugin.log("cannot show the outline", e);
			}
			return Status.OK_STATUS;
		});
		first.setSystem(true);
		first.schedule();
	}

	@Override
	public void dispose() {
		PAGES.remove(this);
		super.dispose();
	}

	/**
	 * Shows {@code symbols} (on the UI thread, later). The tree is refreshed, not rebuilt: its comparer
	 * ({@link SameDeclaration}) keeps the nodes the user expanded and selected.
	 */
	private void show(List<DocumentSymbol> symbols) {
		Control control = getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			TreeViewer viewer = getTreeViewer();
			if (viewer == null || viewer.getControl().isDisposed() || symbols.equals(shown.symbols)) {
				return;
			}
			shown.symbols = symbols;
			if (viewer.getInput() == null) {
				viewer.setInput(shown); // the first symbols: expanded to the viewer's auto-expand level
			} else {
				viewer.refresh();
			}
		});
	}

	/** The symbols the Outline shows, for its content provider. */
	private static final class Shown {
		List<DocumentSymbol> symbols = List.of();
	}

	/** A node chosen: its declaration's name selected and shown in the editor. */
	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentSymbol symbol && symbol.getSelectionRange() != null) {
			try {
				int start = offset(symbol.getSelectionRange().getStart());
				int end = offset(symbol.getSelectionRange().getEnd());
				editor.selectAndReveal(start, Math.max(0, end - start));
			} catch (BadLocationException e) {
				// the text changed since the outline was computed: the next check brings the outline up to date
			}
		}
	}

	private int offset(Position position) throws BadLocationException {
		int line = Math.min(position.getLine(), document.getNumberOfLines() - 1);
		int start = document.getLineOffset(line);
		return Math.min(start + position.getCharacter(), start + document.getLineLength(line));
	}

	private static final class Symbols implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof Shown shown ? shown.symbols.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof DocumentSymbol symbol && symbol.getChildren() != null
					? symbol.getChildren().toArray()
					: new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof DocumentSymbol symbol && symbol.getChildren() != null
					&& !symbol.getChildren().isEmpty();
		}
	}

	/** The name, then its detail (a rule's title, a field's type) greyed. */
	private static final class Labels extends LabelProvider
			implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {

		@Override
		public StyledString getStyledText(Object element) {
			if (!(element instanceof DocumentSymbol symbol)) {
				return new StyledString(String.valueOf(element));
			}
			StyledString text = new StyledString(symbol.getName());
			if (symbol.getDetail() != null && !symbol.getDetail().isBlank()) {
				text.append("  " + symbol.getDetail(), StyledString.QUALIFIER_STYLER);
			}
			return text;
		}

		@Override
		public String getText(Object element) {
			return getStyledText(element).getString();
		}
	}

	/** A node is the same from one text to the next when its kind and name are (its place moves as the user types). */
	private static final class SameDeclaration implements IElementComparer {

		@Override
		public boolean equals(Object a, Object b) {
			if (a instanceof DocumentSymbol x && b instanceof DocumentSymbol y) {
				return x.getKind() == y.getKind() && Objects.equals(x.getName(), y.getName());
			}
			return Objects.equals(a, b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof DocumentSymbol symbol ? Objects.hash(symbol.getKind(), symbol.getName())
					: Objects.hashCode(element);
		}
	}
}
