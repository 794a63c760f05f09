/**
 * Generated privacy validators as a Jakarta Validation (Bean Validation 3.x) constraint, {@link
 * org.privacy.beanvalidation.PrivacyRules}: annotate a class bound to an entity of a policy, and a Spring
 * {@code @Valid}, a JPA pre-persist check or {@code Validator.validate} reports the policy's findings as
 * {@code ConstraintViolation}s.
 */
package org.privacy.beanvalidation;
