package org.privacy.runtime;

import java.util.Arrays;

/**
 * The values of a policy's terms for the record a rule is checking, so that each term is evaluated at most once
 * however often the rule's conditions name it. Terms defined through other terms ({@code term c2: c1 and (c1 or
 * c1)}) would otherwise be evaluated a number of times exponential in the depth of the definitions. Generated
 * validators create one per rule and record; it is not shared between threads.
 */
public final class TermMemo {
	private static final byte UNKNOWN = 0;
	private static final byte FALSE = 1;
	private static final byte TRUE = 2;

	private byte[] values = new byte[0];

	/** Whether term number {@code term} was evaluated for this record. */
	public boolean isKnown(int term) {
		return term < values.length && values[term] != UNKNOWN;
	}

	/** The value of a term already evaluated; see {@link #isKnown(int)}. */
	public boolean value(int term) {
		if (!isKnown(term)) {
			throw new IllegalStateException("term " + term + " was not evaluated");
		}
		return values[term] == TRUE;
	}

	/** Keeps the value of term number {@code term} and returns it. */
	public boolean remember(int term, boolean value) {
		if (term >= values.length) {
			values = Arrays.copyOf(values, Math.max(term + 1, values.length * 2));
		}
		values[term] = value ? TRUE : FALSE;
		return value;
	}
}
