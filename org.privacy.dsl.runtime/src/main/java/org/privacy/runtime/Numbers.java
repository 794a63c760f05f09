package org.privacy.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Arithmetic on numbers as rules compute it: doubles, where a division by zero, a result out of range or the logarithm
 * of a number that is not positive is a data error naming the rule's expression, never the values (they come from
 * the data).
 */
public final class Numbers {
	private static final double LN2 = Math.log(2);

	private Numbers() {
	}

	public static double plus(double a, double b, String expression) {
		return finite(a + b, expression);
	}

	public static double minus(double a, double b, String expression) {
		return finite(a - b, expression);
	}

	public static double times(double a, double b, String expression) {
		return finite(a * b, expression);
	}

	/** {@code a / b}; a data error when {@code b} is zero. */
	public static double divide(double a, double b, String expression) {
		if (b == 0) {
			throw new DataException(expression, "'" + expression + "' divides by zero");
		}
		return finite(a / b, expression);
	}

	/** The logarithm in base 2; a data error for a number that is not positive. */
	public static double log2(double x, String expression) {
		if (!(x > 0)) {
			throw new DataException(expression, "'" + expression + "' needs a number greater than 0");
		}
		return Math.log(x) / LN2;
	}

	/** Rounded to {@code places} decimals, half up (2.5 gives 3, -2.5 gives -3). */
	public static double rounded(double x, int places) {
		return BigDecimal.valueOf(x).setScale(places, RoundingMode.HALF_UP).doubleValue();
	}

	/** Rounded down to a whole number (towards minus infinity: 2.7 gives 2, -2.3 gives -3). */
	public static double roundedDown(double x) {
		return Math.floor(x);
	}

	/** Rounded up to a whole number (towards plus infinity: 2.1 gives 3, -2.7 gives -2). */
	public static double roundedUp(double x) {
		return Math.ceil(x);
	}

	/** A result, or a data error when it left the range of numbers rules compare. */
	public static double finite(double value, String expression) {
		if (!Double.isFinite(value)) {
			throw new DataException(expression, "'" + expression + "' gives a number out of range: rules compute "
					+ "with numbers up to 1.8e308 in size");
		}
		return value;
	}

	/** The smaller of two comparable values (dates, date-times). */
	public static <T extends Comparable<? super T>> T min(T a, T b) {
		return b.compareTo(a) < 0 ? b : a;
	}

	/** The larger of two comparable values (dates, date-times). */
	public static <T extends Comparable<? super T>> T max(T a, T b) {
		return b.compareTo(a) > 0 ? b : a;
	}
}
