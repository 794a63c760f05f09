package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.privacy.dsl.ide.rename.NodeText;
import org.privacy.dsl.privacy.Binary;
import org.privacy.dsl.privacy.Compare;
import org.privacy.dsl.privacy.Count;
import org.privacy.dsl.privacy.Deadline;
import org.privacy.dsl.privacy.DateOf;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.LengthOf;
import org.privacy.dsl.privacy.Membership;
import org.privacy.dsl.privacy.Not;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Shift;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.TimeOf;
import org.privacy.dsl.privacy.Unless;
import org.privacy.dsl.privacy.WeekdayOf;
import org.privacy.dsl.validation.IssueCodes;

/**
 * {@code requires answeredAt before receivedAt + 1 month} with {@code answeredAt} optional — guard the condition that
 * reads it: {@code answeredAt is present and (answeredAt before ...)}, or {@code answeredAt is missing or (...)}. A
 * deadline counted from an optional field is guarded in the rule's {@code where}. The data is [path].
 */
class UnguardedOptionalFix implements QuickFix {

	@Override
	public String code() {
		return IssueCodes.UNGUARDED_OPTIONAL;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		String path = context.data(0);
		if (path == null || !(context.element() instanceof Expression read)) {
			return List.of();
		}
		Expression condition = conditionReading(read);
		if (condition.eContainer() instanceof Deadline deadline && deadline.eContainer() instanceof Statement s) {
			return guardInWhere(context, s, path);
		}
		if (!isCondition(condition)) {
			return List.of();
		}
		ITextRegion region = NodeText.visibleRegion(NodeModelUtils.findActualNodeFor(condition));
		String text = context.text(region);
		boolean wrap = condition.eContainer() instanceof Not;
		return List.of(
				context.action("Guard with '" + path + " is present and ...'",
						context.replace(region, guarded(path + " is present and (" + text + ")", wrap))),
				context.action("Guard with '" + path + " is missing or ...'",
						context.replace(region, guarded(path + " is missing or (" + text + ")", wrap))));
	}

	/**
	 * The smallest condition (true or false) around the read: climb through comparisons, arithmetic and the
	 * collection of a quantifier or count, and stop at logic ('and', 'or', 'not') or at a rule's part.
	 */
	static Expression conditionReading(Expression read) {
		Expression c = read;
		while (true) {
			EObject parent = c.eContainer();
			if (parent instanceof Compare || parent instanceof Membership || parent instanceof Shift
					|| parent instanceof LengthOf || parent instanceof WeekdayOf || parent instanceof TimeOf
					|| parent instanceof DateOf
					|| parent instanceof org.privacy.dsl.privacy.CalendarTest
					|| parent instanceof org.privacy.dsl.privacy.WithinHours
					|| parent instanceof Count count && count.getCollection() == c
					|| parent instanceof Quantified q && q.getCollection() == c) {
				c = (Expression) parent;
			} else {
				return c;
			}
		}
	}

	/** Whether the expression stands where a condition is expected (not, e.g., where a term's event is counted from). */
	private static boolean isCondition(Expression e) {
		EObject parent = e.eContainer();
		return parent instanceof Expression || parent instanceof Statement || parent instanceof Unless
				|| parent instanceof Term term && term.getCondition() == e;
	}

	private static String guarded(String text, boolean wrap) {
		return wrap ? "(" + text + ")" : text;
	}

	/** {@code within 72h after notifiedAt}: the rule only applies where the start is present. */
	private static List<CodeAction> guardInWhere(FixContext context, Statement statement, String path) {
		String guard = path + " is present";
		if (statement.getFilter() == null) {
			List<INode> subject = NodeModelUtils.findNodesForFeature(statement,
					PrivacyPackage.eINSTANCE.getStatement_Subject());
			if (subject.isEmpty()) {
				return List.of();
			}
			ITextRegion s = NodeText.visibleRegion(subject.get(0));
			return List.of(context.action("Apply the rule only where '" + guard + "'",
					context.insert(s.getOffset() + s.getLength(), " where " + guard)));
		}
		ITextRegion filter = NodeText.visibleRegion(NodeModelUtils.findActualNodeFor(statement.getFilter()));
		String text = context.text(filter);
		boolean or = statement.getFilter() instanceof Binary b && "or".equals(b.getOp());
		return List.of(context.action("Apply the rule only where '" + guard + "'",
				context.replace(filter, (or ? "(" + text + ")" : text) + " and " + guard)));
	}
}
