package org.privacy.spring;

import java.util.ArrayList;
import java.util.List;

import org.privacy.beanvalidation.ConfiguredPolicies;
import org.privacy.runtime.Policy;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Hands the policy beans to {@code @PrivacyRules} once they are created, so that {@code @Valid} checks with the
 * parameters the configuration sets, and takes them back when the context closes.
 */
class PolicyRegistration implements SmartInitializingSingleton, DisposableBean {
	private final ListableBeanFactory beans;
	private final List<Policy> registered = new ArrayList<>();

	PolicyRegistration(ListableBeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (Policy policy : beans.getBeansOfType(Policy.class, false, false).values()) {
			ConfiguredPolicies.use(policy);
			registered.add(policy);
		}
	}

	@Override
	public void destroy() {
		registered.forEach(ConfiguredPolicies::forget);
		registered.clear();
	}
}
