/**
 * How a run of the {@code privacy} command ends: its {@link org.privacy.cli.exit.ExitCode}s and the two exceptions
 * that end it with one plain line ({@link org.privacy.cli.exit.UsageException},
 * {@link org.privacy.cli.exit.OutputFailedException}). A leaf: the entry point, the commands, the reports and the
 * file writers all use it, and it uses none of them, so no package of the command line depends back on another.
 */
package org.privacy.cli.exit;
