package org.privacy.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.privacy.check.RunFolder;
import org.privacy.cli.command.CheckCommand;
import org.privacy.cli.command.CompileCommand;
import org.privacy.cli.command.FmtCommand;
import org.privacy.cli.command.LintCommand;
import org.privacy.cli.command.TestCommand;
import org.privacy.cli.command.VersionProvider;
import org.privacy.cli.exit.ExitCode;

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
		FailureKeepingStream stdout = new FailureKeepingStream(new FileOutputStream(FileDescriptor.out));
		PrintWriter out = utf8(stdout);
		PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
		int code = run(out, err, stdout::failure, args);
		System.exit(code); // the run folder's shutdown hook deletes the temporary files
	}

	/**
	 * Runs the command with its output on {@code out} and {@code err}, and returns its exit code; output that could
	 * not be written on {@code out} gives {@link ExitCode#OUTPUT_FAILED}.
	 */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		return run(out, err, () -> null, args);
	}

	private static int run(PrintWriter out, PrintWriter err, Supplier<IOException> outFailure, String... args) {
		try {
			RunFolder.deleteStale();
			int code = commandLine(out, err).execute(args);
			// PrintWriter swallows write errors: a full disk or a closed pipe would pass for a report written
			return out.checkError() ? ErrorHandlers.outputFailed(err, code, outFailure.get()) : code;
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

	private static PrintWriter utf8(OutputStream stream) {
		return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
	}

	/** A stream that remembers why writing failed, which the {@link PrintWriter} above it only turns into a flag. */
	private static final class FailureKeepingStream extends FilterOutputStream {
		private volatile IOException failure;

		FailureKeepingStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			try {
				out.write(bytes, offset, length);
			} catch (IOException e) {
				failure = failure == null ? e : failure;
				throw e;
			}
		}

		@Override
		public void flush() throws IOException {
			try {
				out.flush();
			} catch (IOException e) {
				failure = failure == null ? e : failure;
				throw e;
			}
		}

		IOException failure() {
			return failure;
		}
	}
}
