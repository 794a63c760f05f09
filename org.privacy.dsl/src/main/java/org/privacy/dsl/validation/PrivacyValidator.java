package org.privacy.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * All checks of the language, one concern per validator: names, types, rules and deadlines, terms, optional fields,
 * bindings to Java classes, how fields are kept (milliseconds, map entries, lists that may be missing), relations
 * between records, calendars and opening hours, literals the generated Java must hold, invisible controls in the text,
 * and the codes that allow comments name. Every diagnostic carries a code from {@link IssueCodes}.
 */
@ComposedChecks(validators = { NamingValidator.class, TypeValidator.class, ArithmeticValidator.class,
		RuleValidator.class, TermValidator.class, OptionalFieldValidator.class, BindingValidator.class,
		FieldSourceValidator.class, RelationValidator.class, ScenarioValidator.class, LiteralValidator.class,
		SourceTextValidator.class, CalendarValidator.class, SuppressionValidator.class })
public class PrivacyValidator extends AbstractPrivacyValidator {
}
