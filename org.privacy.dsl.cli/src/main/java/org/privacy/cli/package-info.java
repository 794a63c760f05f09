/**
 * The {@code privacy} command: {@code privacy compile} writes the Java validators of a rule set, {@code privacy check}
 * compiles them in memory and runs them over a data export (JSON Lines, JSON arrays, CSV) with the check engine
 * ({@code org.privacy.check}), then reports the findings grouped by article, as text, JSON, JSON Lines or HTML.
 * This package holds the entry point ({@code PrivacyCli}) and how errors are reported ({@code ErrorHandlers}); the
 * commands, with compiling and loading rules, are in {@code command}, the report formats in {@code report}, written
 * files in {@code files}, exit codes and the exceptions that end a run in {@code exit}. Packages depend downwards
 * only (this one → command → report, files → exit), which {@code ArchitectureTest} checks.
 */
package org.privacy.cli;
