/**
 * The {@code privacy} command: {@code privacy compile} writes the Java validators of a rule set, {@code privacy check}
 * compiles them in memory and runs them over a data export (JSON Lines, JSON arrays, CSV) with the check engine
 * ({@code org.privacy.check}), then reports the findings grouped by article, as text, JSON, JSON Lines or HTML.
 * This package holds the entry point and what every command shares (exit codes, usage errors, compiling and loading
 * rules); the commands are in {@code command}, the report formats in {@code report}, written files in {@code files}.
 */
package org.privacy.cli;
