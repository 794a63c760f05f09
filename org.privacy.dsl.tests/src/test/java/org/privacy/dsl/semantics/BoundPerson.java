package org.privacy.dsl.semantics;

/** A person as a Java record, referred to by calls. */
public record BoundPerson(String id) {
}
