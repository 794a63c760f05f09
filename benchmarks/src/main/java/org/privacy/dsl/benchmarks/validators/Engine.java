package org.privacy.dsl.benchmarks.validators;

import java.util.List;

/**
 * One way of checking the ten rules of {@code customers.privacy}: counts the rules broken by each customer, summed
 * over the data set. A late or overdue deadline counts as broken; an engine is created once and reused.
 */
public interface Engine {
	long countViolations(List<Customer> customers);
}
