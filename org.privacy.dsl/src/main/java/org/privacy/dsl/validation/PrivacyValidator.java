package org.privacy.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * All checks of the language, one concern per validator: names, types, rules and deadlines, terms, optional fields
 * and bindings to Java classes. Every diagnostic carries a code from {@link IssueCodes}.
 */
@ComposedChecks(validators = { NamingValidator.class, TypeValidator.class, RuleValidator.class, TermValidator.class,
		OptionalFieldValidator.class, BindingValidator.class, ScenarioValidator.class })
public class PrivacyValidator extends AbstractPrivacyValidator {
}
