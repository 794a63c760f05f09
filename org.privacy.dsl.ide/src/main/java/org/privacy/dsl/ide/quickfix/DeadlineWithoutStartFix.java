package org.privacy.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.privacy.dsl.ide.rename.NodeText;
import org.privacy.dsl.privacy.Deadline;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.PrimitiveType;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;
import org.privacy.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * {@code requires sent within 72h} where nothing says when the 72 hours start — append {@code after <field>}, one
 * action per date-time field of the rule's entity (a date field when the event happens on a date), required fields
 * first; the field the event itself reads is left out. The diagnostic has no data: the candidates come from the model
 * (see the report on issue data).
 */
class DeadlineWithoutStartFix implements QuickFix {

	@Inject
	private PrivacyTypeComputer types;

	@Override
	public String code() {
		return IssueCodes.DEADLINE_WITHOUT_START;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		Deadline deadline = context.element(Deadline.class);
		if (deadline == null || deadline.getFrom() != null || !(deadline.eContainer() instanceof Statement statement)) {
			return List.of();
		}
		Entity entity = types.subjectEntity(statement);
		if (entity == null) {
			return List.of();
		}
		Expression at = statement.getRequirement() instanceof Reference r && r.getTarget() instanceof Term t
				&& t.isEvent() ? t.getAt() : statement.getRequirement();
		PrivacyType kind = types.typeOf(at);
		PrimitiveType wanted = kind.is(PrivacyType.Kind.DATE) ? PrimitiveType.DATE : PrimitiveType.DATETIME;
		Field own = at instanceof Reference r && r.getTarget() instanceof Field f ? f : null;
		ITextRegion span = NodeText.visibleRegion(NodeModelUtils.findActualNodeFor(deadline.getSpan()));
		int end = span.getOffset() + span.getLength();
		List<CodeAction> actions = new ArrayList<>();
		for (Field field : candidates(entity, wanted, own)) {
			CodeAction action = context.action("Count the deadline from '" + field.getName() + "'",
					context.insert(end, " after " + field.getName()));
			action.setIsPreferred(actions.isEmpty());
			actions.add(action);
		}
		return actions;
	}

	/** The fields of the wanted type, required ones first, in the order of the entity. */
	private static List<Field> candidates(Entity entity, PrimitiveType wanted, Field own) {
		List<Field> required = new ArrayList<>();
		List<Field> optional = new ArrayList<>();
		for (Field field : entity.getFields()) {
			if (field != own && field.getType() != null && !field.getType().isList()
					&& field.getType().getType() == null && field.getType().getPrimitive() == wanted) {
				(field.isOptional() ? optional : required).add(field);
			}
		}
		required.addAll(optional);
		return required;
	}
}
