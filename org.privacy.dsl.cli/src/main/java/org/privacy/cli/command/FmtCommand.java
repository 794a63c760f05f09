package org.privacy.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.privacy.check.FileTree;
import org.privacy.check.VisibleText;
import org.privacy.cli.exit.ExitCode;
import org.privacy.cli.exit.OutputFailedException;
import org.privacy.cli.files.AtomicFiles;
import org.privacy.cli.files.RuleFiles;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.PrivacyFormatting;
import org.privacy.dsl.compiler.PrivacyFormatting.SyntaxErrorsException;
import org.privacy.dsl.validation.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code privacy fmt [--check] <paths...>}: puts rule files in the canonical layout, the one the language server's
 * formatting gives. Files are rewritten only when their text changes, through a temporary file renamed over them.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, usageHelpWidth = 100,
		description = { "Rewrites rule files in the canonical layout (README, \"Canonical layout\"), in place, only when "
				+ "their text changes. With --check, writes nothing and lists the files that would change.",
				"Files with syntax errors are left alone: their errors are printed and the exit code is 2.",
				"Folders are searched for *.privacy files; a folder holding a file named " + FmtCommand.IGNORE_MARKER
						+ " is skipped (with everything below it) unless its files are named one by one." })
public final class FmtCommand implements Callable<Integer> {

	/** A folder holding a file of this name is not formatted when a folder above it is (test cases with positions). */
	public static final String IGNORE_MARKER = ".privacy-fmt-ignore";

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATHS", description = "Rule files, or folders searched for *.privacy files.")
	private List<Path> paths;

	@Option(names = "--check", description = "Write nothing; list the files that would change (one per line) and exit "
			+ "with 1 if there is any, 0 otherwise.")
	private boolean check;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		PrivacyFormatting formatting = PrivacyFormatting.create();
		boolean syntaxErrors = false;
		boolean changes = false;
		for (Path file : files()) {
			if (!FileTree.extension(file).equals("privacy")) {
				// the parser is chosen by the extension: there is none for other files
				stderr.println(Diagnostic.error(file, Messages.notARuleFile()).format());
				syntaxErrors = true;
				continue;
			}
			String text;
			try {
				text = Files.readString(file, StandardCharsets.UTF_8);
			} catch (IOException e) {
				stderr.println(
						Diagnostic.error(file, Messages.cannotReadFileBecause(AtomicFiles.describe(e))).format());
				syntaxErrors = true;
				continue;
			}
			String formatted;
			try {
				formatted = formatting.format(text, URI.createFileURI(file.toAbsolutePath().normalize().toString()));
			} catch (SyntaxErrorsException e) {
				for (Diagnostic diagnostic : e.diagnostics()) {
					stderr.println(new Diagnostic(file, diagnostic.line(), diagnostic.column(), diagnostic.kind(),
							diagnostic.code(), VisibleText.of(diagnostic.message())).format());
				}
				syntaxErrors = true;
				continue;
			}
			if (formatted.equals(text)) {
				continue;
			}
			changes = true;
			if (check) {
				stdout.println(file);
				continue;
			}
			try {
				AtomicFiles.writeString(file, formatted);
			} catch (IOException e) {
				throw new OutputFailedException("cannot write " + file + ": " + AtomicFiles.describe(e));
			}
			stdout.println("formatted " + file);
		}
		if (syntaxErrors) {
			return ExitCode.INVALID;
		}
		return check && changes ? ExitCode.FINDINGS : ExitCode.OK;
	}

	/** The files to format: those named, and the {@code *.privacy} files under the folders named, minus ignored ones. */
	private List<Path> files() {
		return RuleFiles.find(paths, FmtCommand::ignored, spec.commandLine().getErr());
	}

	/** Whether a folder between {@code root} (included) and {@code file} holds the {@link #IGNORE_MARKER}. */
	private static boolean ignored(Path root, Path file) {
		for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
			if (Files.exists(folder.resolve(IGNORE_MARKER))) {
				return true;
			}
			if (folder.equals(root)) {
				break;
			}
		}
		return false;
	}
}
