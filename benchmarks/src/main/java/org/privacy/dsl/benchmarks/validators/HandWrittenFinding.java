package org.privacy.dsl.benchmarks.validators;

import java.time.Instant;

import org.privacy.runtime.Status;

/**
 * What a good hand-written validator reports per violation, the cheapest way: one small record with the rule's id,
 * the outcome, the record's key and the values its sentence would name (a deadline's due and done instants; the
 * other sentences are constant per rule). No sentence is built; a caller that wants one builds it from these.
 *
 * @param rule the rule's id, e.g. {@code ACC-01}
 * @param status {@link Status#VIOLATED}, {@link Status#LATE} or {@link Status#OVERDUE}
 * @param key the record's key
 * @param due when a deadline fell, or {@code null}
 * @param done when its event happened, or {@code null}
 */
public record HandWrittenFinding(String rule, Status status, String key, Instant due, Instant done) {

	/** A violation of a rule whose sentence names nothing but the record. */
	public static HandWrittenFinding violated(String rule, String key) {
		return new HandWrittenFinding(rule, Status.VIOLATED, key, null, null);
	}

	/** Where a hand-written validator hands its findings: a list, a report, a counter. */
	@FunctionalInterface
	public interface Sink {
		void accept(HandWrittenFinding finding);
	}

	/** Counts the findings that are violations, as the generated engines' sinks do. */
	public static final class Counter implements Sink {
		private long violations;

		@Override
		public void accept(HandWrittenFinding finding) {
			if (finding.status().isViolation()) {
				violations++;
			}
		}

		public long violations() {
			return violations;
		}
	}
}
