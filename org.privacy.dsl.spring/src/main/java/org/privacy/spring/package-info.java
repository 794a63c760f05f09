/**
 * Spring Boot auto-configuration for generated privacy validators: {@link org.privacy.spring.PrivacyAutoConfiguration}
 * exposes the policies as beans; {@code @PrivacyRules} (module org.privacy.dsl.beanvalidation, brought along) makes
 * {@code @Valid} reject objects that break them.
 */
package org.privacy.spring;
