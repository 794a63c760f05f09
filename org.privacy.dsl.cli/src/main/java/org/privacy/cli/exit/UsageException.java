package org.privacy.cli.exit;

/**
 * A mistake on the command line that only a command can see (a folder that does not exist, a parameter value the
 * rules reject): reported as one plain line and the usage hint, with exit code {@link ExitCode#INVALID}.
 */
public final class UsageException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message, null, false, false);
	}
}
