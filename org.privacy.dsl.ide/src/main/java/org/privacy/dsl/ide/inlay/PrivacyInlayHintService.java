package org.privacy.dsl.ide.inlay;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.privacy.dsl.privacy.Deadline;
import org.privacy.dsl.privacy.DurationLiteral;
import org.privacy.dsl.privacy.DurationUnit;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;

import com.google.inject.Singleton;

/**
 * Inlay hints for a reader of rules: after an activity term used as a subject, what it covers
 * ({@code : MessageSend where channel = EMAIL …}); after a calendar deadline ({@code within 1 month}), how it is
 * counted. Other terms get no hint: conditions and events read well as they are.
 */
@Singleton
public class PrivacyInlayHintService {

	/** The longest label of a term's expansion, ellipsis included. */
	public static final int MAX_LABEL = 40;

	private static final PrivacyPackage P = PrivacyPackage.eINSTANCE;

	/** The hints whose position lies in {@code range} (the whole document when it is null). */
	public List<InlayHint> inlayHints(Document document, XtextResource resource, Range range,
			CancelIndicator cancelIndicator) {
		List<InlayHint> hints = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return hints;
		}
		LineIndex lines = new LineIndex(document.getContents());
		int from = range == null ? 0 : lines.offset(range.getStart());
		int to = range == null ? document.getContents().length() : lines.offset(range.getEnd());
		TreeIterator<EObject> all = EcoreUtil2.eAll(model);
		while (all.hasNext()) {
			if (cancelIndicator.isCanceled()) {
				return hints;
			}
			EObject object = all.next();
			InlayHint hint = null;
			if (object instanceof Statement statement) {
				hint = activityHint(statement, P.getStatement_Subject(), statement.getSubject(), from, to);
			} else if (object instanceof Reference reference) {
				hint = activityHint(reference, P.getReference_Target(), reference.getTarget(), from, to);
			} else if (object instanceof Deadline deadline && deadline.getSpan() instanceof DurationLiteral span) {
				hint = calendarHint(span, model, from, to);
			}
			if (hint != null) {
				// the position holds the offset until here
				hint.setPosition(lines.position(hint.getPosition().getCharacter()));
				hints.add(hint);
			}
		}
		return hints;
	}

	private static InlayHint activityHint(EObject owner, org.eclipse.emf.ecore.EReference feature, EObject target,
			int from, int to) {
		if (!(target instanceof Term term) || term.eIsProxy() || term.isEvent()
				|| NodeModelUtils.findNodesForFeature(term, P.getTerm_Activity()).isEmpty()) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		INode node = nodes.get(0);
		if (node.getEndOffset() < from || node.getEndOffset() > to) {
			return null;
		}
		String expansion = TermExpansion.of(term);
		if (expansion.isEmpty()) {
			return null;
		}
		InlayHint hint = new InlayHint(offsetHolder(node.getEndOffset()),
				org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft(TermExpansion.shorten(": " + expansion, MAX_LABEL)));
		hint.setKind(InlayHintKind.Type);
		hint.setPaddingLeft(false);
		hint.setTooltip(new MarkupContent(MarkupKind.MARKDOWN,
				"activity **" + term.getName() + "**: `" + expansion + "`"));
		return hint;
	}

	/** A position that carries an offset, turned into a real position once all hints are known. */
	private static org.eclipse.lsp4j.Position offsetHolder(int offset) {
		return new org.eclipse.lsp4j.Position(0, offset);
	}

	private static InlayHint calendarHint(DurationLiteral span, Model model, int from, int to) {
		if (span.getCompact() != null
				|| (span.getUnit() != DurationUnit.MONTHS && span.getUnit() != DurationUnit.YEARS)) {
			return null;
		}
		INode node = NodeModelUtils.findActualNodeFor(span);
		if (node == null || node.getEndOffset() < from || node.getEndOffset() > to) {
			return null;
		}
		InlayHint hint = new InlayHint(offsetHolder(node.getEndOffset()),
				org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft(CalendarWording.label(span)));
		hint.setKind(InlayHintKind.Parameter);
		hint.setPaddingLeft(true);
		hint.setTooltip(new MarkupContent(MarkupKind.MARKDOWN, CalendarWording.explanation(span, model)));
		return hint;
	}
}
