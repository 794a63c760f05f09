package org.privacy.check;

import org.privacy.runtime.Status;

/**
 * The records one rule judged: all of them (every record of its entity that was checked), those in its scope (all
 * but the not-applicable ones: outside its activity or {@code where}, or outside its effective period) and those that
 * passed (satisfied). Counted on every check, not only with {@code --outcomes all}: the evidence of accountability
 * (GDPR art. 5(2)) is how many records each rule was checked against, not only what failed.
 */
public final class RuleCounts {
	private long judged;
	private long notApplicable;
	private long passed;

	public void count(Status status) {
		judged++;
		if (status == Status.NOT_APPLICABLE) {
			notApplicable++;
		} else if (status == Status.SATISFIED) {
			passed++;
		}
	}

	/** The records of the rule's entity that it judged. */
	public long records() {
		return judged;
	}

	/** The records the rule applies to; data errors count in scope, since nothing shows them outside it. */
	public long inScope() {
		return judged - notApplicable;
	}

	/** The records in scope that meet the rule. */
	public long passed() {
		return passed;
	}
}
