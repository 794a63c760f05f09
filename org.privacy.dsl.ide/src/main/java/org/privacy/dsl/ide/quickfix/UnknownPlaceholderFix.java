package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.typing.PrivacyTypeComputer;
import org.privacy.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * {@code explain "{acount} ..."} — replace the placeholder by the nearest field of the rule's entity. The data is
 * [name]; the candidates are the entity's fields.
 */
class UnknownPlaceholderFix implements QuickFix {

	@Inject
	private PrivacyTypeComputer types;

	@Override
	public String code() {
		return IssueCodes.UNKNOWN_PLACEHOLDER;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		String name = context.data(0);
		Rule rule = context.element(Rule.class);
		Entity entity = rule == null ? null : types.subjectEntity(rule);
		if (name == null || entity == null) {
			return List.of();
		}
		String field = Nearest.to(name, entity.getFields().stream().map(Field::getName).toList());
		String marked = context.markedText();
		int at = marked.indexOf("{" + name + "}");
		if (field == null || at < 0) {
			return List.of();
		}
		int start = context.start() + at + 1;
		CodeAction action = context.action("Change {" + name + "} to {" + field + "}",
				context.replace(start, start + name.length(), field));
		action.setIsPreferred(true);
		return List.of(action);
	}
}
