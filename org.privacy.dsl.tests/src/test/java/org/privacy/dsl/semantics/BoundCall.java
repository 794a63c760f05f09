package org.privacy.dsl.semantics;

import java.time.Instant;
import java.util.List;

/** A call as a Java record: in bound mode, the application gives the calls to the same person itself. */
public record BoundCall(String id, String personId, Instant calledAt, List<BoundCall> samePerson, BoundPerson caller,
		BoundPerson callee) {
}
