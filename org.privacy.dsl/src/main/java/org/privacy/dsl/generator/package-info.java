/**
 * From a validated model to Java text, a pure function: {@code PolicyGenerator.xtend} renders the class;
 * {@link org.privacy.dsl.generator.RuleCompiler} analyses each rule into a {@link org.privacy.dsl.generator.RulePlan}
 * and {@code RuleTemplates.xtend} lays the plan out as the rule's check method, one template per construct
 * (obligation, prohibition, deadline, deadline per element); {@link org.privacy.dsl.generator.ExpressionCompiler}
 * compiles the conditions and plans their helper methods ({@link org.privacy.dsl.generator.HelperPlan}), which
 * {@code HelperTemplates.xtend} renders, one template per construct;
 * {@link org.privacy.dsl.generator.JavaText#wrapLines} keeps every line within 120 columns. Writing files is the caller's business. Nothing outside the façade uses this package.
 */
package org.privacy.dsl.generator;
