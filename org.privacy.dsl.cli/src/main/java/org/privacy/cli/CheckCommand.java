package org.privacy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.JavaMemoryCompiler.CompilationFailedException;
import org.privacy.runtime.Context;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.RuleInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code privacy check <dir>}: compiles the rules of a folder in memory, reads the data beside them, runs every rule
 * over every record and reports the findings grouped by article (text, HTML) or as one JSON object.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
		description = { "Runs the rules of a folder over the data in it and reports the findings by article.",
				"Rules: every *.privacy file under --rules (default: DIR).",
				"Data: every .jsonl, .json or .csv file under --data (default: DIR) named after an entity "
						+ "(MessageSend.jsonl, message-send.csv) or inside a folder named after one." })
public final class CheckCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The folder to check.")
	private Path dir;

	@Option(names = "--rules", paramLabel = "PATH", description = "A rule file or a folder of them (default: DIR).")
	private Path rules;

	@Option(names = "--data", paramLabel = "PATH", description = "A data file or a folder of them (default: DIR).")
	private Path data;

	@Option(names = "--now", paramLabel = "INSTANT", converter = InstantConverter.class,
			description = "What \"now\" is for deadlines, e.g. 2023-10-12T00:00:00Z (default: the system clock).")
	private Instant now;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (default), json, or html (one self-contained page).")
	private ReportFormat format;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE",
			description = "Write the report to FILE (replaced in one step, only by a run that completes).")
	private Path out;

	@Option(names = "--param", paramLabel = "NAME=VALUE",
			description = "Give a policy parameter a value, e.g. --param grace=\"30 days\"; may be repeated.")
	private Map<String, String> parameters = new TreeMap<>();

	@Option(names = "--reveal-personal-data",
			description = "Show personal data in explanations instead of masking it.")
	private boolean revealPersonalData;

	@Override
	public Integer call() throws CompilationFailedException {
		requireFolder(dir);
		requireExists(dataPath());
		checkParameterNames();
		PrintWriter stderr = spec.commandLine().getErr();
		CompilationResult compiled = RuleCompilation.compile(RuleFiles.find(List.of(rulesPath())),
				GenerationMode.RECORDS, stderr);
		if (compiled.hasErrors()) {
			return ExitCode.INVALID;
		}
		List<RecordPolicy> policies = PolicyLoader.load(compiled, new TreeMap<>(parameters));
		CheckReport report = check(compiled, policies);
		print(report);
		return report.exitCode();
	}

	private CheckReport check(CompilationResult compiled, List<RecordPolicy> policies) {
		Instant at = now != null ? now : Instant.now().truncatedTo(ChronoUnit.SECONDS);
		DataLayout layout = DataLayout.of(dir, dataPath(), compiled.entities().keySet());
		DataSet dataSet = new DataLoader(compiled.entities(), revealPersonalData).load(layout.files());
		Context context = Context.at(at).withLookup(RecordIndex.build(dataSet, compiled.entities()))
				.revealingPersonalData(revealPersonalData);
		Checker checker = new Checker(policies, context);
		List<LocatedFinding> findings = checker.check(dataSet);

		List<String> names = policies.stream().map(RecordPolicy::name).toList();
		List<RuleInfo> allRules = policies.stream().flatMap(p -> p.rules().stream()).toList();
		Set<String> withoutData = new TreeSet<>(checker.checkedEntities());
		layout.files().forEach(file -> withoutData.remove(file.entity()));
		List<DataProblem> problems = dataSet.problems().stream().sorted(DataProblem.ORDER).toList();
		return new CheckReport(dir.toString(), at, names, allRules, findings, problems, dataSet.counts(),
				layout.ignored(), withoutData);
	}

	private void print(CheckReport report) {
		PrintWriter stdout = spec.commandLine().getOut();
		String text = switch (format) {
			case JSON -> JsonReport.render(report);
			case HTML -> HtmlReport.render(report, revealPersonalData);
			case TEXT -> TextReport.render(report, revealPersonalData);
		};
		if (out == null) {
			stdout.print(text);
		} else {
			writeReport(text);
			stdout.println("report written to " + out + ": " + report.findings().size() + " findings, "
					+ report.violations() + " violations, " + report.dataErrors() + " data errors, "
					+ report.problems().size() + " data problems");
		}
		stdout.flush();
	}

	private Path rulesPath() {
		return rules == null ? dir : rules;
	}

	private Path dataPath() {
		return data == null ? dir : data;
	}

	private void writeReport(String text) {
		try {
			AtomicFiles.writeString(out, text);
		} catch (IOException e) {
			throw new UsageException("cannot write the report to " + out + ": " + AtomicFiles.describe(e));
		}
	}

	private void checkParameterNames() {
		for (String name : parameters.keySet()) {
			if (name.isBlank()) {
				throw new UsageException("--param needs a name: write --param NAME=VALUE");
			}
		}
	}

	private static void requireFolder(Path path) {
		if (!Files.isDirectory(path)) {
			throw new UsageException(Files.exists(path) ? path + " is not a folder" : "no such folder: " + path);
		}
	}

	private static void requireExists(Path path) {
		if (!Files.exists(path)) {
			throw new UsageException("no such file or folder: " + path);
		}
	}
}
