package org.privacy.cli.command;

import java.util.List;
import java.util.Map;

import org.privacy.cli.exit.UsageException;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.InMemoryPolicies;
import org.privacy.dsl.compiler.JavaMemoryCompiler.CompilationFailedException;
import org.privacy.runtime.RecordPolicy;

/**
 * The policies of the compiled rules, created with the deployment's parameters by the compiler's
 * {@link InMemoryPolicies}. A parameter value the policy rejects, or a name no policy declares, is a usage error;
 * generated Java that does not compile is a bug.
 */
final class PolicyLoader {
	private PolicyLoader() {
	}

	static List<RecordPolicy> load(CompilationResult result, Map<String, String> parameters)
			throws CompilationFailedException {
		try {
			return InMemoryPolicies.records(result, parameters);
		} catch (InMemoryPolicies.InvalidParameterException e) {
			throw new UsageException(e.getMessage());
		}
	}
}
