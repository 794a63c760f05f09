package org.privacy.dsl.compiler;

import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.privacy.dsl.compiler.JavaMemoryCompiler.CompilationFailedException;
import org.privacy.dsl.scenarios.ScenarioRunner;
import org.privacy.runtime.Parameters;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;

/**
 * Compiles generated validators in memory and creates one instance of each policy with the given parameters: the
 * one place that does it, for {@code privacy check} and {@code privacy test}, the language server's scenarios and the
 * tests. Two kinds of failure, each handled once here: a parameter value a policy rejects, or a name no policy
 * declares, is the user's mistake ({@link InvalidParameterException}, with a sentence to show); generated Java that
 * does not compile, or a policy that cannot be created, is a bug ({@link CompilationFailedException},
 * {@link IllegalStateException}).
 */
public final class InMemoryPolicies {
	private InMemoryPolicies() {
	}

	/** A parameter value a policy rejects, or a parameter no policy declares; the message is for the user. */
	public static final class InvalidParameterException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		public InvalidParameterException(String message) {
			super(message);
		}

		/** The policy's own refusal of a value, kept as the cause. */
		public InvalidParameterException(IllegalArgumentException refusal) {
			super(refusal.getMessage(), refusal);
		}
	}

	/**
	 * The policies of {@code compiled}, by class name in the order the compiler gave them, their classes defined by
	 * a loader whose parent is {@code parent} (which must see the runtime and, in bound mode, the bound classes).
	 */
	public static Map<String, Policy> load(CompilationResult compiled, Map<String, String> parameters,
			ClassLoader parent) throws CompilationFailedException {
		ClassLoader classes = JavaMemoryCompiler.compile(compiled.sources(), parent);
		Parameters values = Parameters.of(parameters);
		Map<String, Policy> policies = new LinkedHashMap<>();
		for (String className : compiled.policyClasses()) {
			policies.put(className, create(classes, className, values));
		}
		rejectUnknownParameters(policies.values(), parameters);
		return policies;
	}

	/** The policies of {@code compiled}, generated in records mode, which check records read from data. */
	public static List<RecordPolicy> records(CompilationResult compiled, Map<String, String> parameters)
			throws CompilationFailedException {
		List<RecordPolicy> policies = new ArrayList<>();
		load(compiled, parameters, InMemoryPolicies.class.getClassLoader()).forEach((className, policy) -> {
			if (!(policy instanceof RecordPolicy recordPolicy)) {
				throw new IllegalStateException("the generated policy " + className + " does not check records");
			}
			policies.add(recordPolicy);
		});
		return policies;
	}

	/** A runner of the scenarios of {@code compiled} (generated in records mode), whose clock starts now. */
	public static ScenarioRunner scenarioRunner(CompilationResult compiled, Map<String, String> parameters)
			throws CompilationFailedException {
		return new ScenarioRunner(records(compiled, parameters), Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

	/** A parameter that no policy declares is most likely misspelt: say so, with the names the rules declare. */
	private static void rejectUnknownParameters(Iterable<Policy> policies, Map<String, String> parameters) {
		Set<String> known = new TreeSet<>();
		policies.forEach(p -> known.addAll(p.parameterNames()));
		for (String name : parameters.keySet()) {
			if (!known.contains(name)) {
				throw new InvalidParameterException("unknown parameter '" + name + "'; " + (known.isEmpty()
						? "the rules declare no parameter" : "the rules declare " + String.join(", ", known)));
			}
		}
	}

	private static Policy create(ClassLoader classes, String className, Parameters parameters) {
		Object policy;
		try {
			policy = classes.loadClass(className).getConstructor(Parameters.class).newInstance(parameters);
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof IllegalArgumentException invalidParameter) {
				throw new InvalidParameterException(invalidParameter);
			}
			throw new IllegalStateException("the generated policy " + className + " cannot be created: " + e.getCause(),
					e.getCause());
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("the generated policy " + className + " cannot be created: " + e, e);
		}
		if (policy instanceof Policy checked) {
			return checked;
		}
		throw new IllegalStateException("the generated class " + className + " is not a policy");
	}
}
