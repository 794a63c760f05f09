package org.privacy.dsl.ide.quickfix;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.privacy.dsl.ide.rename.NodeText;

/** One diagnostic to fix, with the file it is in and helpers to turn text regions into code actions. */
final class FixContext {
	private final String uri;
	private final XtextResource resource;
	private final Document document;
	private final Diagnostic diagnostic;
	private final List<String> data;

	FixContext(String uri, XtextResource resource, Document document, Diagnostic diagnostic) {
		this.uri = uri;
		this.resource = resource;
		this.document = document;
		this.diagnostic = diagnostic;
		this.data = IssueData.of(diagnostic.getData());
	}

	XtextResource resource() {
		return resource;
	}

	/** The issue data; {@code null} for an index the diagnostic does not have. */
	String data(int index) {
		return index < data.size() ? data.get(index) : null;
	}

	int start() {
		return document.getOffSet(diagnostic.getRange().getStart());
	}

	int end() {
		return document.getOffSet(diagnostic.getRange().getEnd());
	}

	/** The text the diagnostic marks. */
	String markedText() {
		return document.getContents().substring(start(), end());
	}

	String text(ITextRegion region) {
		return document.getContents().substring(region.getOffset(), region.getOffset() + region.getLength());
	}

	/**
	 * The model element the diagnostic is about: the innermost element whose text is exactly the marked text, or else
	 * the innermost element at its start (a diagnostic on a feature, such as a rule's id, marks part of its element).
	 */
	EObject element() {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), start());
		EObject innermost = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		for (EObject e = innermost; e != null; e = e.eContainer()) {
			INode node = NodeModelUtils.findActualNodeFor(e);
			ITextRegion region = node == null ? null : NodeText.visibleRegion(node);
			if (region != null && region.getOffset() == start() && region.getOffset() + region.getLength() == end()) {
				return e;
			}
		}
		return innermost;
	}

	/** The element of the diagnostic, or its nearest container of the given type. */
	<T extends EObject> T element(Class<T> type) {
		for (EObject e = element(); e != null; e = e.eContainer()) {
			if (type.isInstance(e)) {
				return type.cast(e);
			}
		}
		return null;
	}

	TextEdit replace(ITextRegion region, String text) {
		return replace(region.getOffset(), region.getOffset() + region.getLength(), text);
	}

	TextEdit replace(int start, int end, String text) {
		return new TextEdit(new Range(document.getPosition(start), document.getPosition(end)), text);
	}

	TextEdit insert(int offset, String text) {
		return replace(offset, offset, text);
	}

	/** Removes {@code node} with the white space and comments before it, so that no empty line is left. */
	TextEdit removeWithLeadingSpace(INode node) {
		ITextRegion region = NodeText.visibleRegion(node);
		return replace(endOfPreviousToken(region.getOffset()), region.getOffset() + region.getLength(), "");
	}

	/** The end of the last visible token before {@code offset}. */
	int endOfPreviousToken(int offset) {
		int end = 0;
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.getEndOffset() > offset) {
				break;
			}
			if (!leaf.isHidden()) {
				end = leaf.getEndOffset();
			}
		}
		return end;
	}

	/** A quick fix for this diagnostic that applies {@code edits} to this file. */
	CodeAction action(String title, TextEdit... edits) {
		CodeAction action = new CodeAction(title);
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(edits))));
		return action;
	}
}
