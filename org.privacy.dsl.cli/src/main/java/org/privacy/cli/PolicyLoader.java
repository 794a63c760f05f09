package org.privacy.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.JavaMemoryCompiler;
import org.privacy.dsl.compiler.JavaMemoryCompiler.CompilationFailedException;
import org.privacy.runtime.Parameters;
import org.privacy.runtime.RecordPolicy;

/**
 * Compiles the generated validators in memory and creates one instance of each policy with the deployment's
 * parameters. A parameter value the policy rejects, or a name no policy declares, is a usage error; generated Java
 * that does not compile is a bug.
 */
public final class PolicyLoader {
	private PolicyLoader() {
	}

	public static List<RecordPolicy> load(CompilationResult result, Map<String, String> parameters)
			throws CompilationFailedException {
		ClassLoader classes = JavaMemoryCompiler.compile(result.sources(), PolicyLoader.class.getClassLoader());
		Parameters values = Parameters.of(parameters);
		List<RecordPolicy> policies = new ArrayList<>();
		for (String className : result.policyClasses()) {
			policies.add(create(classes, className, values));
		}
		rejectUnknownParameters(policies, parameters);
		return policies;
	}

	/** A --param that no policy declares is most likely misspelt: a usage error that lists the known names. */
	private static void rejectUnknownParameters(List<RecordPolicy> policies, Map<String, String> parameters) {
		Set<String> known = new TreeSet<>();
		policies.forEach(p -> known.addAll(p.parameterNames()));
		for (String name : parameters.keySet()) {
			if (!known.contains(name)) {
				throw new UsageException("unknown parameter '" + name + "'; "
						+ (known.isEmpty() ? "the rules declare no parameter" : "the rules declare " + String.join(", ", known)));
			}
		}
	}

	private static RecordPolicy create(ClassLoader classes, String className, Parameters parameters) {
		Object policy;
		try {
			policy = classes.loadClass(className).getConstructor(Parameters.class).newInstance(parameters);
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof IllegalArgumentException invalidParameter) {
				throw new UsageException(invalidParameter.getMessage());
			}
			throw new IllegalStateException("the generated policy " + className + " cannot be created: " + e.getCause(),
					e.getCause());
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("the generated policy " + className + " cannot be created: " + e, e);
		}
		if (policy instanceof RecordPolicy recordPolicy) {
			return recordPolicy;
		}
		throw new IllegalStateException("the generated policy " + className + " does not check records");
	}
}
