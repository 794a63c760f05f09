package org.privacy.dsl.semantics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A telephone call as an application might hold it: instants, the callee's zone as text, a contract date. */
public record BoundZonedCall(String id, Instant startedAt, String timeZone, LocalDate signedOn, OffsetDateTime receivedAt,
		Instant answeredAt) {
}
