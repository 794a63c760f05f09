package org.privacy.cli.exit;

/**
 * A report or output file that could not be written once the run had gone through (a full disk, a folder that
 * became read-only): reported as one plain line with exit code {@link ExitCode#OUTPUT_FAILED}, so that no script
 * takes a missing report for a clean one.
 */
public final class OutputFailedException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public OutputFailedException(String message) {
		super(message, null, false, false);
	}
}
