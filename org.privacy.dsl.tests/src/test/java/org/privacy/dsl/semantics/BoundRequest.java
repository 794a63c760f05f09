package org.privacy.dsl.semantics;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** An access request as an application might hold it: a record with zoned date-times and dates. */
public record BoundRequest(String id, ZonedDateTime receivedAt, ZonedDateTime answeredAt, LocalDate receivedOn,
		LocalDate answeredOn) {
}
