package org.privacy.dsl.benchmarks.validators;

/** What a consent was given for. */
public enum Purpose {
	MARKETING, ADVERTISING, ANALYTICS
}
