/**
 * The subcommands of {@code privacy}, one class each ({@code CheckCommand}, {@code CompileCommand},
 * {@code FmtCommand}, {@code LintCommand}, {@code TestCommand}), with what they share: compiling rule files and
 * printing their diagnostics ({@code RuleCompilation}), creating the compiled policies with the deployment's
 * parameters ({@code PolicyLoader}), reading {@code --now} ({@code InstantConverter}), the report formats a command
 * offers ({@code ReportFormat}, {@code LintFormat}) and {@code --version}. A command parses its options (picocli),
 * checks that what it will write can be written before it works ({@code org.privacy.cli.files}), runs the compiler
 * or the check engine, and renders the result with {@code org.privacy.cli.report}; how a run ends is
 * {@code org.privacy.cli.exit}.
 */
package org.privacy.cli.command;
