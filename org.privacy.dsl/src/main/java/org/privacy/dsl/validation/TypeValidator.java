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
			error(mismatch(compare, left, right), compare, P.getCompare_Op());
			return;
		}
		PrivacyType known = left.isUnknown() ? right : left;
		if (known.isUnknown()) {
			return;
		}
		boolean time = known.isTime() || known.is(Kind.TIME);
		if (TIME_ORDER.contains(op) && !time) {
			error(Messages.timeOrderOnNonTime(op, known), compare, P.getCompare_Op());
		} else if (ORDERING.contains(op) && !(time || known.is(Kind.NUMBER) || known.is(Kind.DURATION))) {
			error(Messages.orderOnUnordered(op, known), compare, P.getCompare_Op());
		}
	}

	/** Two types that do not fit, with the way out of comparing them where there is one. */
	private static Message mismatch(Compare compare, PrivacyType left, PrivacyType right) {
		if (left.list() || right.list()) {
			return Messages.cannotCompare(left, right);
		}
		if (left.is(Kind.ENUM) && right.is(Kind.ENUM)) {
			return Messages.cannotCompareEnumerations(left, right);
		}
		PrivacyType reference = left.is(Kind.ENTITY) ? left : right.is(Kind.ENTITY) ? right : null;
		PrivacyType other = reference == left ? right : left;
		if (reference != null && reference.entity() != null && other.is(Kind.TEXT)) {
			String key = reference.entity().getFields().stream().filter(org.privacy.dsl.privacy.Field::isKey)
					.map(org.privacy.dsl.privacy.Field::getName).findFirst().orElse(null);
			INode node = NodeModelUtils.findActualNodeFor(reference == left ? compare.getLeft() : compare.getRight());
			String text = node == null ? "" : NodeModelUtils.getTokenText(node);
			return key == null || text.isEmpty() ? Messages.cannotCompare(left, right)
					: Messages.cannotCompareReferenceWithText(left, right, text, key);
		}
		return Messages.cannotCompare(left, right);
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
			error(Messages.requiredWhenType(when.getField().getName(), type, wanted), when, null);
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
				error(Messages.membershipType(operand, t), value, null);
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
				error(Messages.countWithoutElement(), count, P.getCount_Condition());
			}
		}
	}

	@Check
	public void length(LengthOf length) {
		PrivacyType t = types.typeOf(length.getOperand());
		if (!t.isUnknown() && !t.list() && !t.is(Kind.TEXT)) {
			error(Messages.lengthOfType(t), length, P.getLengthOf_Operand());
		}
	}

	@Check
	public void weekday(WeekdayOf w) {
		PrivacyType t = types.typeOf(w.getOperand());
		if (!t.isUnknown() && !t.isTime()) {
			error(Messages.weekdayOfType(t), w, P.getWeekdayOf_Operand());
		}
		zone(w.getZone(), w, P.getWeekdayOf_Zone());
	}

	@Check
	public void timeOfDay(TimeOf t) {
		PrivacyType type = types.typeOf(t.getOperand());
		if (!type.isUnknown() && !type.is(Kind.DATETIME)) {
			error(Messages.timeOfType(type), t, P.getTimeOf_Operand());
		}
		zone(t.getZone(), t, P.getTimeOf_Zone());
	}

	@Check
	public void dateOf(DateOf d) {
		PrivacyType type = types.typeOf(d.getOperand());
		if (!type.isUnknown() && !type.isTime()) {
			error(Messages.dateOfType(type), d, P.getDateOf_Operand());
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
			error(Messages.zoneType(type), zone, null);
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
			error(Messages.listAsValue(sourceOf(access.getReceiver())), access, P.getFieldAccess_Field());
		}
	}

	@Check
	public void reference(Reference ref) {
		EObject target = ref.getTarget();
		if (target instanceof Entity || target instanceof Enumeration) {
			error(Messages.notAValue(sourceOf(ref), target instanceof Entity), ref, P.getReference_Target());
		}
	}

	@Check
	public void parameter(Parameter parameter) {
		PrivacyType t = types.typeOf(parameter.getValue());
		if (t.list()) {
			return; // a list parameter: ArithmeticValidator
		}
		if (!(t.is(Kind.DURATION) || t.is(Kind.NUMBER) || t.is(Kind.BOOLEAN) || t.is(Kind.TEXT))) {
			error(Messages.parameterDefaultType(), parameter, P.getParameter_Value());
		}
	}

	@Check
	public void date(DateLiteral literal) {
		if (LiteralValues.date(literal.getValue()) == null) {
			error(Messages.notADate(literal.getValue()), literal, P.getDateLiteral_Value());
		}
	}

	@Check
	public void dateTime(DateTimeLiteral literal) {
		if (LiteralValues.instant(literal.getValue()) == null) {
			error(Messages.notADateTime(literal.getValue()), literal, P.getDateTimeLiteral_Value());
		}
	}

	@Check
	public void time(TimeLiteral literal) {
		if (LiteralValues.time(literal.getValue()) == null) {
			error(Messages.notATime(literal.getValue()), literal, P.getTimeLiteral_Value());
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
			error(Messages.notACondition(sourceOf(e), t), e, null);
		}
	}

	private void collection(Expression e) {
		PrivacyType t = types.typeOf(e);
		if (isValue(e, t) && !t.isUnknown() && !t.list()) {
			error(Messages.notAList(sourceOf(e), t), e, null);
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
			error(Messages.unknownTimeZone(zone), owner, feature);
		}
	}

	static String sourceOf(EObject e) {
		return org.privacy.dsl.model.SourceText.of(e);
	}
}
