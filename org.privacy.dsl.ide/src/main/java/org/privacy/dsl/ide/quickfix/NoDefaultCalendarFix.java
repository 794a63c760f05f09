package org.privacy.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.ide.rename.NodeText;
import org.privacy.dsl.privacy.CalendarTest;
import org.privacy.dsl.privacy.ClosedOnHolidays;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.validation.IssueCodes;

/**
 * {@code sentAt is a public holiday} in a file whose policy names no calendar: add {@code holidays France} to the
 * policy line (every test of the file then means France), or name the calendar in this test only ({@code in France}).
 */
class NoDefaultCalendarFix implements QuickFix {

	private static final String CALENDAR = "France";

	@Override
	public String code() {
		return IssueCodes.NO_DEFAULT_CALENDAR;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		EObject test = context.element(CalendarTest.class);
		if (test == null) {
			test = context.element(ClosedOnHolidays.class);
		}
		if (test == null) {
			return List.of();
		}
		List<CodeAction> actions = new ArrayList<>();
		Model model = EcoreUtil2.getContainerOfType(test, Model.class);
		INode policy = model == null || model.getPolicy() == null ? null : NodeModelUtils.findActualNodeFor(model.getPolicy());
		if (policy != null) {
			var region = NodeText.visibleRegion(policy);
			CodeAction add = context.action("Add 'holidays " + CALENDAR + "' to the policy",
					context.insert(region.getOffset() + region.getLength(), " holidays " + CALENDAR));
			add.setIsPreferred(true);
			actions.add(add);
		}
		var region = NodeText.visibleRegion(NodeModelUtils.findActualNodeFor(test));
		actions.add(context.action("Write 'in " + CALENDAR + "' here",
				context.insert(region.getOffset() + region.getLength(), " in " + CALENDAR)));
		return actions;
	}
}
