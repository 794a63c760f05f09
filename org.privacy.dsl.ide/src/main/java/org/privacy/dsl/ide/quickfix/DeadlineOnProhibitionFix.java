package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.model.SourceText;
import org.privacy.dsl.privacy.Deadline;
import org.privacy.dsl.validation.IssueCodes;

/** {@code Incident forbids notify within 72h} — a prohibition has no deadline: drop {@code within 72h}. */
class DeadlineOnProhibitionFix implements QuickFix {

	@Override
	public String code() {
		return IssueCodes.DEADLINE_ON_PROHIBITION;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		Deadline deadline = context.element(Deadline.class);
		if (deadline == null) {
			return List.of();
		}
		return List.of(context.action("Drop the deadline '" + SourceText.of(deadline) + "'",
				context.removeWithLeadingSpace(NodeModelUtils.findActualNodeFor(deadline))));
	}
}
