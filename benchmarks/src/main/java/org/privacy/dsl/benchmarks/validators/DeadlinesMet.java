package org.privacy.dsl.benchmarks.validators;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * DLN-01 and DLN-02 for Hibernate Validator: a sign-up confirmed within 72 hours, an access request answered within
 * one calendar month (in Europe/Paris, to the end of its last day). An event that has not happened is late once "now" is past its deadline; "now"
 * is the validator factory's {@link jakarta.validation.ClockProvider}, as for {@code @Past} and {@code @Future}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DeadlinesMet.Validator.class)
public @interface DeadlinesMet {
	String message() default "deadline missed";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Reports each missed deadline as a violation of its own. */
	final class Validator implements ConstraintValidator<DeadlinesMet, Customer> {
		private static final Duration CONFIRMATION_DEADLINE = Duration.ofHours(72);
		private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

		@Override
		public boolean isValid(Customer customer, ConstraintValidatorContext context) {
			Instant now = context.getClockProvider().getClock().instant();
			boolean confirmedInTime = inTime(customer.getSignupAt().plus(CONFIRMATION_DEADLINE),
					customer.getConfirmedAt(), now);
			boolean answeredInTime = inTime(customer.getAccessRequestedAt().atZone(ZONE).toLocalDate().plusMonths(1).plusDays(1)
					.atStartOfDay(ZONE).toInstant().minusNanos(1),
					customer.getAccessAnsweredAt(), now);
			if (confirmedInTime && answeredInTime) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			if (!confirmedInTime) {
				context.buildConstraintViolationWithTemplate("sign-up not confirmed within 72 hours")
						.addPropertyNode("confirmedAt").addConstraintViolation();
			}
			if (!answeredInTime) {
				context.buildConstraintViolationWithTemplate("access request not answered within one month")
						.addPropertyNode("accessAnsweredAt").addConstraintViolation();
			}
			return false;
		}

		private static boolean inTime(Instant due, Instant done, Instant now) {
			return done != null ? !done.isAfter(due) : !now.isAfter(due);
		}
	}
}
