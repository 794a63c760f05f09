package org.privacy.dsl.benchmarks.validators;

import java.time.Instant;

/** A consent a customer gave; {@code withdrawnAt} is {@code null} while it holds. */
public record Consent(Purpose purpose, Instant givenAt, Instant withdrawnAt) {
}
