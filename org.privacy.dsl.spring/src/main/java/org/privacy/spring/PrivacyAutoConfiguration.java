package org.privacy.spring;

import org.privacy.runtime.Policy;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;

/**
 * Makes every policy the privacy compiler generated into the application's packages a singleton bean, so that
 * services can have them injected ({@code private final ShopPolicy policy}). The packages are the application's own
 * (those of its {@code @SpringBootApplication} class) unless {@code privacy.packages} lists others; {@code
 * privacy.enabled=false} turns it off. {@code privacy.policies.<Policy>.parameters.<parameter>=<value>} sets a policy's
 * parameter ({@code privacy.policies.CanalPlus.parameters.grace=30 days}). {@code @PrivacyRules} on a class needs no configuration: any Jakarta Validation
 * provider (spring-boot-starter-validation brings Hibernate Validator) runs it under {@code @Valid}.
 */
@AutoConfiguration
@ConditionalOnClass(Policy.class)
@ConditionalOnProperty(prefix = "privacy", name = "enabled", havingValue = "true", matchIfMissing = true)
@Import(PolicyBeans.class)
public class PrivacyAutoConfiguration {
}
