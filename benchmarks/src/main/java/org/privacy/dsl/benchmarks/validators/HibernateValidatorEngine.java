package org.privacy.dsl.benchmarks.validators;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;

/**
 * Hibernate Validator (with Expressly for message interpolation) checking the constraints declared on
 * {@link Customer}: annotations on fields, {@code @AssertTrue} methods for rules across fields, and the class-level
 * {@link DeadlinesMet} for the two deadlines. "Now" is the factory's clock.
 */
public final class HibernateValidatorEngine implements Engine {
	private final Validator validator;

	public HibernateValidatorEngine(Instant now) {
		this.validator = Validation.byProvider(HibernateValidator.class).configure()
				.clockProvider(() -> Clock.fixed(now, ZoneOffset.UTC)).buildValidatorFactory().getValidator();
	}

	@Override
	public long countViolations(List<Customer> customers) {
		long violations = 0;
		for (Customer customer : customers) {
			violations += validator.validate(customer).size();
		}
		return violations;
	}
}
