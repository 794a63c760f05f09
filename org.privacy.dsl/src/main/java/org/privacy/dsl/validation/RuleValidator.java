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
			warning("rule '" + rule.getName() + "' cites no legal basis; add e.g. basis \"GDPR art. 6(1)(a)\"", rule,
					P.getRule_Name(), IssueCodes.MISSING_BASIS, rule.getName());
		}
	}

	@Check
	public void subject(Statement statement) {
		if (statement.getSubject() instanceof Term term && !term.eIsProxy() && term.getActivity() == null) {
			error("'" + term.getName() + "' is " + (term.isEvent() ? "an event" : "a condition")
					+ ", not an activity: a rule is about an entity or an activity term (term x: Entity where ...)",
					statement, P.getStatement_Subject(), IssueCodes.NOT_AN_ACTIVITY, term.getName());
		}
	}

	@Check
	public void deadline(Statement statement) {
		if (statement.getDeadline() == null) {
			return;
		}
		if (statement.getKind() instanceof Prohibition) {
			error("a deadline belongs to an obligation: write 'requires ... within', or drop the deadline",
					statement.getDeadline(), P.getDeadline_Span(), IssueCodes.DEADLINE_ON_PROHIBITION);
			return;
		}
		Expression requirement = statement.getRequirement();
		Quantified perElement = ElementDeadline.of(statement);
		if (perElement != null) {
			if (perElement.getQuantifier() != Quantifier.EVERY) {
				error("a deadline applies to each element with 'every': write 'every " + perElement.getVar().getName()
						+ " in ... satisfies ... within ...', or drop the deadline and compare the dates",
						perElement, P.getQuantified_Quantifier(), IssueCodes.DEADLINE_NEEDS_EVERY,
						perElement.getQuantifier().getLiteral());
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
			error("a deadline needs an event to meet it ('term answer for Request: event answeredAt counted from "
					+ "receivedAt') or a date-time field, not " + type.describe(), requirement, null,
					IssueCodes.DEADLINE_NEEDS_EVENT);
			return;
		}
		Expression from = statement.getDeadline().getFrom();
		if (from == null && (event == null || event.getFrom() == null)) {
			error("say when the deadline starts: 'within ... after receivedAt', or 'counted from' in the event's term",
					statement.getDeadline(), P.getDeadline_Span(), IssueCodes.DEADLINE_WITHOUT_START);
		}
		if (from != null) {
			PrivacyType f = types.typeOf(from);
			PrivacyType at = types.typeOf(event != null ? event.getAt() : requirement);
			if (!f.isUnknown() && !f.isTime()) {
				error("a deadline is counted from a date or a date-time, not " + f.describe(), statement.getDeadline(),
						P.getDeadline_From(), IssueCodes.DURATION_ON_NON_TIME);
			} else if (!f.isUnknown() && !at.isUnknown() && at.isTime() && f.kind() != at.kind()) {
				error("the deadline is counted from " + f.describe() + " but the event happens at " + at.describe()
						+ "; count dates from dates and date-times from date-times", statement.getDeadline(),
						P.getDeadline_From(), IssueCodes.TYPE_MISMATCH);
			}
		}
		Expression start = from != null ? from : event != null ? event.getFrom() : null;
		if (statement.getDeadline().isPendingWhileMissing() && start != null
				&& !ElementDeadline.startMayBeMissing(start)) {
			warning("the deadline always starts: '" + SourceText.of(start) + "' is not an optional field; drop "
					+ "', pending while missing', or mark the field optional", statement.getDeadline(),
					P.getDeadline_PendingWhileMissing(), IssueCodes.START_NEVER_MISSING);
		}
		PrivacyType span = types.typeOf(statement.getDeadline().getSpan());
		if (!span.isUnknown() && !span.is(Kind.DURATION)) {
			error("expected a length of time such as 72h or 1 month, not " + span.describe(), statement.getDeadline(),
					P.getDeadline_Span(), IssueCodes.TYPE_MISMATCH);
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
			error("the rule stops before it starts: " + rule.getEffectiveUntil() + " is before "
					+ rule.getEffectiveFrom(), rule, P.getRule_EffectiveUntil(), IssueCodes.EMPTY_PERIOD);
		}
		Field on = rule.getEffectiveOn();
		if (on != null && !on.eIsProxy() && !types.typeOf(on).isTime()) {
			error("'" + on.getName() + "' is " + types.typeOf(on).describe()
					+ ": an effective date is compared with a date or date-time field", rule, P.getRule_EffectiveOn(),
					IssueCodes.EFFECTIVE_ON_NOT_TIME);
		}
	}

	private LocalDate date(String value, Rule rule, org.eclipse.emf.ecore.EStructuralFeature feature) {
		LocalDate date = LiteralValues.date(value);
		if (date == null) {
			error("'" + value + "' is not a date of the calendar", rule, feature, IssueCodes.INVALID_LITERAL);
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
				error("'{" + name + "}' names no field of '" + entity.getName() + "'", rule, P.getRule_Explanation(),
						IssueCodes.UNKNOWN_PLACEHOLDER, name);
			} else if (!showable(types.typeOf(field))) {
				// its text would be whole records, with personal fields that no mask covers
				error("'{" + name + "}' is " + types.typeOf(field).describe() + ", which an explanation cannot show: "
						+ "name a field of '" + entity.getName() + "' that holds one value, or leave it out",
						rule, P.getRule_Explanation(), IssueCodes.PLACEHOLDER_NOT_A_VALUE, name);
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
		String reason = null;
		if (c instanceof BooleanLiteral b && !b.isValue()) {
			reason = "it is always false";
		} else if (c instanceof Presence p && !p.isPresent() && p.getOperand() instanceof Reference r
				&& r.getTarget() instanceof Field f && !f.isOptional()) {
			reason = "'" + f.getName() + "' is not optional: when it is missing the record is a data error";
		} else if (c instanceof Compare compare && "=".equals(compare.getOp())) {
			reason = excludedBySubject(unless, compare);
		}
		if (reason != null) {
			warning("this exception can never apply: " + reason, unless, P.getUnless_Condition(),
					IssueCodes.EXCEPTION_NEVER_APPLIES);
		}
	}

	/** {@code where channel = EMAIL ... unless channel = SMS}: the subject already excludes the exception. */
	private String excludedBySubject(Unless unless, Compare exception) {
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
						return "the rule only applies where " + field + " = " + requiredValue;
					}
				}
				if (required instanceof Membership m && !m.isNegated() && field.equals(fieldOf(m.getOperand()))) {
					java.util.List<String> allowed = m.getValues().stream().map(RuleValidator::constantOf).toList();
					if (!allowed.contains(null) && !allowed.contains(value)) {
						return "the rule only applies where " + field + " is one of " + String.join(", ", allowed);
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
