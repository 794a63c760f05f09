package org.privacy.dsl.semantics;

import java.time.Instant;
import java.util.List;

/** An erasure request as an application might hold it, with the recipients that must be told of it. */
public record BoundErasure(String id, Instant erasedAt, Instant approvedAt, List<BoundRecipient> recipients) {
}
