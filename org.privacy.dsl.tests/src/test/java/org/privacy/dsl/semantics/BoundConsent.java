package org.privacy.dsl.semantics;

import java.time.Instant;

/** A consent as an application might hold it: a Java record, read through its accessors. */
public record BoundConsent(String id, Medium medium, Instant givenAt, Instant withdrawnAt) {
}
