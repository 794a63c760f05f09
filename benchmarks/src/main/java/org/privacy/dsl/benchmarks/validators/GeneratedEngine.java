package org.privacy.dsl.benchmarks.validators;

import java.time.Instant;
import java.util.List;

import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.FindingSink;

/**
 * The validator the privacy compiler generated from {@code customers.privacy} at build time ({@code CustomerRules}, in
 * bound mode: typed getters of {@link Customer}), counting the findings that are violations.
 */
public final class GeneratedEngine implements Engine {
	private final CustomerRules rules = new CustomerRules();
	private final Context context;

	public GeneratedEngine(Instant now) {
		this.context = Context.at(now);
	}

	@Override
	public long countViolations(List<Customer> customers) {
		ViolationCounter counter = new ViolationCounter();
		for (Customer customer : customers) {
			rules.checkCustomer(customer, context, counter);
		}
		return counter.violations;
	}

	private static final class ViolationCounter implements FindingSink {
		private long violations;

		@Override
		public void accept(Finding finding) {
			if (finding.status().isViolation()) {
				violations++;
			}
		}
	}
}
