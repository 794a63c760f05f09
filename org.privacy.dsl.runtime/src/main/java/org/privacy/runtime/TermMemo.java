package org.privacy.runtime;

import java.util.Arrays;
import java.util.List;

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

	// The element of a list at which a quantifier stopped, one per result: 'every' and 'no' stop on an element that
	// makes them false, 'some' on one that makes it true. The finding of a broken rule names it (credentials[2]).
	private String falseList;
	private int falseIndex;
	private String trueList;
	private int trueIndex;
	private boolean watching;

	/**
	 * Called by a quantifier over a list the record holds when element {@code index} of {@code list}
	 * ({@code credentials[]}) decides it: remembers the element, and returns {@code result}.
	 */
	public boolean decided(String list, int index, boolean result) {
		if (watching) {
			if (result) {
				trueList = list;
				trueIndex = index;
			} else {
				falseList = list;
				falseIndex = index;
			}
		}
		return result;
	}

	/**
	 * Starts remembering the elements that decide quantifiers: called just before a rule evaluates what it requires
	 * or forbids, so that its scope ({@code where}) names no element. The values of the terms the scope evaluated are
	 * forgotten: kept, a term read again by the requirement would not run its quantifiers, and the finding would name
	 * no element ({@code devices[].model} for {@code devices[1].model}).
	 */
	public void watch() {
		watching = true;
		falseList = null;
		trueList = null;
		known = 0;
		trues = 0;
		if (more != NONE) {
			Arrays.fill(more, UNKNOWN);
		}
	}

	/**
	 * Keeps the elements remembered since {@link #watch()}: what the rule evaluates after its verdict (exceptions,
	 * the parts it names) does not change which element its finding names.
	 */
	public void hold() {
		watching = false;
	}

	/**
	 * The field paths of a broken rule's finding, naming the element that broke it: {@code credentials[].algorithm}
	 * becomes {@code credentials[2].algorithm} when a quantifier over {@code credentials} stopped at element 2 with
	 * the result that breaks the rule ({@code false} for an obligation, {@code true} for a prohibition). The paths
	 * themselves when no such element was remembered.
	 */
	public List<String> fields(List<String> paths, boolean brokenWhen) {
		String list = brokenWhen ? trueList : falseList;
		return list == null ? paths : Values.atIndex(paths, list, brokenWhen ? trueIndex : falseIndex);
	}

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
