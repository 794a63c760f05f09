package org.privacy.dsl.benchmarks.validators;

/** Where a customer's data is stored. */
public enum Region {
	EU, EEA, UK, US, OTHER
}
