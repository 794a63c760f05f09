package org.privacy.beanvalidation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.privacy.runtime.Policy;
import org.privacy.runtime.Status;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The rules of generated policies as a class-level Jakarta Validation constraint: each finding of the annotated
 * object whose status is one of {@link #reject()} becomes one {@code ConstraintViolation}, whose message is the rule id
 * and the finding's sentence ({@code MKT-01: sign up (electronic marketing) does not meet "marketingConsent"; required
 * by CPCE art. L34-5, GDPR art. 7}), and whose property path is the last field the rule read, the one its requirement
 * names ({@code marketingConsent}, {@code recipient.consents}), or, for a finding about one element of a list (a
 * deadline per element, a value that cannot be read), that element's field at its index
 * ({@code recipients[2].toldAt}). Personal data in the sentence is masked, as in reports.
 *
 * <pre>{@code
 * @PrivacyRules(ShopPolicy.class)
 * public record MarketingEmail(String id, Subscriber recipient, Purpose purpose, Instant sentAt) { }
 * }</pre>
 *
 * The policies are the classes the privacy compiler generates; each must have an entity bound to the annotated class
 * (or to one of its supertypes). "Now", for deadlines, is the validator's {@code ClockProvider} clock.
 */
@Documented
@Constraint(validatedBy = PrivacyRulesValidator.class)
@Target({ TYPE, ANNOTATION_TYPE })
@Retention(RUNTIME)
public @interface PrivacyRules {

	/** The generated policies whose rules the object must satisfy. */
	Class<? extends Policy>[] value();

	/** The outcomes that make the object invalid: by default the violations and the records that cannot be checked. */
	Status[] reject() default { Status.VIOLATED, Status.LATE, Status.OVERDUE, Status.DATA_ERROR };

	/** Never shown: each violation says its own rule and sentence. Required of every constraint. */
	String message() default "breaks the privacy rules of its policy";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
