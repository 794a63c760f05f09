package org.privacy.dsl.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.JavaMemoryCompiler;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.dsl.compiler.PrivacyFormatting;
import org.privacy.dsl.tests.SameModel;

/**
 * What must hold for any rule set, however broken: compiling it (parse, link, validate, generate) through
 * {@link PrivacyCompiler} throws nothing and reports every problem as a diagnostic with a position and an issue code;
 * a set without errors generates Java that compiles; and every file that parses formats to a fixed point with the
 * same model and the same comments.
 */
final class Oracle {

	/** What one case showed: its problems (empty when all holds) and how far it got. */
	record Outcome(List<String> problems, boolean parsed, boolean valid, boolean javaCompiled) {
	}

	private static final PrivacyFormatting FORMATTING = PrivacyFormatting.create();

	/** Line breaks as Xtext and the language server protocol count them: a lone carriage return is one too. */
	private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

	private final Path workFolder;

	Oracle(Path workFolder) {
		this.workFolder = workFolder;
	}

	/** Checks one rule set; {@code grammatical} says the set was written to parse, so a syntax error is a problem. */
	Outcome check(RuleSet set, GenerationMode mode, boolean grammatical) {
		List<String> problems = new ArrayList<>();
		boolean parsed = true;
		for (RuleSet.RuleFile file : set.files()) {
			parsed &= checkFormatting(file, grammatical, problems);
		}
		boolean valid = false;
		boolean javaCompiled = false;
		Path folder = null;
		try {
			folder = write(set);
			Path dir = folder;
			List<Path> paths = set.files().stream().map(f -> dir.resolve(f.name())).toList();
			CompilationResult result;
			try {
				result = PrivacyCompiler.create().compile(paths, mode);
			} catch (RuntimeException | Error e) {
				problems.add("the compiler threw " + stackTrace(e));
				return new Outcome(problems, parsed, false, false);
			}
			for (Diagnostic d : result.diagnostics()) {
				String problem = positionProblem(d, set, folder);
				if (problem != null) {
					problems.add(problem + ": " + d.format());
				}
			}
			valid = !result.hasErrors();
			if (valid && !result.sources().isEmpty()) {
				try {
					JavaMemoryCompiler.compile(result.sources(), Oracle.class.getClassLoader());
					javaCompiled = true;
				} catch (JavaMemoryCompiler.CompilationFailedException e) {
					problems.add("the rules compile without errors, but their Java does not: " + e.getMessage()
							+ "\n" + String.join("\n", result.sources().values()));
				}
			}
		} finally {
			delete(folder);
		}
		return new Outcome(problems, parsed, valid, javaCompiled);
	}

	// ---------------------------------------------------------------- the compiler

	private Path write(RuleSet set) {
		try {
			Files.createDirectories(workFolder);
			Path folder = Files.createTempDirectory(workFolder, "case");
			for (RuleSet.RuleFile file : set.files()) {
				// as an editor saves it: a lone surrogate becomes "?" in UTF-8, the same bytes the formatter parses
				Files.write(folder.resolve(file.name()), file.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			return folder;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Why a diagnostic's position or code is not one an editor can show, or {@code null}. */
	private static String positionProblem(Diagnostic d, RuleSet set, Path folder) {
		if (d.line() < 1 || d.column() < 1) {
			return "a diagnostic without a position (line and column from 1)";
		}
		if (d.code() == null || !d.code().startsWith("privacy.")) {
			return "a diagnostic without an issue code of the language";
		}
		if (d.message() == null || d.message().isBlank()) {
			return "a diagnostic without a message";
		}
		Path file = d.file().toAbsolutePath().normalize();
		for (RuleSet.RuleFile f : set.files()) {
			if (folder.resolve(f.name()).toAbsolutePath().normalize().equals(file)) {
				long lines = LINE_BREAK.matcher(f.text()).results().count() + 1;
				return d.line() > lines ? "a diagnostic after the last line of its file (" + lines + ")" : null;
			}
		}
		return "a diagnostic in a file that is not one of the compiled files";
	}

	// ---------------------------------------------------------------- the formatter

	/** Checks the formatter on one file; returns whether the file parsed. */
	private static boolean checkFormatting(RuleSet.RuleFile file, boolean grammatical, List<String> problems) {
		URI uri = URI.createFileURI("/fuzz/" + file.name());
		XtextResource original;
		try {
			original = FORMATTING.parse(file.text(), uri);
		} catch (PrivacyFormatting.SyntaxErrorsException e) {
			if (grammatical) {
				problems.add(file.name() + " was written to be grammatical, but does not parse: " + e.getMessage());
			}
			for (Diagnostic d : e.diagnostics()) {
				if (d.line() < 1 || d.column() < 1) {
					problems.add("a syntax error without a position in " + file.name() + ": " + d.format());
				}
			}
			return false;
		} catch (RuntimeException | Error e) {
			problems.add("parsing " + file.name() + " for the formatter threw " + stackTrace(e));
			return false;
		}
		try {
			String once = FORMATTING.format(file.text(), uri);
			String twice = FORMATTING.format(once, uri);
			if (!twice.equals(once)) {
				problems.add("formatting " + file.name() + " twice changes it:\n--- once\n" + once + "\n--- twice\n"
						+ twice);
			}
			XtextResource formatted = FORMATTING.parse(once, uri);
			EObject before = original.getContents().isEmpty() ? null : original.getContents().get(0);
			EObject after = formatted.getContents().isEmpty() ? null : formatted.getContents().get(0);
			if (before == null ? after != null : after == null || !SameModel.same(before, after)) {
				problems.add("formatting " + file.name() + " changes its model; formatted:\n" + once);
			}
			if (!SameModel.comments(original).equals(SameModel.comments(formatted))) {
				problems.add("formatting " + file.name() + " loses or changes comments; formatted:\n" + once);
			}
		} catch (PrivacyFormatting.SyntaxErrorsException e) {
			problems.add("the formatted " + file.name() + " does not parse: " + e.getMessage());
		} catch (RuntimeException | Error e) {
			problems.add("formatting " + file.name() + " threw " + stackTrace(e));
		}
		return true;
	}

	// ---------------------------------------------------------------- helpers

	static String stackTrace(Throwable e) {
		StringWriter out = new StringWriter();
		e.printStackTrace(new PrintWriter(out));
		String text = out.toString();
		// a stack overflow's trace is thousands of identical lines: the top is what locates it
		return text.length() > 6000 ? text.substring(0, 6000) + "\n\t..." : text;
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a leftover temporary folder under target is harmless
		}
	}
}
