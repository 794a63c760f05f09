package org.privacy.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.privacy.cli.exit.ExitCode;
import org.privacy.cli.exit.OutputFailedException;
import org.privacy.cli.files.AtomicFiles;
import org.privacy.cli.files.OutputTarget;
import org.privacy.cli.files.RuleFiles;
import org.privacy.cli.report.LintReport;
import org.privacy.cli.report.SarifReport;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.PrivacyCompiler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code privacy lint <paths...> [--format text|sarif] [--out FILE]}: reports every diagnostic of the rule files, for
 * people or, as SARIF 2.1.0, for code review tools. Diagnostics are the result here, not a failure of the command:
 * errors give exit code 1, like violations for {@code check}; 2 is only for usage problems.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
		description = { "Reports every diagnostic (errors, warnings) of rule files, for people (text) or for code "
				+ "review tools (SARIF 2.1.0).",
				"The files of all PATHS are compiled together, as 'check' does. SARIF locations are relative to the "
						+ "current folder." })
public final class LintCommand implements Callable<Integer> {

	/** {@code lint}'s own exit codes: errors in the rules are findings here, not an invalid input. */
	public static final Map<String, String> EXIT_CODES = exitCodes();

	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATHS",
			description = "Rule files, or folders searched for *.privacy files.")
	private List<Path> paths;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (default): file:line:column: severity CODE: message lines and a summary; "
					+ "sarif: SARIF 2.1.0 for code review tools.")
	private LintFormat format;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE",
			description = "Write the report to FILE (replaced in one step, only by a run that completes) and print "
					+ "the summary.")
	private Path out;

	/**
	 * Picocli gives the spec here when it builds the command line; the command lists its own exit codes in its help
	 * (the list every command shares is about {@code check}).
	 */
	@Spec
	public void spec(CommandSpec spec) {
		this.spec = spec;
		spec.usageMessage().sectionMap().put(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST,
				help -> help.createTextTable(EXIT_CODES).toString());
	}

	@Override
	public Integer call() {
		List<Path> files = RuleFiles.find(paths, spec.commandLine().getErr());
		if (out != null) {
			OutputTarget.requireFile(out, "the report", files);
		}
		CompilationResult compiled = PrivacyCompiler.create().compile(files, GenerationMode.RECORDS);
		List<Diagnostic> all = new ArrayList<>(compiled.diagnostics());
		all.addAll(compiled.suppressed());
		LintReport report = LintReport.of(all, files.size(), Path.of(""));
		String text = format == LintFormat.SARIF ? SarifReport.render(report, toolVersion()) : report.text();
		PrintWriter stdout = spec.commandLine().getOut();
		if (out == null) {
			stdout.print(text);
		} else {
			write(text);
			stdout.println("lint report written to " + out + ": " + report.summary());
		}
		stdout.flush();
		return report.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
	}

	private void write(String text) {
		try {
			AtomicFiles.writeString(out, text);
		} catch (IOException e) {
			throw new OutputFailedException("cannot write the report to " + out + ": " + AtomicFiles.describe(e));
		}
	}

	/** The version {@code privacy --version} shows, without the tool's name. */
	public static String toolVersion() {
		String line = new VersionProvider().getVersion()[0];
		return line.startsWith("privacy ") ? line.substring("privacy ".length()) : line;
	}

	private static Map<String, String> exitCodes() {
		Map<String, String> codes = new LinkedHashMap<>();
		codes.put(Integer.toString(ExitCode.OK), "no error in the rules (warnings alone give 0)");
		codes.put(Integer.toString(ExitCode.FINDINGS), "errors found in the rules; the report is complete");
		codes.put(Integer.toString(ExitCode.INVALID),
				"invalid command line: no rule files, a path that does not exist, a bad option, an --out that "
						+ "cannot be written");
		codes.put(Integer.toString(ExitCode.INTERNAL_ERROR), "internal error (a bug: please report it)");
		codes.put(Integer.toString(ExitCode.OUTPUT_FAILED), "the report could not be written (disk full, closed pipe)");
		return codes;
	}
}
