package org.privacy.dsl.semantics;

import java.time.Instant;
import java.time.Period;

/** A data subject request whose extension is kept as ISO-8601 text ({@code "P2M"}) and as a {@link Period}. */
public record BoundIsoRequest(String id, Instant receivedAt, Instant answeredAt, String extension, Period granted) {
}
