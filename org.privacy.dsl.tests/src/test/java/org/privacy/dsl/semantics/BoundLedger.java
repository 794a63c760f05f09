package org.privacy.dsl.semantics;

import java.time.Duration;
import java.util.List;

/** A ledger as an application might hold it, for the arithmetic and aggregates of bound mode: a Java record. */
public record BoundLedger(String id, double total, double divisor, Duration retention, List<BoundEntry> entries) {
}
