package org.privacy.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.privacy.check.CheckListener;
import org.privacy.check.CheckResult;
import org.privacy.check.LookupStore;
import org.privacy.check.PrivacyCheck;
import org.privacy.check.Progress;
import org.privacy.cli.exit.ExitCode;
import org.privacy.cli.exit.OutputFailedException;
import org.privacy.cli.exit.UsageException;
import org.privacy.cli.files.AtomicFiles;
import org.privacy.cli.files.OutputTarget;
import org.privacy.cli.files.RuleFiles;
import org.privacy.cli.report.CheckReport;
import org.privacy.cli.report.HtmlReport;
import org.privacy.cli.report.JsonLinesReport;
import org.privacy.cli.report.JsonReport;
import org.privacy.cli.report.TextReport;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.JavaMemoryCompiler.CompilationFailedException;
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
	/** More threads than this only cost memory (each holds batches of records) on any machine we know. */
	public static final int MAX_JOBS = 256;

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
			description = "text (default), json, html (one self-contained page) or jsonl (one finding per line, "
					+ "written as the check goes).")
	private ReportFormat format;

	/** Which outcomes the report lists. */
	public enum Outcomes {
		/** Violated, late, overdue, pending, exempt and data-error. */
		FINDINGS,
		/** Also satisfied and not-applicable: every record each rule judged (json and jsonl reports). */
		ALL
	}

	@Option(names = "--outcomes", paramLabel = "WHICH", defaultValue = "findings",
			description = "findings (default), or all: also every satisfied and not-applicable outcome, one per rule "
					+ "and record, in the json and jsonl reports (the others list findings only).")
	private Outcomes outcomes;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE",
			description = "Write the report to FILE (replaced in one step, only by a run that completes).")
	private Path out;

	@Option(names = "--param", paramLabel = "NAME=VALUE",
			description = "Give a policy parameter a value, e.g. --param grace=\"30 days\"; may be repeated.")
	private Map<String, String> parameters = new TreeMap<>();

	@Option(names = "--reveal-personal-data",
			description = "Show personal data in explanations instead of masking it.")
	private boolean revealPersonalData;

	@Option(names = { "-j", "--jobs" }, paramLabel = "N",
			description = "Check on N threads, 1 to " + MAX_JOBS
					+ " (default: the number of processors, ${DEFAULT-VALUE} here).")
	private int jobs = Runtime.getRuntime().availableProcessors();

	@Option(names = "--lookups", paramLabel = "PLACE", defaultValue = "auto",
			description = "Where records that rules find across files are kept: memory, disk (a temporary file, "
					+ "for data larger than memory) or auto (default: disk when those files exceed "
					+ PrivacyCheck.AUTO_DISK_MB + " MB).")
	private LookupStore.Placement lookups;

	@Option(names = "--no-progress",
			description = "Do not show progress on the terminal (it is never shown when output is not a terminal).")
	private boolean noProgress;

	@Override
	public Integer call() throws CompilationFailedException {
		requireFolder(dir);
		requireExists(dataPath());
		checkParameterNames();
		if (jobs < 1 || jobs > MAX_JOBS) {
			throw new UsageException("--jobs must be at least 1 and at most " + MAX_JOBS + ", not " + jobs);
		}
		PrintWriter stderr = spec.commandLine().getErr();
		List<Path> ruleFiles = RuleFiles.find(List.of(rulesPath()), stderr);
		if (out != null) {
			OutputTarget.requireFile(out, "the report", ruleFiles);
		}
		CompilationResult compiled = RuleCompilation.compile(ruleFiles, GenerationMode.RECORDS, stderr);
		if (compiled.hasErrors()) {
			return ExitCode.INVALID;
		}
		List<RecordPolicy> policies = PolicyLoader.load(compiled, new TreeMap<>(parameters));
		Instant at = now != null ? now : Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// satisfied and not-applicable outcomes are always counted (the summary), kept only when listed
		boolean listed = outcomes == Outcomes.ALL && (format == ReportFormat.JSON || format == ReportFormat.JSONL);
		// the model of every rule file, not only the policies': data of entities no rule reaches is counted too
		PrivacyCheck check = PrivacyCheck.builder().policies(policies).model(compiled.model()).data(dataPath())
				.namesRelativeTo(dir).now(at).revealPersonalData(revealPersonalData).allOutcomes(listed).jobs(jobs)
				.lookups(lookups).progress(progress()).notes(stderr).build();
		if (out != null) {
			// the files read, not every file: a report beside the data, replaced by the next run, is no input
			OutputTarget.refuseInputs(out, "the report", check.dataFiles());
		}
		if (outcomes == Outcomes.ALL && format != ReportFormat.JSON && format != ReportFormat.JSONL) {
			stderr.println("note: --outcomes all is written by --format json and jsonl; this report lists findings "
					+ "only (its summary counts every rule's records in scope and passed)");
			stderr.flush();
		}
		if (format == ReportFormat.JSONL) {
			return streamed(check, at);
		}
		try (CheckResult result = run(check, null)) {
			CheckReport report = report(check, at, result);
			print(report);
			return report.exitCode();
		} catch (IOException e) {
			throw new UsageException("cannot delete the temporary files of the check: " + AtomicFiles.describe(e));
		}
	}

	/**
	 * {@code --format jsonl}: outcomes written as the check commits them, so that millions of records need neither
	 * memory nor a sorted copy on disk; to standard output, or to the report file replaced when the run completes.
	 */
	private int streamed(PrivacyCheck check, Instant at) {
		int[] exit = new int[1];
		String[] written = new String[1];
		java.util.function.Consumer<PrintWriter> run = writer -> {
			JsonLinesReport lines = new JsonLinesReport(writer);
			try (CheckResult result = run(check, lines)) {
				writer.flush();
				CheckReport report = report(check, at, result);
				exit[0] = report.exitCode();
				written[0] = "report written to " + out + ": " + report.findings().size() + " findings, "
						+ report.violations() + " violations, " + report.dataErrors() + " data errors, "
						+ report.problems().size() + " data problems";
			} catch (IOException e) {
				throw new UsageException(
						"cannot delete the temporary files of the check: " + AtomicFiles.describe(e));
			}
		};
		if (out == null) {
			run.accept(spec.commandLine().getOut());
			return exit[0];
		}
		try {
			AtomicFiles.write(out, run::accept);
		} catch (IOException e) {
			throw new OutputFailedException("cannot write the report to " + out + ": " + AtomicFiles.describe(e));
		} catch (UncheckedIOException e) {
			throw new OutputFailedException(
					"cannot write the report to " + out + ": " + AtomicFiles.describe(e.getCause()));
		}
		PrintWriter stdout = spec.commandLine().getOut();
		stdout.println(written[0]);
		stdout.flush();
		return exit[0];
	}

	private static CheckResult run(PrivacyCheck check, CheckListener stream) {
		try {
			return check.run(stream);
		} catch (IOException e) {
			throw new UsageException("cannot keep the records that rules look up: " + AtomicFiles.describe(e));
		} catch (UncheckedIOException e) {
			// the engine's own: "cannot write a temporary file for the report", "... of look-ups", "... of record keys"
			throw new UsageException(e.getMessage() + ": " + AtomicFiles.describe(e.getCause()));
		}
	}

	private CheckReport report(PrivacyCheck check, Instant at, CheckResult result) {
		List<String> names = check.policies().stream().map(RecordPolicy::name).toList();
		List<RuleInfo> allRules = check.policies().stream().flatMap(p -> p.rules().stream()).toList();
		return new CheckReport(dir.toString(), at, names, allRules, result.findings(), result.problems(),
				result.counts(), check.ignoredFiles(), check.entitiesWithoutData(), result.ruleCounts());
	}

	/** Progress on standard error, only when a person watches a terminal. */
	private Progress progress() {
		if (noProgress || System.console() == null) {
			return Progress.silent();
		}
		return Progress.on(spec.commandLine().getErr(), System::nanoTime);
	}

	private void print(CheckReport report) {
		PrintWriter stdout = spec.commandLine().getOut();
		if (out == null) {
			render(report, stdout);
		} else {
			writeReport(report);
			stdout.println("report written to " + out + ": " + report.findings().size() + " findings, "
					+ report.violations() + " violations, " + report.dataErrors() + " data errors, "
					+ report.problems().size() + " data problems");
		}
		stdout.flush();
	}

	private void render(CheckReport report, PrintWriter to) {
		switch (format) {
			case JSON -> JsonReport.write(report, to);
			case HTML -> to.print(HtmlReport.render(report, revealPersonalData));
			case TEXT -> TextReport.write(report, revealPersonalData, to);
			case JSONL -> throw new IllegalStateException("a jsonl report is written as the check goes");
		}
	}

	private Path rulesPath() {
		return rules == null ? dir : rules;
	}

	private Path dataPath() {
		return data == null ? dir : data;
	}

	private void writeReport(CheckReport report) {
		try {
			AtomicFiles.write(out, writer -> render(report, writer));
		} catch (IOException e) {
			throw new OutputFailedException("cannot write the report to " + out + ": " + AtomicFiles.describe(e));
		} catch (UncheckedIOException e) {
			throw new OutputFailedException(
					"cannot write the report to " + out + ": " + AtomicFiles.describe(e.getCause()));
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
