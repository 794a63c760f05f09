/**
 * The SimpleRules benchmark: ten field rules ({@code src/main/privacy/accounts.privacy}) over plain Java objects
 * ({@code Account}, data from {@code Accounts}), checked by the validator the Maven plugin generates, by hand-written
 * Java and by Hibernate Validator ({@code SimpleEngine}); {@code SimpleRules} is the JMH benchmark and
 * {@code SimpleRulesCpuTime} its cross-check by CPU time for shared machines. Results and commands:
 * {@code docs/BENCHMARKS.md}, "Simple field rules".
 */
package org.privacy.dsl.benchmarks.simple;
