package org.privacy.check;

/**
 * Receives what a check commits, as it commits it, in file order: each finding with the file and line of its
 * record, and each data problem. A streaming report ({@code privacy check --format jsonl}) is one. Called on one
 * thread; the same outcomes are in the {@link CheckResult}'s counts whatever the listener does.
 */
public interface CheckListener {

	/** A finding (or, when all outcomes are asked for, a satisfied or not-applicable outcome). */
	void finding(LocatedFinding finding);

	/** Data that could not become a record to check, or a file that could not be read to its end. */
	void problem(DataProblem problem);
}
