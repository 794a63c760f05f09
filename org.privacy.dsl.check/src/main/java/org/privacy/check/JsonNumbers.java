package org.privacy.check;

import java.math.BigDecimal;

/**
 * Which value a JSON number with a fraction or an exponent becomes in a record, for every reader of JSON (the
 * check's, and the Spark module's for records nested in a line): a {@code Double}, unless that would be infinite or
 * turn a non-zero number into 0; then the exact {@code BigDecimal}, which the runtime's {@code Values.number} refuses
 * as out of range instead of comparing a wrong value ({@code NaN} if even a {@code BigDecimal} cannot hold it).
 */
public final class JsonNumbers {
	private JsonNumbers() {
	}

	/**
	 * The value of the number whose JSON text is {@code text} and which a parser read as {@code value}. A reader may
	 * take a finite, non-zero {@code value} as it is without asking for the text: this returns it unchanged.
	 */
	public static Object ofFloat(double value, String text) {
		if (Double.isFinite(value) && (value != 0 || isZero(text))) {
			return value;
		}
		try {
			return new BigDecimal(text);
		} catch (NumberFormatException | ArithmeticException e) {
			return Double.NaN; // an exponent beyond what a BigDecimal holds: out of range either way
		}
	}

	/** Whether a JSON number's text is zero: no digit other than 0 before its exponent. */
	private static boolean isZero(String number) {
		for (int i = 0; i < number.length(); i++) {
			char c = number.charAt(i);
			if (c == 'e' || c == 'E') {
				return true;
			}
			if (c >= '1' && c <= '9') {
				return false;
			}
		}
		return true;
	}
}
