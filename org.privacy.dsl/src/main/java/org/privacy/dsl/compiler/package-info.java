/**
 * The façade, on top of the language's packages: {@link org.privacy.dsl.compiler.PrivacyCompiler} parses, links,
 * validates and generates a set of rule files into a {@link org.privacy.dsl.compiler.CompilationResult};
 * {@link org.privacy.dsl.compiler.InMemoryPolicies} compiles the generated Java in memory and creates the policies;
 * {@link org.privacy.dsl.compiler.PrivacyFormatting} formats a file for {@code privacy fmt}; the entity models the
 * command line reads data with. The command line, the language server, the Maven plugin and the tests start here.
 */
package org.privacy.dsl.compiler;
