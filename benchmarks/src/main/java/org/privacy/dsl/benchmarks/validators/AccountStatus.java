package org.privacy.dsl.benchmarks.validators;

/** The state of a customer's account. */
public enum AccountStatus {
	ACTIVE, SUSPENDED, DORMANT, CLOSED
}
