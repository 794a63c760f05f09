package org.privacy.dsl.benchmarks.validators;

import java.time.Instant;

/**
 * A consent a customer gave; {@code withdrawnAt} is {@code null} while it holds. The JavaBean getters are what the
 * generated validator calls: the Maven plugin generates it before this class is compiled, so it cannot see the
 * record's accessors and assumes getters (a clean build failed without them).
 */
public record Consent(Purpose purpose, Instant givenAt, Instant withdrawnAt) {

	public Purpose getPurpose() {
		return purpose;
	}

	public Instant getGivenAt() {
		return givenAt;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}
}
