package org.privacy.runtime;

/** Receives the findings a validator produces; implementations decide whether to collect, count or stream them. */
@FunctionalInterface
public interface FindingSink {
	void accept(Finding finding);

	/**
	 * Counts a {@link Status#SATISFIED} or {@link Status#NOT_APPLICABLE} outcome without a finding: validators call
	 * it instead of {@link #accept} when the context only counts outcomes ({@link Context.Outcomes#COUNTED}).
	 */
	default void counted(RuleInfo rule, Status status) {
		// most sinks keep findings only
	}
}
