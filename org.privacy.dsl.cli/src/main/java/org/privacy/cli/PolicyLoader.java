package org.privacy.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.JavaMemoryCompiler;
import org.privacy.dsl.compiler.JavaMemoryCompiler.CompilationFailedException;
import org.privacy.runtime.Parameters;
import org.privacy.runtime.RecordPolicy;

/**
 * Compiles the generated validators in memory and creates one instance of each policy with the deployment's
 * parameters. A parameter value the policy rejects is a usage error; generated Java that does not compile is a bug.
 */
final class PolicyLoader {
	private PolicyLoader() {
	}

	static List<RecordPolicy> load(CompilationResult result, Map<String, String> parameters, PrintWriter err)
			throws CompilationFailedException {
		warnAboutUnusedParameters(result, parameters, err);
		ClassLoader classes = JavaMemoryCompiler.compile(result.sources(), PolicyLoader.class.getClassLoader());
		Parameters values = Parameters.of(parameters);
		List<RecordPolicy> policies = new ArrayList<>();
		for (String className : result.policyClasses()) {
			policies.add(create(classes, className, values));
		}
		return policies;
	}

	/**
	 * The generated classes do not list their parameters, but each reads a parameter by its name as a string
	 * literal: a name no generated source holds in quotes is not read by any policy.
	 */
	private static void warnAboutUnusedParameters(CompilationResult result, Map<String, String> parameters,
			PrintWriter err) {
		for (String name : parameters.keySet()) {
			String literal = "\"" + name + "\"";
			if (result.sources().values().stream().noneMatch(source -> source.contains(literal))) {
				err.println("warning: parameter '" + name + "' is not used by any policy");
			}
		}
		err.flush();
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
