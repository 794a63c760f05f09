package org.privacy.dsl.validation;

/**
 * A diagnostic's sentence with its issue code, so that the two travel together from {@link Messages}, where every
 * sentence is written, to the validator or message provider that reports it.
 *
 * @param code a code of {@link IssueCodes}
 * @param text the sentence: one line, lower case, no final period, with a way out where there is one
 */
public record Message(String code, String text) {
}
