package org.privacy.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.privacy.runtime.Policy;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers one bean per generated policy class found in the application's packages, created with the parameter values
 * the configuration gives it ({@link PolicyParameters}).
 */
class PolicyBeans implements ImportBeanDefinitionRegistrar, BeanFactoryAware, EnvironmentAware {
	private BeanFactory beanFactory;
	private Environment environment;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		for (String className : policyClasses()) {
			Class<?> type = ClassUtils.resolveClassName(className, ClassUtils.getDefaultClassLoader());
			if (beanFactory instanceof ListableBeanFactory beans && beans.getBeanNamesForType(type, true, false).length > 0) {
				continue; // the application declared its own, e.g. with parameters set
			}
			RootBeanDefinition definition = new RootBeanDefinition(type);
			definition.setRole(BeanDefinition.ROLE_APPLICATION);
			String policy = type.getSimpleName();
			Map<String, String> parameters = PolicyParameters.of(environment, policy);
			if (!parameters.isEmpty()) {
				definition.setInstanceSupplier(() -> PolicyParameters.create(type, policy, parameters));
			}
			registry.registerBeanDefinition(className, definition);
		}
		registerForPrivacyRules(registry, beanFactory);
	}

	/** The bean that hands the policies to {@code @PrivacyRules} (see {@link PolicyRegistration}). */
	private static void registerForPrivacyRules(BeanDefinitionRegistry registry, BeanFactory beanFactory) {
		String name = PolicyRegistration.class.getName();
		if (!registry.containsBeanDefinition(name) && beanFactory instanceof ListableBeanFactory beans) {
			RootBeanDefinition definition = new RootBeanDefinition(PolicyRegistration.class,
					() -> new PolicyRegistration(beans));
			definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
			registry.registerBeanDefinition(name, definition);
		}
	}

	/** The names of the concrete {@link Policy} classes in the packages to scan, sorted for a stable order. */
	private Set<String> policyClasses() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				environment);
		scanner.addIncludeFilter(new AssignableTypeFilter(Policy.class));
		Set<String> names = new TreeSet<>();
		for (String pkg : packages()) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
				names.add(candidate.getBeanClassName());
			}
		}
		return names;
	}

	private List<String> packages() {
		List<String> configured = Binder.get(environment).bind("privacy.packages", String[].class)
				.map(List::of).orElse(List.of());
		if (!configured.isEmpty()) {
			return configured;
		}
		return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory)
				: new ArrayList<>();
	}
}
