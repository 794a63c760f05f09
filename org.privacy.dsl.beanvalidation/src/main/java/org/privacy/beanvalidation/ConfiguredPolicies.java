package org.privacy.beanvalidation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.privacy.runtime.Policy;

/**
 * The policy instances {@link PrivacyRules} uses instead of one created with every parameter at its default: an
 * application that configures a policy's parameters (Spring's {@code privacy.policies.<Policy>.parameters.<name>})
 * registers the configured instance here, so that {@code @Valid} checks with the same values as the injected bean.
 * One instance per policy class and class loader; without one, {@code @PrivacyRules} creates its own.
 */
public final class ConfiguredPolicies {
	private static final Map<Class<?>, Policy> CONFIGURED = new ConcurrentHashMap<>();

	private ConfiguredPolicies() {
	}

	/** Makes {@code policy} the instance {@code @PrivacyRules} uses for its class, until {@link #forget}. */
	public static void use(Policy policy) {
		CONFIGURED.put(policy.getClass(), policy);
	}

	/** Stops using {@code policy}, if it is still the instance registered for its class. */
	public static void forget(Policy policy) {
		CONFIGURED.remove(policy.getClass(), policy);
	}

	/** The registered instance of {@code type}, or {@code null}. */
	static Policy of(Class<?> type) {
		return CONFIGURED.get(type);
	}
}
