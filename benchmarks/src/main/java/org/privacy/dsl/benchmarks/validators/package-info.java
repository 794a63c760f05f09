/**
 * Generated validators compared side by side with hand-written Java, Hibernate Validator, SpEL and CEL on one
 * population of customers.
 */
package org.privacy.dsl.benchmarks.validators;
