package org.privacy.dsl.semantics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.FirstViolation;
import org.privacy.runtime.Policy;
import org.privacy.runtime.Record;
import org.privacy.runtime.RecordPolicy;

/**
 * Compiles rule text for the semantics tests and runs the generated validators: records mode through
 * {@link RecordPolicy#check}, bound mode through the typed {@code checkEntity(object, context)} method the generator
 * writes for each entity (found by reflection, since generated classes implement no typed interface).
 */
final class CompiledRules {
	/** Rule text compiled once per JVM: many tests share a rule set and only vary the data. */
	private static final Map<String, Policy> CACHE = new ConcurrentHashMap<>();

	private CompiledRules() {
	}

	/** The policy of {@code rules} with every entity read as a map, parameters at their defaults. */
	static RecordPolicy records(String rules) {
		return (RecordPolicy) CACHE.computeIfAbsent("RECORDS\n" + rules,
				k -> PrivacyTestSupport.policy(GenerationMode.RECORDS, rules));
	}

	/** The policy of {@code rules} in records mode, created with these parameter values (not cached). */
	static RecordPolicy records(String rules, Map<String, String> parameters) {
		Map<String, Policy> policies = PrivacyTestSupport
				.load(PrivacyTestSupport.compile(GenerationMode.RECORDS, rules), parameters);
		return (RecordPolicy) policies.values().iterator().next();
	}

	/** The policy of {@code rules} with bound entities read through their Java classes. */
	static Policy bound(String rules) {
		return CACHE.computeIfAbsent("BOUND\n" + rules, k -> PrivacyTestSupport.policy(GenerationMode.BOUND, rules));
	}

	/** A context whose clock is fixed at an ISO-8601 instant such as {@code 2024-03-01T09:00:00Z}. */
	static Context at(String instant) {
		return Context.at(Instant.parse(instant));
	}

	/** The findings of one record of {@code entity}, given as a map. */
	static List<Finding> check(RecordPolicy policy, String entity, Map<String, ?> values, Context context) {
		return check(policy, entity, Record.of(values), context);
	}

	static List<Finding> check(RecordPolicy policy, String entity, Record record, Context context) {
		List<Finding> findings = new ArrayList<>();
		policy.check(entity, record, context, findings::add);
		// every semantics test also checks the verdict-only entry points against the findings
		agree(findings, policy.complies(entity, record, context), policy.firstViolation(entity, record, context));
		return findings;
	}

	/**
	 * The verdict ({@code complies...}) and the first failing finding ({@code firstViolationOf...}) say what the
	 * findings say: a record complies exactly when no finding is a violation or a data error, and the first such
	 * finding is the one returned, with the same text.
	 */
	private static void agree(List<Finding> findings, boolean complies, Optional<Finding> first) {
		Optional<Finding> expected = findings.stream().filter(f -> FirstViolation.fails(f.status())).findFirst();
		if (complies != expected.isEmpty()) {
			throw new AssertionError("complies = " + complies + ", but the findings are " + findings);
		}
		if (!first.map(Finding::toString).equals(expected.map(Finding::toString))) {
			throw new AssertionError("first violation " + first + ", but the findings are " + findings);
		}
	}

	/** The findings of one bound object, through the generated {@code checkEntity(object, context)} method. */
	@SuppressWarnings("unchecked")
	static List<Finding> checkObject(Policy policy, Object object, Context context) {
		for (Method method : policy.getClass().getMethods()) {
			Class<?>[] parameters = method.getParameterTypes();
			if (method.getName().startsWith("check") && parameters.length == 2 && parameters[1] == Context.class
					&& List.class.equals(method.getReturnType()) && parameters[0].isInstance(object)
					&& parameters[0] != Object.class) {
				try {
					List<Finding> findings = (List<Finding>) method.invoke(policy, object, context);
					String entity = method.getName().substring("check".length());
					Method complies = policy.getClass().getMethod("complies" + entity, parameters);
					Method first = policy.getClass().getMethod("firstViolationOf" + entity, parameters);
					agree(findings, (Boolean) complies.invoke(policy, object, context),
							(Optional<Finding>) first.invoke(policy, object, context));
					return findings;
				} catch (IllegalAccessException | NoSuchMethodException e) {
					throw new AssertionError(e);
				} catch (InvocationTargetException e) {
					throw new AssertionError("the validator threw instead of reporting", e.getCause());
				}
			}
		}
		throw new AssertionError(policy.name() + " has no typed check method for " + object.getClass().getName());
	}
}
