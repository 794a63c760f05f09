package org.privacy.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.privacy.cli.exit.ExitCode;
import org.privacy.cli.exit.OutputFailedException;
import org.privacy.cli.exit.UsageException;
import org.privacy.cli.files.AtomicFiles;
import org.privacy.cli.files.OutputTarget;
import org.privacy.cli.files.RuleFiles;
import org.privacy.cli.report.ScenarioReport;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.InMemoryPolicies;
import org.privacy.dsl.compiler.JavaMemoryCompiler.CompilationFailedException;
import org.privacy.dsl.scenarios.ScenarioCoverage;
import org.privacy.dsl.scenarios.ScenarioResult;
import org.privacy.dsl.scenarios.ScenarioRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code privacy test <paths>}: runs the scenarios of rule files through the generated validators, prints expected
 * versus actual for each failure, optionally writes JUnit XML and reports which rules the scenarios cover.
 */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
		description = { "Runs the scenarios written in rule files and compares the findings with their expectations.",
				"Rules and scenarios: every *.privacy file under the given paths, compiled together." })
public final class TestCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATHS", description = "Rule files, or folders searched for *.privacy files.")
	private List<Path> paths;

	@Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE.")
	private Path junit;

	@Option(names = "--coverage",
			description = "Report, per rule and per cited article, whether a scenario exercises a violation and a pass.")
	private boolean coverage;

	@Option(names = "--coverage-format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (default) or json; with json, stdout holds only the coverage document and the test "
					+ "report goes to stderr.")
	private ReportFormat coverageFormat;

	@Option(names = "--param", paramLabel = "NAME=VALUE", description = "Give a policy parameter a value; may be repeated.")
	private Map<String, String> parameters = new TreeMap<>();

	@Option(names = "--reveal-personal-data",
			description = "Show personal data in explanations instead of masking it (as privacy check does).")
	private boolean revealPersonalData;

	@Override
	public Integer call() throws CompilationFailedException {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		List<Path> files = RuleFiles.find(paths, stderr);
		if (junit != null) {
			OutputTarget.requireFile(junit, "the JUnit XML", files);
		}
		CompilationResult compiled = RuleCompilation.compile(files, GenerationMode.RECORDS, stderr);
		if (compiled.hasErrors()) {
			return ExitCode.INVALID;
		}
		ScenarioRunner runner;
		try {
			runner = InMemoryPolicies.scenarioRunner(compiled, parameters).revealingPersonalData(revealPersonalData);
		} catch (InMemoryPolicies.InvalidParameterException e) {
			throw new UsageException(e.getMessage());
		}
		List<ScenarioResult> results = runner.run(compiled.scenarios());
		boolean json = coverage && coverageFormat == ReportFormat.JSON;
		PrintWriter report = json ? stderr : stdout;
		report.print(ScenarioReport.text(results));
		report.flush();
		if (junit != null) {
			try {
				AtomicFiles.writeString(junit, ScenarioReport.junit(results));
			} catch (IOException e) {
				throw new OutputFailedException(
						"cannot write the JUnit XML to " + junit + ": " + AtomicFiles.describe(e));
			}
		}
		if (coverage) {
			ScenarioCoverage covered = ScenarioCoverage.of(runner.rules(), results);
			stdout.print(json ? ScenarioReport.coverageJson(covered) : ScenarioReport.coverageText(covered));
		}
		stdout.flush();
		return results.stream().allMatch(ScenarioResult::passed) ? ExitCode.OK : ExitCode.FINDINGS;
	}
}
