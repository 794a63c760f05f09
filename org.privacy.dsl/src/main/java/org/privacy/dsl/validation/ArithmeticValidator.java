package org.privacy.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.model.SpanValue;
import org.privacy.dsl.privacy.Aggregate;
import org.privacy.dsl.privacy.AggregateFunction;
import org.privacy.dsl.privacy.Arithmetic;
import org.privacy.dsl.privacy.Compare;
import org.privacy.dsl.privacy.DurationLiteral;
import org.privacy.dsl.privacy.EnumValue;
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
		String verb = a.getOp().equals("*") ? "multiplies" : "divides";
		number(a.getLeft(), "'" + a.getOp() + "' " + verb + " numbers");
		number(a.getRight(), "'" + a.getOp() + "' " + verb + " numbers");
		if (a.getOp().equals("/") && a.getRight() instanceof NumberLiteral n && n.getValue().signum() == 0) {
			error("'" + TypeValidator.sourceOf(a) + "' divides by zero", a.getRight(), null,
					IssueCodes.DIVISION_BY_ZERO);
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
				error("expected a length of time such as 72h or 1 month, not " + span.describe(), shift.getSpan(),
						null, IssueCodes.TYPE_MISMATCH);
			}
		} else if (base.is(Kind.NUMBER)) {
			if (!span.is(Kind.NUMBER)) {
				error("'" + op + "' between a number and " + span.describe() + "; both sides must be numbers", shift,
						P.getShift_Op(), IssueCodes.TYPE_MISMATCH);
			}
		} else if (base.is(Kind.DURATION)) {
			if (span.isTime()) {
				error("write the date first: '" + TypeValidator.sourceOf(shift.getSpan()) + " " + op + " "
						+ TypeValidator.sourceOf(shift.getBase()) + "'", shift, P.getShift_Op(),
						IssueCodes.TYPE_MISMATCH);
			} else if (!span.is(Kind.DURATION)) {
				error("a length of time can only be added to a length of time, a date or a date-time, not to "
						+ span.describe(), shift, P.getShift_Op(), IssueCodes.TYPE_MISMATCH);
			} else if (op.equals("-")) {
				error("a length of time cannot be subtracted from another; add them, or shift the date in two steps",
						shift, P.getShift_Op(), IssueCodes.TYPE_MISMATCH);
			} else {
				sameKind(shift.getBase(), shift.getSpan(), shift, "adds");
			}
		} else if (span.is(Kind.DURATION)) {
			error("a length of time can only be added to a date or a date-time, not to " + base.describe(), shift,
					P.getShift_Op(), IssueCodes.DURATION_ON_NON_TIME);
		} else {
			error("'" + op + "' works on numbers, lengths of time, and dates shifted by a length of time, not on "
					+ base.describe(), shift, P.getShift_Op(), IssueCodes.TYPE_MISMATCH);
		}
	}

	@Check
	public void comparison(Compare compare) {
		if (types.typeOf(compare.getLeft()).is(Kind.DURATION) && types.typeOf(compare.getRight()).is(Kind.DURATION)) {
			sameKind(compare.getLeft(), compare.getRight(), compare, "compares");
		}
	}

	@Check
	public void rounding(Rounding r) {
		number(r.getOperand(), "'rounded' rounds numbers");
		if (r.getPlaces() > MAX_DECIMALS) {
			error("a number keeps at most " + MAX_DECIMALS + " decimals; round to fewer", r, P.getRounding_Places(),
					IssueCodes.INVALID_LITERAL);
		}
	}

	@Check
	public void log2(Log2 l) {
		number(l.getOperand(), "'log2 of' takes a number");
		if (l.getOperand() instanceof NumberLiteral n && n.getValue().signum() <= 0) {
			error("'log2 of' needs a number greater than 0", l.getOperand(), null, IssueCodes.TYPE_MISMATCH);
		}
	}

	@Check
	public void aggregate(Aggregate a) {
		String words = "'" + a.getFunction().getLiteral() + " of'";
		List<Expression> values = new ArrayList<>();
		values.add(a.getValue());
		values.addAll(a.getValues());
		if (a.getVar() != null && !a.getValues().isEmpty()) {
			error(words + " takes either values ('" + a.getFunction().getLiteral() + " of a, b') or one value per element"
					+ " of a list ('" + a.getFunction().getLiteral() + " of x.field for x in list'), not both", a,
					P.getAggregate_Var(), IssueCodes.TYPE_MISMATCH);
			return;
		}
		if (a.getVar() != null) {
			PrivacyType collection = types.typeOf(a.getCollection());
			if (!collection.isUnknown() && !collection.list()) {
				error("'" + TypeValidator.sourceOf(a.getCollection()) + "' is " + collection.describe()
						+ ", not a list", a.getCollection(), null, IssueCodes.NOT_A_LIST);
			}
			if (a.getCondition() != null) {
				PrivacyType c = types.typeOf(a.getCondition());
				if (!c.isUnknown() && !c.is(Kind.BOOLEAN)) {
					error("'" + TypeValidator.sourceOf(a.getCondition()) + "' is " + c.describe()
							+ ", not a condition", a.getCondition(), null, IssueCodes.NOT_A_CONDITION);
				}
			}
		} else if (a.getValues().isEmpty()) {
			PrivacyType list = types.typeOf(a.getValue());
			if (!list.isUnknown() && !list.list()) {
				error(words + " takes a list, or two values or more: '" + a.getFunction().getLiteral() + " of "
						+ TypeValidator.sourceOf(a.getValue()) + ", ...'", a.getValue(), null, IssueCodes.NOT_A_LIST);
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
			String expected = switch (a.getFunction()) {
				case LATEST, EARLIEST -> "dates or date-times; use 'minimum of' or 'maximum of' for numbers";
				case SUM -> "numbers or lengths of time";
				default -> "numbers, dates, date-times or lengths of time";
			};
			error(words + " takes " + expected + ", not " + element.describe(), a, P.getAggregate_Value(),
					IssueCodes.TYPE_MISMATCH);
			return;
		}
		for (Expression v : a.getValues()) {
			PrivacyType t = types.typeOf(v);
			if (!t.isUnknown() && !t.comparableWith(element)) {
				error(words + " takes values of one type: " + element.describe() + ", not " + t.describe(), v, null,
						IssueCodes.TYPE_MISMATCH);
			} else if (element.is(Kind.DURATION)) {
				sameKind(a.getValue(), v, a, a.getFunction() == AggregateFunction.SUM ? "adds" : "compares");
			}
		}
	}

	@Check
	public void listParameter(Parameter parameter) {
		if (!(parameter.getValue() instanceof ValueList list)) {
			return;
		}
		if (list.getItems().isEmpty()) {
			error("a list parameter needs one value or more, which give the type of its elements", parameter,
					P.getParameter_Value(), IssueCodes.TYPE_MISMATCH);
			return;
		}
		PrivacyType first = types.typeOf(list.getItems().get(0));
		if (!first.isUnknown() && !(first.is(Kind.ENUM) || first.is(Kind.TEXT) || first.is(Kind.NUMBER)
				|| first.is(Kind.DATE))) {
			error("a list parameter holds values of an enumeration, texts, numbers or dates, not " + first.describe(),
					list.getItems().get(0), null, IssueCodes.TYPE_MISMATCH);
			return;
		}
		for (Expression item : list.getItems()) {
			PrivacyType t = types.typeOf(item);
			if (!t.isUnknown() && !first.isUnknown() && !t.comparableWith(first)) {
				String which = item instanceof ValueName n && n.getTarget() instanceof EnumValue v
						? " ('" + v.getName() + "' is a value of "
								+ ((org.privacy.dsl.privacy.Enumeration) v.eContainer()).getName() + ")"
						: "";
				error("the values of '" + parameter.getName() + "' must all be " + first.describe() + which, item,
						null, IssueCodes.TYPE_MISMATCH);
			}
		}
	}

	private void number(Expression operand, String what) {
		PrivacyType t = types.typeOf(operand);
		if (!t.isUnknown() && !t.is(Kind.NUMBER)) {
			error(what + ", not " + t.describe(), operand, null, IssueCodes.TYPE_MISMATCH);
		}
	}

	/** Reports two lengths of time, both known when compiling, of which one follows the calendar and not the other. */
	private void sameKind(Expression left, Expression right, org.eclipse.emf.ecore.EObject at, String verb) {
		Boolean l = calendar(left);
		Boolean r = calendar(right);
		if (l != null && r != null && !l.equals(r)) {
			error("'" + TypeValidator.sourceOf(at) + "' " + verb + " a calendar length of time (months, years) with an"
					+ " exact one (minutes to weeks), which depends on the length of each month; use one kind, e.g."
					+ " '30 days' or '1 month'", at, null, IssueCodes.CALENDAR_DEPENDENT_COMPARISON);
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
