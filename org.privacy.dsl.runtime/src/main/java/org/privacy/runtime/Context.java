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
	private final Clock clock;
	private final Lookup lookup;
	private final boolean revealPersonalData;

	private Context(Clock clock, Lookup lookup, boolean revealPersonalData) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.lookup = Objects.requireNonNull(lookup, "lookup");
		this.revealPersonalData = revealPersonalData;
	}

	/** A context whose "now" is the system clock. */
	public static Context system() {
		return new Context(Clock.systemUTC(), Lookup.NONE, false);
	}

	/** A context whose "now" is fixed, for reproducible runs and tests. */
	public static Context at(Instant now) {
		return new Context(Clock.fixed(now, ZoneOffset.UTC), Lookup.NONE, false);
	}

	/** A context reading "now" from the given clock. */
	public static Context of(Clock clock) {
		return new Context(clock, Lookup.NONE, false);
	}

	/** The same context, finding related records through {@code lookup}. */
	public Context withLookup(Lookup lookup) {
		return new Context(clock, lookup, revealPersonalData);
	}

	/** The same context, with personal data shown in explanations instead of masked. */
	public Context revealingPersonalData(boolean reveal) {
		return new Context(clock, lookup, reveal);
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

	/** A value for an explanation: as it is, or masked when it is personal data and the context does not reveal it. */
	public String show(Object value, boolean personal) {
		if (value == null) {
			return "(missing)";
		}
		return personal && !revealPersonalData ? Mask.mask(value) : Text.format(value);
	}
}
