/**
 * Diagnostics: {@link org.privacy.dsl.validation.PrivacyValidator} composes one concern validator per topic;
 * {@link org.privacy.dsl.validation.IssueCodes} lists every code and {@link org.privacy.dsl.validation.Messages} writes every
 * sentence; suppressions ({@code // privacy: allow CODE}).
 */
package org.privacy.dsl.validation;
