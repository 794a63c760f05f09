/**
 * What the {@code privacy} command writes, and how, so that no reader ever sees half a file and no file loses its
 * owner's permissions: {@code AtomicFiles} (a temporary file in the run folder or beside the target, renamed over
 * it), {@code FileModes} (a rewritten file keeps its mode, a new one follows the umask), {@code OutputTarget}
 * (checks, before the work, that an output can be written and replaces no input), {@code SourceWriter} (generated
 * sources: changed ones written, unchanged kept, stale ones deleted) and {@code RuleFiles} (the rule files a command
 * is given, from files and folders). Depends on {@code org.privacy.cli.exit} only, among the command's packages.
 */
package org.privacy.cli.files;
