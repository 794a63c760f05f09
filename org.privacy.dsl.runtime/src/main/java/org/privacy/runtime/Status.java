package org.privacy.runtime;

/** The outcome of one rule for one record. */
public enum Status {
	/**
	 * The rule applies to the record and holds; reported only when the caller asks for every outcome
	 * ({@link Context#withAllOutcomes()}).
	 */
	SATISFIED,
	/** The record breaks an obligation or a prohibition. */
	VIOLATED,
	/** The required event happened, but after its deadline. */
	LATE,
	/** The required event has not happened and its deadline has passed. */
	OVERDUE,
	/** The required event has not happened yet and its deadline is still ahead: reported, not a violation. */
	PENDING,
	/** The rule would apply, but one of its exceptions does: reported, not a violation. */
	EXEMPT,
	/** The record could not be checked: a value the rule needs is missing or of the wrong type. */
	DATA_ERROR,
	/**
	 * The rule does not apply to the record: outside its scope (its activity or {@code where} is false), or before
	 * or after its effective period. Reported only when the caller asks for every outcome.
	 */
	NOT_APPLICABLE;

	/** Whether this outcome breaks the rule ({@link #VIOLATED}, {@link #LATE} or {@link #OVERDUE}). */
	public boolean isViolation() {
		return this == VIOLATED || this == LATE || this == OVERDUE;
	}

	/** The word used in reports and scenarios: {@code violated}, {@code data-error}, ... */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The status named by {@link #word()}, or {@code null} if there is none. */
	public static Status fromWord(String word) {
		for (Status s : values()) {
			if (s.word().equals(word)) {
				return s;
			}
		}
		return null;
	}
}
