package org.privacy.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.privacy.cli.exit.ExitCode;
import org.privacy.cli.exit.OutputFailedException;
import org.privacy.cli.files.AtomicFiles;
import org.privacy.cli.files.OutputTarget;
import org.privacy.cli.files.RuleFiles;
import org.privacy.cli.files.SourceWriter;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code privacy compile <rules...> --out <dir> [--bound]}: writes the Java validators of a rule set. */
@Command(name = "compile", mixinStandardHelpOptions = true, usageHelpWidth = 100,
		description = { "Checks rule files and writes the Java validators they compile to, one class per policy, as "
				+ "<out>/<package path>/<Class>.java.",
				"Same rules, same bytes: the output is deterministic." })
public final class CompileCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "RULES",
			description = "Rule files, or folders searched for *.privacy files.")
	private List<Path> rules;

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "DIR",
			description = "Folder to write the Java sources to; created if needed.")
	private Path out;

	@Option(names = "--bound",
			description = "Read entities bound to a Java class (bound to \"com.acme.X\") through their getters, for "
					+ "validators compiled with the application. By default every entity is read as a record.")
	private boolean bound;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		List<Path> files = RuleFiles.find(rules, stderr);
		OutputTarget.requireFolder(out, "the sources");
		GenerationMode mode = bound ? GenerationMode.BOUND : GenerationMode.RECORDS;
		CompilationResult result = RuleCompilation.compile(files, mode, stderr);
		if (result.hasErrors()) {
			return ExitCode.INVALID;
		}
		if (result.sources().isEmpty()) {
			stdout.println("no policy in " + files.size() + " rule file(s): nothing to write");
			return ExitCode.OK;
		}
		for (String className : result.sources().keySet()) {
			OutputTarget.refuseInputs(out.resolve(SourceWriter.relativePath(className)), "the sources", files);
		}
		List<String> written;
		try {
			written = SourceWriter.write(result.sources(), out);
		} catch (IOException e) {
			throw new OutputFailedException("cannot write the sources to " + out + ": " + AtomicFiles.describe(e));
		}
		written.forEach(file -> stdout.println("wrote " + out.resolve(file)));
		return ExitCode.OK;
	}
}
