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
	private static final byte[] NONE = new byte[0];

	// Terms 0 to 63, as bits: a rule's check allocates nothing more than this object for them
	private long known;
	private long trues;
	// Terms from 64 on, one byte each, grown when first needed
	private byte[] more = NONE;

	/** Whether term number {@code term} was evaluated for this record. */
	public boolean isKnown(int term) {
		if (term < Long.SIZE) {
			return (known & 1L << term) != 0;
		}
		int i = term - Long.SIZE;
		return i < more.length && more[i] != UNKNOWN;
	}

	/** The value of a term already evaluated; see {@link #isKnown(int)}. */
	public boolean value(int term) {
		if (!isKnown(term)) {
			throw new IllegalStateException("term " + term + " was not evaluated");
		}
		return term < Long.SIZE ? (trues & 1L << term) != 0 : more[term - Long.SIZE] == TRUE;
	}

	/** Keeps the value of term number {@code term} and returns it. */
	public boolean remember(int term, boolean value) {
		if (term < Long.SIZE) {
			known |= 1L << term;
			trues = value ? trues | 1L << term : trues & ~(1L << term);
			return value;
		}
		int i = term - Long.SIZE;
		if (i >= more.length) {
			more = Arrays.copyOf(more, Math.max(i + 1, more.length * 2));
		}
		more[i] = value ? TRUE : FALSE;
		return value;
	}
}
