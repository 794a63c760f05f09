package org.privacy.dsl.semantics;

import java.time.Instant;

/** One entry of a {@link BoundLedger}. */
public record BoundEntry(double amount, Instant at, boolean flagged) {
}
