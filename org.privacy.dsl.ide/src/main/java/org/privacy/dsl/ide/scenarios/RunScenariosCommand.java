package org.privacy.dsl.ide.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.util.CancelIndicator;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.InMemoryPolicies;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.dsl.scenarios.ScenarioResult;

import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Runs the scenarios of a rule file's folder through the generated validators, as {@code privacy test} does, and
 * tells the user the result ("14 passed, 0 failed", with the names of the failing ones). Works on saved files.
 */
public class RunScenariosCommand implements IExecutableCommandService {

	/** The command the code lens invokes, with the document's URI as its argument. */
	public static final String ID = "privacy.runScenarios";

	@Inject
	private Provider<PrivacyCompiler> compilers;

	@Override
	public List<String> initialize() {
		return List.of(ID);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		if (!ID.equals(params.getCommand()) || params.getArguments().isEmpty()) {
			return null;
		}
		String summary = run(uriArgument(params.getArguments().get(0)));
		if (access != null && access.getLanguageClient() != null) {
			MessageType type = summary.contains(" 0 failed") ? MessageType.Info : MessageType.Warning;
			access.getLanguageClient().showMessage(new MessageParams(type, summary));
		}
		return summary;
	}

	/** The result of the scenarios of the folder holding {@code fileUri}, as one line for the user. */
	public String run(String fileUri) {
		URI uri = URI.createURI(fileUri);
		if (!uri.isFile()) {
			return "scenarios run on files saved on disk; '" + fileUri + "' is not one";
		}
		Path folder = Path.of(uri.toFileString()).getParent();
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(p -> p.toString().endsWith(".privacy")).sorted().toList();
		} catch (IOException e) {
			return "cannot read the folder " + folder + ": " + e.getMessage();
		}
		CompilationResult compiled = compilers.get().compile(files, GenerationMode.RECORDS);
		if (compiled.hasErrors()) {
			long errors = compiled.diagnostics().stream().filter(d -> d.isError()).count();
			return "scenarios not run: the rules of " + folder.getFileName() + " have " + errors + " error(s)";
		}
		try {
			List<ScenarioResult> results = InMemoryPolicies.scenarioRunner(compiled, Map.of()).run(compiled.scenarios());
			long failed = results.stream().filter(r -> !r.passed()).count();
			StringBuilder b = new StringBuilder().append(results.size() - failed).append(" passed, ").append(failed)
					.append(" failed");
			results.stream().filter(r -> !r.passed()).forEach(r -> b.append("; failed: \"").append(r.scenario().name())
					.append('"'));
			return b.toString();
		} catch (Exception e) {
			return "scenarios not run: " + e.getMessage();
		}
	}

	private static String uriArgument(Object argument) {
		return argument instanceof JsonPrimitive json ? json.getAsString() : String.valueOf(argument);
	}
}
