/**
 * The privacy rules language: its grammar ({@code Privacy.xtext}), Xtext's code generation workflow
 * ({@code GeneratePrivacy.mwe2}), and the one place services are wired: {@link org.privacy.dsl.PrivacyRuntimeModule}
 * and {@link org.privacy.dsl.PrivacyStandaloneSetup}. Callers compile rules through the façade in
 * {@link org.privacy.dsl.compiler}.
 */
package org.privacy.dsl;
