package org.privacy.cli.exit;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of the {@code privacy} command, also listed in its help. */
public final class ExitCode {
	/** No violation, no data error, no data problem (pending and exempt findings do not count). */
	public static final int OK = 0;
	/** Violations (violated, late, overdue), data-error findings or data problems were found. */
	public static final int FINDINGS = 1;
	/** The rules are invalid (each diagnostic is printed on stderr) or the command line is. */
	public static final int INVALID = 2;
	/** A bug in the command itself; the message is printed, never a stack trace. */
	public static final int INTERNAL_ERROR = 3;
	/**
	 * The run went through but its output was not written in full: standard output failed (a full disk, a closed
	 * pipe) or a report file could not be written. Whatever the findings, the result was not delivered.
	 */
	public static final int OUTPUT_FAILED = 4;

	private ExitCode() {
	}

	/** Each code with what it means, for the commands' help. */
	public static Map<String, String> descriptions() {
		Map<String, String> codes = new LinkedHashMap<>();
		codes.put(Integer.toString(OK), "no violation, no data error");
		codes.put(Integer.toString(FINDINGS), "violations, data errors or data problems found");
		codes.put(Integer.toString(INVALID), "invalid rules or invalid command line");
		codes.put(Integer.toString(INTERNAL_ERROR), "internal error (a bug: please report it)");
		codes.put(Integer.toString(OUTPUT_FAILED), "the output could not be written (disk full, closed pipe)");
		return codes;
	}
}
