package org.privacy.dsl.semantics;

import java.time.Instant;
import java.util.List;

import org.privacy.runtime.Span;

/** A data subject request as an application might hold it: an optional extension, and the lengths it was suspended. */
public record BoundDsRequest(String id, Instant receivedAt, Instant answeredAt, Span extension,
		List<Span> suspensions) {
}
