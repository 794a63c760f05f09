package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.privacy.dsl.ide.rename.NameSyntax;
import org.privacy.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/** {@code unless extention notified} — replace the unknown name by the suggestion of the diagnostic (data [name, suggestion]). */
class UnknownNameFix implements QuickFix {

	@Inject
	private NameSyntax syntax;

	@Override
	public String code() {
		return IssueCodes.UNKNOWN_NAME;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		String suggestion = context.data(1);
		if (suggestion == null || suggestion.isBlank()) {
			return List.of();
		}
		CodeAction action = context.action("Change to '" + suggestion + "'",
				context.replace(context.start(), context.end(), syntax.reference(suggestion)));
		action.setIsPreferred(true);
		return List.of(action);
	}
}
