package org.privacy.runtime;

import java.util.Optional;

/**
 * A sink that keeps the first finding that breaks a rule or could not be checked ({@link Status#isViolation()} or
 * {@link Status#DATA_ERROR}) and ignores the rest. Generated validators use it for their {@code firstViolationOf...}
 * entry points, after the verdict-only check found the rule that fails. One per check; not shared between threads.
 */
public final class FirstViolation implements FindingSink {
	private Finding first;

	@Override
	public void accept(Finding finding) {
		if (first == null && fails(finding.status())) {
			first = finding;
		}
	}

	/** The first failing finding accepted, or empty. */
	public Optional<Finding> finding() {
		return Optional.ofNullable(first);
	}

	/** Whether a record with this outcome does not comply: a violation, or a rule that could not be checked. */
	public static boolean fails(Status status) {
		return status.isViolation() || status == Status.DATA_ERROR;
	}
}
