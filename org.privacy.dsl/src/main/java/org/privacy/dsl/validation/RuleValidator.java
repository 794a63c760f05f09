package org.privacy.dsl.validation;

import java.time.LocalDate;
import java.util.regex.Matcher;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.model.LiteralValues;
import org.privacy.dsl.model.Placeholders;
import org.privacy.dsl.model.SourceText;
import org.privacy.dsl.privacy.Binary;
import org.privacy.dsl.privacy.BooleanLiteral;
import org.privacy.dsl.privacy.Compare;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.Membership;
import org.privacy.dsl.privacy.Presence;
import org.privacy.dsl.privacy.Prohibition;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Quantifier;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.Unless;
import org.privacy.dsl.typing.ElementDeadline;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyType.Kind;
import org.privacy.dsl.typing.PrivacyTypeComputer;

import com.google.inject.Inject;

/** Rules: a basis, an activity as subject, deadlines that can be counted, exceptions that can apply, periods. */
public class RuleValidator extends ConcernValidator {

	@Inject
	private PrivacyTypeComputer types;

	@Check
	public void basis(Rule rule) {
		if (rule.getBases().isEmpty()) {
			warning(Messages.missingBasis(rule.getName()), rule, P.getRule_Name(), rule.getName());
		}
	}

	@Check
	public void subject(Statement statement) {
		if (statement.getSubject() instanceof Term term && !term.eIsProxy() && term.getActivity() == null) {
			error(Messages.notAnActivity(term.getName(), term.isEvent()), statement, P.getStatement_Subject(),
					term.getName());
		}
	}

	@Check
	public void deadline(Statement statement) {
		if (statement.getDeadline() == null) {
			return;
		}
		if (statement.getKind() instanceof Prohibition) {
			error(Messages.deadlineOnProhibition(), statement.getDeadline(), P.getDeadline_Span());
			return;
		}
		Expression requirement = statement.getRequirement();
		Quantified perElement = ElementDeadline.of(statement);
		if (perElement != null) {
			if (perElement.getQuantifier() != Quantifier.EVERY) {
				error(Messages.deadlineNeedsEvery(perElement.getVar().getName()), perElement,
						P.getQuantified_Quantifier(), perElement.getQuantifier().getLiteral());
				return;
			}
			requirement = perElement.getCondition();
		}
		if (requirement instanceof Reference r && (r.getTarget() == null || r.getTarget().eIsProxy())) {
			return; // the unknown name is reported already
		}
		Term event = requirement instanceof Reference r && r.getTarget() instanceof Term t && t.isEvent() ? t : null;
		PrivacyType type = types.typeOf(requirement);
		if (event == null && !type.isUnknown() && !type.isTime()) {
			error(Messages.deadlineNeedsEvent(type), requirement, null);
			return;
		}
		Expression from = statement.getDeadline().getFrom();
		if (from == null && (event == null || event.getFrom() == null)) {
			error(Messages.deadlineWithoutStart(), statement.getDeadline(), P.getDeadline_Span());
		}
		if (from != null) {
			PrivacyType f = types.typeOf(from);
			PrivacyType at = types.typeOf(event != null ? event.getAt() : requirement);
			if (!f.isUnknown() && !f.isTime()) {
				error(Messages.deadlineFromNonTime(f), statement.getDeadline(), P.getDeadline_From());
			} else if (!f.isUnknown() && !at.isUnknown() && at.isTime() && f.kind() != at.kind()) {
				error(Messages.deadlineStartType(f, at), statement.getDeadline(), P.getDeadline_From());
			}
		}
		Expression start = from != null ? from : event != null ? event.getFrom() : null;
		if (statement.getDeadline().isPendingWhileMissing() && start != null
				&& !ElementDeadline.startMayBeMissing(start)) {
			warning(Messages.startNeverMissing(SourceText.of(start)), statement.getDeadline(),
					P.getDeadline_PendingWhileMissing());
		}
		PrivacyType span = types.typeOf(statement.getDeadline().getSpan());
		if (!span.isUnknown() && !span.is(Kind.DURATION)) {
			error(Messages.notALengthOfTime(span), statement.getDeadline(), P.getDeadline_Span());
		}
	}

	@Check
	public void effective(Rule rule) {
		if (rule.getEffectiveFrom() == null) {
			return;
		}
		LocalDate from = date(rule.getEffectiveFrom(), rule, P.getRule_EffectiveFrom());
		LocalDate until = rule.getEffectiveUntil() == null ? null
				: date(rule.getEffectiveUntil(), rule, P.getRule_EffectiveUntil());
		if (from != null && until != null && until.isBefore(from)) {
			error(Messages.emptyPeriod(rule.getEffectiveFrom(), rule.getEffectiveUntil()), rule,
					P.getRule_EffectiveUntil());
		}
		Field on = rule.getEffectiveOn();
		if (on != null && !on.eIsProxy() && !types.typeOf(on).isTime()) {
			error(Messages.effectiveOnNotTime(on.getName(), types.typeOf(on)), rule, P.getRule_EffectiveOn());
		}
	}

	private LocalDate date(String value, Rule rule, org.eclipse.emf.ecore.EStructuralFeature feature) {
		LocalDate date = LiteralValues.date(value);
		if (date == null) {
			error(Messages.notADate(value), rule, feature);
		}
		return date;
	}

	@Check
	public void placeholders(Rule rule) {
		if (rule.getExplanation() == null || rule.getStatement() == null) {
			return;
		}
		Entity entity = types.subjectEntity(rule.getStatement().getSubject());
		if (entity == null) {
			return;
		}
		Matcher m = Placeholders.PATTERN.matcher(rule.getExplanation());
		while (m.find()) {
			String name = m.group(1).trim();
			Field field = entity.getFields().stream().filter(f -> name.equals(f.getName())).findFirst().orElse(null);
			if (field == null) {
				error(Messages.unknownPlaceholder(name, entity.getName()), rule, P.getRule_Explanation(), name);
			} else if (!showable(types.typeOf(field))) {
				// its text would be whole records, with personal fields that no mask covers
				error(Messages.placeholderNotAValue(name, types.typeOf(field), entity.getName()), rule,
						P.getRule_Explanation(), name);
			}
		}
	}

	/**
	 * Whether a placeholder can show a value of this type: one value, or a reference, shown as the key of the record
	 * it names; not a list, nor a reference to an entity without a key (only the whole record could be shown).
	 */
	private static boolean showable(PrivacyType type) {
		return !type.list() && (!type.is(PrivacyType.Kind.ENTITY) || type.entity() == null
				|| type.entity().getFields().stream().anyMatch(Field::isKey));
	}

	/** Exceptions that can never apply: constant false, a required field tested as missing, a value the rule excludes. */
	@Check
	public void exceptionCanApply(Unless unless) {
		Expression c = unless.getCondition();
		Message never = null;
		if (c instanceof BooleanLiteral b && !b.isValue()) {
			never = Messages.exceptionAlwaysFalse();
		} else if (c instanceof Presence p && !p.isPresent() && p.getOperand() instanceof Reference r
				&& r.getTarget() instanceof Field f && !f.isOptional()) {
			never = Messages.exceptionOnRequiredMissing(f.getName());
		} else if (c instanceof Compare compare && "=".equals(compare.getOp())) {
			never = excludedBySubject(unless, compare);
		}
		if (never != null) {
			warning(never, unless, P.getUnless_Condition());
		}
	}

	/** {@code where channel = EMAIL ... unless channel = SMS}: the subject already excludes the exception. */
	private Message excludedBySubject(Unless unless, Compare exception) {
		Rule rule = EcoreUtil2.getContainerOfType(unless, Rule.class);
		if (rule == null || rule.getStatement() == null) {
			return null;
		}
		String field = fieldOf(exception.getLeft());
		String value = constantOf(exception.getRight());
		if (field == null || value == null) {
			return null;
		}
		Statement s = rule.getStatement();
		Expression where = s.getSubject() instanceof Term t ? t.getCondition() : null;
		for (Expression condition : new Expression[] { where, s.getFilter() }) {
			for (Expression required : conjuncts(condition)) {
				if (required instanceof Compare c && "=".equals(c.getOp()) && field.equals(fieldOf(c.getLeft()))) {
					String requiredValue = constantOf(c.getRight());
					if (requiredValue != null && !requiredValue.equals(value)) {
						return Messages.exceptionExcludedByValue(field, requiredValue);
					}
				}
				if (required instanceof Membership m && !m.isNegated() && field.equals(fieldOf(m.getOperand()))) {
					java.util.List<String> allowed = m.getValues().stream().map(RuleValidator::constantOf).toList();
					if (!allowed.contains(null) && !allowed.contains(value)) {
						return Messages.exceptionExcludedByValues(field, allowed);
					}
				}
			}
		}
		return null;
	}

	private static java.util.List<Expression> conjuncts(Expression e) {
		java.util.List<Expression> result = new java.util.ArrayList<>();
		if (e instanceof Compare || e instanceof Membership) {
			result.add(e);
		} else if (e instanceof Binary b && "and".equals(b.getOp())) {
			result.addAll(conjuncts(b.getLeft()));
			result.addAll(conjuncts(b.getRight()));
		}
		return result;
	}

	private static String fieldOf(Expression e) {
		return e instanceof Reference r && r.getTarget() instanceof Field f ? f.getName() : null;
	}

	private static String constantOf(Expression e) {
		if (e instanceof Reference r && r.getTarget() instanceof org.privacy.dsl.privacy.EnumValue v) {
			return v.getName();
		}
		if (e instanceof org.privacy.dsl.privacy.TextLiteral t) {
			return "\"" + t.getValue() + "\"";
		}
		return null;
	}

}
