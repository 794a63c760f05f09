package org.privacy.dsl.semantics;

import java.time.OffsetDateTime;

/** A message as an application might hold it: a Java record referring to a bean. */
public record BoundMessage(String id, BoundProspect recipient, Medium medium, OffsetDateTime sentAt,
		boolean analogousProduct) {
}
