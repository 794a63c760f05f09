package org.privacy.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.model.SpanValue;
import org.privacy.dsl.privacy.Aggregate;
import org.privacy.dsl.privacy.AggregateFunction;
import org.privacy.dsl.privacy.Arithmetic;
import org.privacy.dsl.privacy.Compare;
import org.privacy.dsl.privacy.DurationLiteral;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Log2;
import org.privacy.dsl.privacy.NumberLiteral;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Rounding;
import org.privacy.dsl.privacy.Shift;
import org.privacy.dsl.privacy.ValueList;
import org.privacy.dsl.privacy.ValueName;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyType.Kind;
import org.privacy.dsl.typing.PrivacyTypeComputer;

import com.google.inject.Inject;

/**
 * Numbers and lengths of time computed: arithmetic on numbers, sums of lengths of time of one kind, rounding,
 * aggregates over lists and values, and list parameters.
 */
public class ArithmeticValidator extends ConcernValidator {

	/** The largest number of decimals {@code rounded to} keeps: a double holds about 15 significant digits. */
	static final int MAX_DECIMALS = 15;

	@Inject
	private PrivacyTypeComputer types;

	@Check
	public void arithmetic(Arithmetic a) {
		number(a.getLeft(), t -> Messages.arithmeticOnNonNumber(a.getOp(), t));
		number(a.getRight(), t -> Messages.arithmeticOnNonNumber(a.getOp(), t));
		if (a.getOp().equals("/") && a.getRight() instanceof NumberLiteral n && n.getValue().signum() == 0) {
			error(Messages.divisionByZero(TypeValidator.sourceOf(a)), a.getRight(), null);
		}
	}

	@Check
	public void shift(Shift shift) {
		PrivacyType base = types.typeOf(shift.getBase());
		PrivacyType span = types.typeOf(shift.getSpan());
		if (base.isUnknown() || span.isUnknown()) {
			return;
		}
		String op = shift.getOp();
		if (base.isTime()) {
			if (!span.is(Kind.DURATION)) {
				error(Messages.notALengthOfTime(span), shift.getSpan(), null);
			}
		} else if (base.is(Kind.NUMBER)) {
			if (!span.is(Kind.NUMBER)) {
				error(Messages.shiftOfNumber(op, span), shift, P.getShift_Op());
			}
		} else if (base.is(Kind.DURATION)) {
			if (span.isTime()) {
				error(Messages.dateFirst(TypeValidator.sourceOf(shift.getSpan()), op,
						TypeValidator.sourceOf(shift.getBase())), shift, P.getShift_Op());
			} else if (!span.is(Kind.DURATION)) {
				error(Messages.addedToLength(span), shift, P.getShift_Op());
			} else if (op.equals("-")) {
				error(Messages.lengthSubtracted(), shift, P.getShift_Op());
			} else {
				sameKind(shift.getBase(), shift.getSpan(), shift, true);
			}
		} else if (span.is(Kind.DURATION)) {
			error(Messages.lengthAddedToNonTime(base), shift, P.getShift_Op());
		} else {
			error(Messages.shiftOnWrongType(op, base), shift, P.getShift_Op());
		}
	}

	@Check
	public void comparison(Compare compare) {
		if (types.typeOf(compare.getLeft()).is(Kind.DURATION) && types.typeOf(compare.getRight()).is(Kind.DURATION)) {
			sameKind(compare.getLeft(), compare.getRight(), compare, false);
		}
	}

	@Check
	public void rounding(Rounding r) {
		number(r.getOperand(), Messages::roundingOnNonNumber);
		if (r.getPlaces() > MAX_DECIMALS) {
			error(Messages.tooManyDecimals(MAX_DECIMALS), r, P.getRounding_Places());
		}
	}

	@Check
	public void log2(Log2 l) {
		number(l.getOperand(), Messages::log2OnNonNumber);
		if (l.getOperand() instanceof NumberLiteral n && n.getValue().signum() <= 0) {
			error(Messages.log2OfNonPositive(), l.getOperand(), null);
		}
	}

	@Check
	public void aggregate(Aggregate a) {
		List<Expression> values = new ArrayList<>();
		values.add(a.getValue());
		values.addAll(a.getValues());
		if (a.getVar() != null && !a.getValues().isEmpty()) {
			error(Messages.aggregateValuesAndList(a.getFunction()), a, P.getAggregate_Var());
			return;
		}
		if (a.getVar() != null) {
			PrivacyType collection = types.typeOf(a.getCollection());
			if (!collection.isUnknown() && !collection.list()) {
				error(Messages.notAList(TypeValidator.sourceOf(a.getCollection()), collection), a.getCollection(),
						null);
			}
			if (a.getCondition() != null) {
				PrivacyType c = types.typeOf(a.getCondition());
				if (!c.isUnknown() && !c.is(Kind.BOOLEAN)) {
					error(Messages.aggregateConditionNotACondition(TypeValidator.sourceOf(a.getCondition()), c),
							a.getCondition(), null);
				}
			}
		} else if (a.getValues().isEmpty()) {
			PrivacyType list = types.typeOf(a.getValue());
			if (!list.isUnknown() && !list.list()) {
				error(Messages.aggregateOfOneValue(a.getFunction(), TypeValidator.sourceOf(a.getValue())),
						a.getValue(), null);
				return;
			}
		}
		PrivacyType element = types.aggregateElement(a);
		if (element.isUnknown()) {
			return;
		}
		boolean ok = switch (a.getFunction()) {
			case LATEST, EARLIEST -> element.isTime();
			case SUM -> element.is(Kind.NUMBER) || element.is(Kind.DURATION);
			case MINIMUM, MAXIMUM -> element.is(Kind.NUMBER) || element.isTime() || element.is(Kind.DURATION);
		};
		if (!ok) {
			error(Messages.aggregateType(a.getFunction(), element), a, P.getAggregate_Value());
			return;
		}
		for (Expression v : a.getValues()) {
			PrivacyType t = types.typeOf(v);
			if (!t.isUnknown() && !t.comparableWith(element)) {
				error(Messages.aggregateMixed(a.getFunction(), element, t), v, null);
			} else if (element.is(Kind.DURATION)) {
				sameKind(a.getValue(), v, a, a.getFunction() == AggregateFunction.SUM);
			}
		}
	}

	@Check
	public void listParameter(Parameter parameter) {
		if (!(parameter.getValue() instanceof ValueList list)) {
			return;
		}
		if (list.getItems().isEmpty()) {
			error(Messages.listParameterEmpty(), parameter, P.getParameter_Value());
			return;
		}
		PrivacyType first = types.typeOf(list.getItems().get(0));
		if (!first.isUnknown() && !(first.is(Kind.ENUM) || first.is(Kind.TEXT) || first.is(Kind.NUMBER)
				|| first.is(Kind.DATE))) {
			error(Messages.listParameterType(first), list.getItems().get(0), null);
			return;
		}
		for (Expression item : list.getItems()) {
			PrivacyType t = types.typeOf(item);
			if (!t.isUnknown() && !first.isUnknown() && !t.comparableWith(first)) {
				EnumValue v = item instanceof ValueName n && n.getTarget() instanceof EnumValue e ? e : null;
				String value = v == null ? null : v.getName();
				String enumeration = v == null ? null : ((Enumeration) v.eContainer()).getName();
				error(Messages.listParameterMixed(parameter.getName(), first, value, enumeration), item, null);
			}
		}
	}

	private void number(Expression operand, Function<PrivacyType, Message> notANumber) {
		PrivacyType t = types.typeOf(operand);
		if (!t.isUnknown() && !t.is(Kind.NUMBER)) {
			error(notANumber.apply(t), operand, null);
		}
	}

	/** Reports two lengths of time, both known when compiling, of which one follows the calendar and not the other. */
	private void sameKind(Expression left, Expression right, org.eclipse.emf.ecore.EObject at, boolean adds) {
		Boolean l = calendar(left);
		Boolean r = calendar(right);
		if (l != null && r != null && !l.equals(r)) {
			error(Messages.calendarWithExactLength(TypeValidator.sourceOf(at), adds), at, null);
		}
	}

	/**
	 * Whether a length of time is known, when compiling, to be calendar ({@code true}) or exact ({@code false});
	 * {@code null} when it comes from the data. A parameter counts as its default's kind.
	 */
	static Boolean calendar(Expression e) {
		if (e instanceof DurationLiteral d) {
			SpanValue v = SpanValue.parse(d);
			return v == null ? null : v.unit().equals("MONTHS") || v.unit().equals("YEARS");
		}
		if (e instanceof Reference r && r.getTarget() instanceof Parameter p) {
			return calendar(p.getValue());
		}
		if (e instanceof Shift s) {
			Boolean b = calendar(s.getBase());
			return b != null ? b : calendar(s.getSpan());
		}
		if (e instanceof Aggregate a) {
			Boolean b = calendar(a.getValue());
			for (Expression v : a.getValues()) {
				b = b != null ? b : calendar(v);
			}
			return b;
		}
		return null;
	}
}
