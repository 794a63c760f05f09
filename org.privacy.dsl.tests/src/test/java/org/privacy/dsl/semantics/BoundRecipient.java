package org.privacy.dsl.semantics;

import java.time.Instant;

/** A recipient of personal data, told (or not yet) of an erasure. */
public record BoundRecipient(String name, Instant toldAt, Instant addedAt) {
}
