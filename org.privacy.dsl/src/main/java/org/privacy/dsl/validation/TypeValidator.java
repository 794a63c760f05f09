package org.privacy.dsl.validation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.model.LiteralValues;
import org.privacy.dsl.privacy.Binary;
import org.privacy.dsl.privacy.Compare;
import org.privacy.dsl.privacy.Count;
import org.privacy.dsl.privacy.DateLiteral;
import org.privacy.dsl.privacy.DateOf;
import org.privacy.dsl.privacy.DateTimeLiteral;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.LengthOf;
import org.privacy.dsl.privacy.Membership;
import org.privacy.dsl.privacy.Not;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Policy;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.Unless;
import org.privacy.dsl.privacy.TimeLiteral;
import org.privacy.dsl.privacy.TextLiteral;
import org.privacy.dsl.privacy.TimeOf;
import org.privacy.dsl.privacy.WeekdayOf;
import org.privacy.dsl.typing.ElementDeadline;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyType.Kind;
import org.privacy.dsl.typing.PrivacyTypeComputer;

import com.google.inject.Inject;

/** Types: comparisons of like with like, conditions that are true or false, times shifted by lengths of time. */
public class TypeValidator extends ConcernValidator {

	private static final Set<String> ORDERING = Set.of("<", "<=", ">", ">=");
	private static final Set<String> TIME_ORDER = Set.of("before", "after");

	@Inject
	private PrivacyTypeComputer types;

	@Check
	public void comparison(Compare compare) {
		PrivacyType left = types.typeOf(compare.getLeft());
		PrivacyType right = types.typeOf(compare.getRight());
		if (!isValue(compare.getLeft(), left) || !isValue(compare.getRight(), right)) {
			return;
		}
		String op = compare.getOp();
		if (!left.comparableWith(right) && !dateWithDateTime(left, right)) {
			error("cannot compare " + left.describe() + " with " + right.describe() + mismatchFix(compare, left, right), compare,
					P.getCompare_Op(), IssueCodes.TYPE_MISMATCH);
			return;
		}
		PrivacyType known = left.isUnknown() ? right : left;
		if (known.isUnknown()) {
			return;
		}
		boolean time = known.isTime() || known.is(Kind.TIME);
		if (TIME_ORDER.contains(op) && !time) {
			error("'" + op + "' compares dates and times, not " + known.describe() + "; use <, >, = or !=", compare,
					P.getCompare_Op(), IssueCodes.TYPE_MISMATCH);
		} else if (ORDERING.contains(op) && !(time || known.is(Kind.NUMBER) || known.is(Kind.DURATION))) {
			error("'" + op + "' compares numbers, lengths of time, dates and times, not " + known.describe()
					+ "; use = or !=",
					compare, P.getCompare_Op(), IssueCodes.TYPE_MISMATCH);
		}
	}

	/** The way out of comparing two types that do not fit, where there is one. */
	private static String mismatchFix(Compare compare, PrivacyType left, PrivacyType right) {
		if (left.list() || right.list()) {
			return "";
		}
		if (left.is(Kind.ENUM) && right.is(Kind.ENUM)) {
			return ": values of two enumerations are never equal; declare both fields with one enumeration, or"
					+ " compare each with its own values ('a = x and b = y')";
		}
		PrivacyType reference = left.is(Kind.ENTITY) ? left : right.is(Kind.ENTITY) ? right : null;
		PrivacyType other = reference == left ? right : left;
		if (reference != null && reference.entity() != null && other.is(Kind.TEXT)) {
			String key = reference.entity().getFields().stream().filter(org.privacy.dsl.privacy.Field::isKey)
					.map(org.privacy.dsl.privacy.Field::getName).findFirst().orElse(null);
			INode node = NodeModelUtils.findActualNodeFor(reference == left ? compare.getLeft() : compare.getRight());
			String text = node == null ? "" : NodeModelUtils.getTokenText(node);
			return key == null || text.isEmpty() ? "" : "; compare its key: '" + text + "." + key + " = ...'";
		}
		return "";
	}

	/** {@code required when purpose = TRAINING}: a value of the field's type, one value, not a list. */
	@Check
	public void requiredWhen(org.privacy.dsl.privacy.RequiredWhen when) {
		if (when.getField() == null || when.getField().eIsProxy()) {
			return;
		}
		PrivacyType type = types.typeOf(when.getField());
		String wanted = when.getText() != null ? "text" : when.getTruth() != null ? "true or false" : null;
		boolean fits = type.isUnknown() || !type.list() && (when.getText() != null ? type.is(Kind.TEXT)
				: when.getTruth() != null ? type.is(Kind.BOOLEAN) : true);
		if (!fits) {
			error("'" + when.getField().getName() + "' is " + type.describe() + ", not " + (wanted == null
					? "a value" : wanted) + "; compare it with a value of its type", when, null,
					IssueCodes.TYPE_MISMATCH);
		}
	}

	@Check
	public void membership(Membership membership) {
		PrivacyType operand = types.typeOf(membership.getOperand());
		if (!isValue(membership.getOperand(), operand)) {
			return;
		}
		for (Expression value : membership.getValues()) {
			PrivacyType t = types.typeOf(value);
			// a list parameter stands for its elements
			PrivacyType each = t.list() && value instanceof Reference r && r.getTarget() instanceof Parameter ? t.element()
					: t;
			if (isValue(value, t) && !operand.comparableWith(each)) {
				error("'is one of' compares " + operand.describe() + " with " + t.describe(), value, null,
						IssueCodes.TYPE_MISMATCH);
			}
		}
	}

	@Check
	public void logic(Binary binary) {
		condition(binary.getLeft());
		condition(binary.getRight());
	}

	@Check
	public void negation(Not not) {
		condition(not.getOperand());
	}

	@Check
	public void quantifier(Quantified q) {
		collection(q.getCollection());
		if (!ElementDeadline.isEvent(q.getCondition())) {
			condition(q.getCondition());
		}
	}

	@Check
	public void count(Count count) {
		collection(count.getCollection());
		if (count.getCondition() != null) {
			condition(count.getCondition());
			if (count.getVar() == null) {
				error("name the element to test: 'count of c in " + "..." + " where c...'", count,
						P.getCount_Condition(), IssueCodes.NOT_A_CONDITION);
			}
		}
	}

	@Check
	public void length(LengthOf length) {
		PrivacyType t = types.typeOf(length.getOperand());
		if (!t.isUnknown() && !t.list() && !t.is(Kind.TEXT)) {
			error("'length of' measures text or lists, not " + t.describe(), length, P.getLengthOf_Operand(),
					IssueCodes.TYPE_MISMATCH);
		}
	}

	@Check
	public void weekday(WeekdayOf w) {
		PrivacyType t = types.typeOf(w.getOperand());
		if (!t.isUnknown() && !t.isTime()) {
			error("'weekday of' needs a date or a date-time, not " + t.describe(), w, P.getWeekdayOf_Operand(),
					IssueCodes.TYPE_MISMATCH);
		}
		zone(w.getZone(), w, P.getWeekdayOf_Zone());
	}

	@Check
	public void timeOfDay(TimeOf t) {
		PrivacyType type = types.typeOf(t.getOperand());
		if (!type.isUnknown() && !type.is(Kind.DATETIME)) {
			error("'time of' needs a date-time, not " + type.describe(), t, P.getTimeOf_Operand(),
					IssueCodes.TYPE_MISMATCH);
		}
		zone(t.getZone(), t, P.getTimeOf_Zone());
	}

	@Check
	public void dateOf(DateOf d) {
		PrivacyType type = types.typeOf(d.getOperand());
		if (!type.isUnknown() && !type.isTime()) {
			error("'date of' needs a date-time, not " + type.describe(), d, P.getDateOf_Operand(),
					IssueCodes.TYPE_MISMATCH);
		}
		zone(d.getZone(), d, P.getDateOf_Zone());
	}

	/** A zone after 'in': a name in quotes, checked now, or a text read from the data, checked on each record. */
	private void zone(Expression zone, EObject owner, EStructuralFeature feature) {
		if (zone == null) {
			return;
		}
		if (zone instanceof TextLiteral literal) {
			zone(literal.getValue(), owner, feature);
			return;
		}
		PrivacyType type = types.typeOf(zone);
		if (!type.isUnknown() && !type.is(Kind.TEXT)) {
			error("a time zone is a name such as \"Europe/Paris\" or a text field, not " + type.describe(), zone,
					null, IssueCodes.TYPE_MISMATCH);
		}
	}

	@Check
	public void policyZone(Policy policy) {
		zone(policy.getZone(), policy, P.getPolicy_Zone());
	}

	@Check
	public void fieldAccess(FieldAccess access) {
		PrivacyType receiver = types.typeOf(access.getReceiver());
		if (receiver.list()) {
			error("'" + sourceOf(access.getReceiver()) + "' is a list: test its elements with 'some x in ... satisfies',"
					+ " 'every' or 'count of'", access, P.getFieldAccess_Field(), IssueCodes.LIST_AS_VALUE);
		}
	}

	@Check
	public void reference(Reference ref) {
		EObject target = ref.getTarget();
		if (target instanceof Entity || target instanceof Enumeration) {
			error("'" + sourceOf(ref) + "' is " + (target instanceof Entity ? "an entity" : "an enumeration")
					+ ", not a value", ref, P.getReference_Target(), IssueCodes.NOT_A_VALUE);
		}
	}

	@Check
	public void parameter(Parameter parameter) {
		PrivacyType t = types.typeOf(parameter.getValue());
		if (t.list()) {
			return; // a list parameter: ArithmeticValidator
		}
		if (!(t.is(Kind.DURATION) || t.is(Kind.NUMBER) || t.is(Kind.BOOLEAN) || t.is(Kind.TEXT))) {
			error("a parameter's default is a length of time, a number, true or false, text, or a list in brackets", parameter,
					P.getParameter_Value(), IssueCodes.TYPE_MISMATCH);
		}
	}

	@Check
	public void date(DateLiteral literal) {
		if (LiteralValues.date(literal.getValue()) == null) {
			error("'" + literal.getValue() + "' is not a date of the calendar", literal, P.getDateLiteral_Value(),
					IssueCodes.INVALID_LITERAL);
		}
	}

	@Check
	public void dateTime(DateTimeLiteral literal) {
		if (LiteralValues.instant(literal.getValue()) == null) {
			error("'" + literal.getValue() + "' is not a valid date-time", literal, P.getDateTimeLiteral_Value(),
					IssueCodes.INVALID_LITERAL);
		}
	}

	@Check
	public void time(TimeLiteral literal) {
		if (LiteralValues.time(literal.getValue()) == null) {
			error("'" + literal.getValue() + "' is not a time of day", literal, P.getTimeLiteral_Value(),
					IssueCodes.INVALID_LITERAL);
		}
	}

	@Check
	public void termCondition(Term term) {
		condition(term.getCondition());
	}

	@Check
	public void ruleConditions(Rule rule) {
		Statement s = rule.getStatement();
		if (s == null) {
			return;
		}
		condition(s.getFilter());
		if (s.getDeadline() == null) {
			condition(s.getRequirement());
		}
		for (Unless unless : rule.getExceptions()) {
			condition(unless.getCondition());
		}
	}

	/** Reports an expression that should be true or false and is not. */
	void condition(Expression e) {
		if (e == null) {
			return;
		}
		PrivacyType t = types.typeOf(e);
		if (isValue(e, t) && !t.isUnknown() && !t.is(Kind.BOOLEAN)) {
			error("'" + sourceOf(e) + "' is " + t.describe() + ", not a condition; compare it, e.g. '"
					+ sourceOf(e) + " is present'", e, null, IssueCodes.NOT_A_CONDITION);
		}
	}

	private void collection(Expression e) {
		PrivacyType t = types.typeOf(e);
		if (isValue(e, t) && !t.isUnknown() && !t.list()) {
			error("'" + sourceOf(e) + "' is " + t.describe() + ", not a list", e, null, IssueCodes.NOT_A_LIST);
		}
	}

	/** A date compared with a date-time: the date stands for its whole local day. */
	private static boolean dateWithDateTime(PrivacyType left, PrivacyType right) {
		return !left.list() && !right.list() && (left.is(Kind.DATE) && right.is(Kind.DATETIME)
				|| left.is(Kind.DATETIME) && right.is(Kind.DATE));
	}

	/** Whether an expression is a value at all (entities and enumerations used as values are reported once). */
	private static boolean isValue(Expression e, PrivacyType t) {
		return !(e instanceof Reference r && (r.getTarget() instanceof Entity || r.getTarget() instanceof Enumeration));
	}

	private void zone(String zone, EObject owner, EStructuralFeature feature) {
		if (zone == null) {
			return;
		}
		try {
			ZoneId.of(zone);
		} catch (DateTimeException e) {
			error("unknown time zone '" + zone + "'; use a name such as \"Europe/Paris\" or \"UTC\"", owner, feature,
					IssueCodes.UNKNOWN_TIME_ZONE);
		}
	}

	static String sourceOf(EObject e) {
		return org.privacy.dsl.model.SourceText.of(e);
	}
}
