/**
 * From a validated model to Java text, a pure function: {@code PolicyGenerator.xtend} renders the class,
 * {@link org.privacy.dsl.generator.RuleCompiler} the rule methods, {@link org.privacy.dsl.generator.ExpressionCompiler}
 * the conditions and the plans of helper methods ({@link org.privacy.dsl.generator.HelperPlan}), which
 * {@code HelperTemplates.xtend} renders, one template per construct; writing files is the caller's business. Nothing
 * outside the façade uses this package.
 */
package org.privacy.dsl.generator;
