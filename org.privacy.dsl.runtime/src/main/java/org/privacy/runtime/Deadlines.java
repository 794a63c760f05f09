package org.privacy.runtime;

import java.time.Instant;
import java.time.LocalDate;

/** The four outcomes of an obligation with a deadline, in one place. */
public final class Deadlines {
	private Deadlines() {
	}

	/**
	 * Satisfied when done by the deadline, late when done after it, overdue when not done and the deadline has
	 * passed, pending when not done and the deadline is still ahead.
	 */
	public static Status outcome(Instant due, Instant done, Instant now) {
		if (done != null) {
			return done.isAfter(due) ? Status.LATE : Status.SATISFIED;
		}
		return now.isAfter(due) ? Status.OVERDUE : Status.PENDING;
	}

	/** The same for a deadline on the instant line, exact or ending with its last local day. */
	public static Status outcome(Due due, Instant done, Instant now) {
		return outcome(due.last(), done, now);
	}

	/** The same for dates: a deadline date is met by anything done on that day. */
	public static Status outcome(LocalDate due, LocalDate done, LocalDate today) {
		if (done != null) {
			return done.isAfter(due) ? Status.LATE : Status.SATISFIED;
		}
		return today.isAfter(due) ? Status.OVERDUE : Status.PENDING;
	}
}
