package org.privacy.runtime;

/**
 * Signals inside a generated validator that a record cannot be checked: a value a rule needs is missing or of the
 * wrong type. Validators turn it into a {@link Status#DATA_ERROR} finding; it never leaves them. It carries no stack
 * trace, so bad data costs no more than good data.
 */
public final class DataException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final String field;

	public DataException(String field, String problem) {
		super(problem, null, false, false);
		this.field = field;
	}

	/** The field path whose value was unusable. */
	public String field() {
		return field;
	}

	/**
	 * This problem, found in the element at {@code index} (from 0) of the list {@code listPath}
	 * ({@code credentials[]}): its field path, and the message's, name that element ({@code credentials[2].createdDate}).
	 * A problem about another field is returned as it is.
	 */
	public DataException inElement(String listPath, int index) {
		if (field == null || !field.startsWith(listPath)) {
			return this;
		}
		String element = listPath.substring(0, listPath.length() - 2) + "[" + index + "]";
		String path = element + field.substring(listPath.length());
		return new DataException(path, getMessage().replace("'" + field + "'", "'" + path + "'"));
	}

	/** A missing value of a field a rule needs. */
	public static DataException missing(String field) {
		return new DataException(field, "'" + field + "' is missing");
	}

	/**
	 * What a generated rule reports when it cannot check a record: {@code problem} itself when it is a data error,
	 * else (date or time arithmetic past the calendar, on values read from {@code fields}) an out-of-range error.
	 * Each rule catches its own problem, so one rule's overflow never keeps the record's other rules from running.
	 */
	public static DataException of(RuntimeException problem, java.util.List<String> fields) {
		if (problem instanceof DataException e) {
			return e;
		}
		return outsideCalendar(String.join(", ", fields));
	}

	/**
	 * Date or time arithmetic that left the range of the calendar (beyond the year 999,999,999, or a count of
	 * seconds past what a long holds), on values read from {@code field}. Says neither the values nor the result:
	 * they come from the data.
	 */
	public static DataException outsideCalendar(String field) {
		return new DataException(field, "a date or time computed from '" + field
				+ "' falls outside the calendar (before its first year or after its last)");
	}

	/**
	 * A value that is not of the expected kind. The message says what kind of value it is, never the value itself:
	 * the field may hold personal data, and reports must not repeat it.
	 */
	public static DataException wrongType(String field, String expected, Object actual) {
		return new DataException(field, "'" + field + "' should be " + expected + ", not " + describe(actual));
	}

	/** A number the data holds that is out of the range rules compare; its digits are not quoted either. */
	public static DataException numberOutOfRange(String field) {
		return new DataException(field,
				"'" + field + "' is a number out of range: rules compare 0 and numbers from 4.9e-324 to 1.8e308 in size");
	}

	private static String describe(Object actual) {
		if (actual instanceof CharSequence s) {
			return s.length() == 1 ? "text of 1 character" : "text of " + s.length() + " characters";
		}
		if (actual instanceof Number) {
			return "a number";
		}
		if (actual instanceof Boolean) {
			return "true or false";
		}
		if (actual instanceof Iterable<?>) {
			return "a list";
		}
		if (actual instanceof java.util.Map<?, ?> || actual instanceof Record) {
			return "a record";
		}
		return "a value of another kind";
	}
}
