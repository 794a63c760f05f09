package org.privacy.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code privacy} command. {@link #main(String[])} is the only place that exits the JVM; everything else returns
 * an {@link ExitCode}, so tests run the command in-process with {@link #run(PrintWriter, PrintWriter, String...)}.
 */
@Command(name = "privacy", mixinStandardHelpOptions = true, usageHelpWidth = 100,
		versionProvider = VersionProvider.class,
		description = "Checks privacy rules (.privacy files) and runs them over data exports.",
		subcommands = { CheckCommand.class, CompileCommand.class, TestCommand.class, LintCommand.class, FmtCommand.class,
				HelpCommand.class })
public final class PrivacyCli implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	/** {@code privacy} alone is a usage error: it needs a command. */
	@Override
	public Integer call() {
		throw new ParameterException(spec.commandLine(), "missing command: use 'check' or 'compile'");
	}

	public static void main(String[] args) {
		PrintWriter out = utf8(FileDescriptor.out);
		PrintWriter err = utf8(FileDescriptor.err);
		int code = run(out, err, args);
		System.exit(code);
	}

	/** Runs the command with its output on {@code out} and {@code err}, and returns its exit code. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		try {
			return commandLine(out, err).execute(args);
		} catch (Throwable t) { // the last resort: never a stack trace
			return ErrorHandlers.internalError(err, t);
		} finally {
			out.flush();
			err.flush();
		}
	}

	/** The command line, wired to write on {@code out} and {@code err}, with this command's error handling. */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		CommandLine cli = new CommandLine(new PrivacyCli());
		cli.setOut(out);
		cli.setErr(err);
		cli.setCaseInsensitiveEnumValuesAllowed(true);
		cli.setParameterExceptionHandler(ErrorHandlers::usageError);
		cli.setExecutionExceptionHandler(ErrorHandlers::executionError);
		listExitCodes(cli);
		cli.getSubcommands().values().forEach(PrivacyCli::listExitCodes);
		return cli;
	}

	private static void listExitCodes(CommandLine command) {
		command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
				.exitCodeList(ExitCode.descriptions());
	}

	private static PrintWriter utf8(FileDescriptor descriptor) {
		return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
	}
}
