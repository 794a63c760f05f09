package org.privacy.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What a validator needs besides the record: the clock that says what "now" is, a {@link Lookup} for records of other
 * entities, and whether reports may show personal data. Immutable; one context can serve many threads.
 */
public final class Context {
	/** Which outcomes validators report besides findings. */
	public enum Outcomes {
		/** Findings only: violated, late, overdue, pending, exempt, data-error. The default, and the fastest. */
		FINDINGS,
		/**
		 * Findings, and {@link FindingSink#counted} for every satisfied or not-applicable outcome, without building a
		 * finding: what a summary needs to count the records in scope and passed.
		 */
		COUNTED,
		/** Every outcome as a finding, {@link Status#SATISFIED} and {@link Status#NOT_APPLICABLE} included. */
		ALL
	}

	private final Clock clock;
	private final Lookup lookup;
	private final boolean revealPersonalData;
	private final Outcomes outcomes;

	private Context(Clock clock, Lookup lookup, boolean revealPersonalData, Outcomes outcomes) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.lookup = Objects.requireNonNull(lookup, "lookup");
		this.revealPersonalData = revealPersonalData;
		this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
	}

	/** A context whose "now" is the system clock. */
	public static Context system() {
		return new Context(Clock.systemUTC(), Lookup.NONE, false, Outcomes.FINDINGS);
	}

	/** A context whose "now" is fixed, for reproducible runs and tests. */
	public static Context at(Instant now) {
		return new Context(Clock.fixed(now, ZoneOffset.UTC), Lookup.NONE, false, Outcomes.FINDINGS);
	}

	/** A context reading "now" from the given clock. */
	public static Context of(Clock clock) {
		return new Context(clock, Lookup.NONE, false, Outcomes.FINDINGS);
	}

	/** The same context, finding related records through {@code lookup}. */
	public Context withLookup(Lookup lookup) {
		return new Context(clock, lookup, revealPersonalData, outcomes);
	}

	/** The same context, with personal data shown in explanations instead of masked. */
	public Context revealingPersonalData(boolean reveal) {
		return new Context(clock, lookup, reveal, outcomes);
	}

	/**
	 * The same context, with validators reporting every outcome: a {@link Status#SATISFIED} finding for each record
	 * a rule applies to and holds for, a {@link Status#NOT_APPLICABLE} one (saying why) for each record it does not
	 * apply to. The evidence of compliance an organisation shows an authority (GDPR art. 5(2)).
	 */
	public Context withAllOutcomes() {
		return withOutcomes(Outcomes.ALL);
	}

	/** The same context, with validators reporting the given outcomes. */
	public Context withOutcomes(Outcomes outcomes) {
		return new Context(clock, lookup, revealPersonalData, outcomes);
	}

	/** Which outcomes validators report. */
	public Outcomes outcomes() {
		return outcomes;
	}

	/** Whether validators report satisfied and not-applicable outcomes as findings ({@link Outcomes#ALL}). */
	public boolean reportsAllOutcomes() {
		return outcomes == Outcomes.ALL;
	}

	/** Whether validators report satisfied and not-applicable outcomes, as findings or counts. */
	public boolean judgesEveryRecord() {
		return outcomes != Outcomes.FINDINGS;
	}

	public Instant now() {
		return clock.instant();
	}

	public Lookup lookup() {
		return lookup;
	}

	public boolean revealsPersonalData() {
		return revealPersonalData;
	}

	/**
	 * {@link #show(Object, boolean)} of a text, without testing what kind of value it is: a generated validator that
	 * reads a key from a typed getter shows it this way.
	 */
	public String show(String value, boolean personal) {
		if (value == null) {
			return "(missing)";
		}
		return personal && !revealPersonalData ? Mask.mask(value) : value;
	}

	/** A value for an explanation: as it is, or masked when it is personal data and the context does not reveal it. */
	public String show(Object value, boolean personal) {
		if (value == null) {
			return "(missing)";
		}
		return personal && !revealPersonalData ? Mask.mask(value) : Text.format(value);
	}
}
