package org.privacy.beanvalidation;

/** How a password is stored. */
public record Credential(Algorithm algorithm) {
}
