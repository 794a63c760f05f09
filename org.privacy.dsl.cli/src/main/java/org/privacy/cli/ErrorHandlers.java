package org.privacy.cli;

import java.io.PrintWriter;

import org.privacy.check.CheckException;
import org.privacy.cli.exit.ExitCode;
import org.privacy.cli.exit.OutputFailedException;
import org.privacy.cli.exit.UsageException;
import org.privacy.cli.files.AtomicFiles;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command reports what went wrong: a usage error as one plain line and a hint to {@code --help} (exit 2), a
 * bug as {@code privacy: internal error: ...} (exit 3), output that could not be written as one plain line (exit 4).
 * Never a stack trace.
 */
public final class ErrorHandlers {
	private ErrorHandlers() {
	}

	/** Picocli's handler for command lines it cannot parse. */
	public static int usageError(ParameterException problem, String[] args) {
		CommandLine command = problem.getCommandLine();
		PrintWriter err = command.getErr();
		err.println("privacy: " + oneLine(problem.getMessage()));
		UnmatchedArgumentException.printSuggestions(problem, err);
		printHint(command, err);
		return ExitCode.INVALID;
	}

	/** Picocli's handler for exceptions thrown by a command. */
	public static int executionError(Exception problem, CommandLine command, ParseResult parsed) {
		if (problem instanceof ParameterException parameters) {
			return usageError(parameters, parsed.originalArgs().toArray(String[]::new));
		}
		PrintWriter err = command.getErr();
		if (problem instanceof UsageException || problem instanceof CheckException) {
			// the engine's bad input (a data path it cannot read) is the command line's
			err.println("privacy: " + oneLine(problem.getMessage()));
			printHint(command, err);
			return ExitCode.INVALID;
		}
		if (problem instanceof OutputFailedException output) {
			err.println("privacy: " + oneLine(output.getMessage()));
			return ExitCode.OUTPUT_FAILED;
		}
		return internalError(err, problem);
	}

	/**
	 * The exit code of a run whose standard output failed ({@code why}, if known): the report was not delivered, so
	 * a run that would have given 0 or 1 gives {@link ExitCode#OUTPUT_FAILED}; invalid input and bugs keep their own
	 * code, their message is on stderr.
	 */
	public static int outputFailed(PrintWriter err, int code, Exception why) {
		if (code == ExitCode.INVALID || code == ExitCode.INTERNAL_ERROR) {
			return code;
		}
		String reason = why == null ? "" : ": " + (why instanceof java.io.IOException io ? AtomicFiles.describe(io)
				: why.getClass().getSimpleName());
		err.println("privacy: cannot write to standard output" + reason + "; the output is incomplete");
		err.flush();
		return ExitCode.OUTPUT_FAILED;
	}

	/** The last resort for anything unexpected. */
	public static int internalError(PrintWriter err, Throwable problem) {
		if (problem instanceof OutOfMemoryError) {
			// not a bug: the data or the rules need more than the heap the JVM was given
			err.println("privacy: not enough memory for this run (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
					+ " MB of Java heap); give Java more, e.g. JAVA_TOOL_OPTIONS=-Xmx4g, or for check keep cross-record "
					+ "look-ups on disk with --lookups disk");
			err.flush();
			return ExitCode.INTERNAL_ERROR;
		}
		String message = problem.getMessage();
		err.println("privacy: internal error: "
				+ (message == null || message.isBlank() ? problem.getClass().getSimpleName() : message));
		err.flush();
		return ExitCode.INTERNAL_ERROR;
	}

	private static void printHint(CommandLine command, PrintWriter err) {
		err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
	}

	private static String oneLine(String message) {
		return message == null ? "invalid command line" : message.strip().replaceAll("\\s*\\R\\s*", " ");
	}
}
