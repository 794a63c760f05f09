package org.privacy.dsl.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.model.SpanValue;
import org.privacy.dsl.privacy.DurationLiteral;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Membership;
import org.privacy.dsl.privacy.NumberLiteral;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.TextLiteral;
import org.privacy.runtime.Span;

/**
 * Literals the generated Java must hold and load: lengths of time and numbers in range (a length of time over
 * {@link Span#MAX_YEARS} years overflows the date arithmetic of every record; a number past a {@code double} does not
 * compile), and lists of values without repeats.
 */
public class LiteralValidator extends ConcernValidator {

	/** The largest number a rule can write: generated code counts in {@code double}. */
	private static final BigDecimal LARGEST_NUMBER = new BigDecimal(Double.MAX_VALUE);

	@Check
	public void spanInRange(DurationLiteral literal) {
		SpanValue value = SpanValue.parse(literal);
		if (value == null || !Span.fits(value.amount(), Span.Unit.valueOf(value.unit()))) {
			error(Messages.lengthOutOfRange(TypeValidator.sourceOf(literal), Span.MAX_YEARS), literal, null);
		}
	}

	@Check
	public void numberInRange(NumberLiteral literal) {
		BigDecimal value = literal.getValue();
		if (value != null && value.abs().compareTo(LARGEST_NUMBER) > 0) {
			error(Messages.numberOutOfRange(), literal, null);
		}
	}

	/**
	 * {@code is one of} compiles to a set, where a repeated value would stop the class from loading; the generator
	 * drops repeats, and the author hears of them: the second one is often a typo for a missing value.
	 */
	@Check
	public void noRepeatedValue(Membership membership) {
		Map<String, Expression> seen = new HashMap<>();
		for (Expression value : membership.getValues()) {
			String key = constantKey(value);
			if (key != null && seen.putIfAbsent(key, value) != null) {
				String shown = key.substring(key.indexOf(':') + 1);
				warning(Messages.valueListedTwice(shown), value, null, shown);
			}
		}
	}

	/** The value a constant compiles to, the same for {@code "EMAIL"} and the enumeration value EMAIL; else null. */
	static String constantKey(Expression e) {
		if (e instanceof TextLiteral t && t.getValue() != null) {
			return "value:" + t.getValue();
		}
		if (e instanceof Reference r && r.getTarget() instanceof EnumValue v && !v.eIsProxy() && v.getName() != null) {
			return "value:" + v.getName();
		}
		if (e instanceof NumberLiteral n && n.getValue() != null) {
			return "number:" + n.getValue().stripTrailingZeros().toPlainString();
		}
		return null;
	}
}
