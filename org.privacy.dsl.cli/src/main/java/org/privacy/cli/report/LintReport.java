package org.privacy.cli.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.privacy.check.VisibleText;
import org.privacy.dsl.compiler.Diagnostic;

/**
 * What {@code privacy lint} found: every diagnostic of the rule files, sorted by file (as a path relative to the
 * current folder), line and column, and how many files were linted. Renders itself as text; {@link SarifReport}
 * renders it as SARIF. Warnings a file silences ({@code // privacy: allow CODE}) are counted apart: the text gives
 * their number only, SARIF lists them as suppressed.
 */
public record LintReport(List<Diagnostic> diagnostics, int files, Path base) {

	/** The report of {@code diagnostics} over {@code files} rule files, paths relative to {@code base}. */
	public static LintReport of(List<Diagnostic> diagnostics, int files, Path base) {
		Path root = base.toAbsolutePath().normalize();
		List<Diagnostic> sorted = diagnostics.stream()
				.sorted(Comparator.comparing((Diagnostic d) -> relativePath(d.file(), root))
						.thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
						.thenComparing(Diagnostic::code).thenComparing(Diagnostic::message))
				.toList();
		return new LintReport(sorted, files, root);
	}

	public long count(Diagnostic.Kind kind) {
		return diagnostics.stream().filter(d -> d.kind() == kind && !d.suppressed()).count();
	}

	public long suppressed() {
		return diagnostics.stream().filter(Diagnostic::suppressed).count();
	}

	public boolean hasErrors() {
		return count(Diagnostic.Kind.ERROR) > 0;
	}

	/**
	 * {@code 2 errors, 1 warning in 3 files} (and {@code , 1 note} when the compiler gave notes, {@code (2 suppressed)}
	 * when the files silence warnings).
	 */
	public String summary() {
		StringBuilder text = new StringBuilder();
		text.append(plural(count(Diagnostic.Kind.ERROR), "error")).append(", ")
				.append(plural(count(Diagnostic.Kind.WARNING), "warning"));
		long notes = count(Diagnostic.Kind.INFO);
		if (notes > 0) {
			text.append(", ").append(plural(notes, "note"));
		}
		text.append(" in ").append(plural(files, "file"));
		if (suppressed() > 0) {
			text.append(" (").append(suppressed()).append(" suppressed)");
		}
		return text.toString();
	}

	/** One {@code file:line:column: severity CODE: message} line per diagnostic, then the summary. */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (Diagnostic diagnostic : diagnostics) {
			if (diagnostic.suppressed()) {
				continue;
			}
			// a message quotes names of the rule file, which may hold bidirectional controls
			text.append(VisibleText.of(diagnostic.format())).append('\n');
		}
		return text.append(summary()).append('\n').toString();
	}

	/** The file's path relative to the base, with forward slashes, or its absolute path if it is outside. */
	public String path(Diagnostic diagnostic) {
		return relativePath(diagnostic.file(), base);
	}

	/** Whether the file is under the base folder, so that its SARIF location can be relative to {@code %SRCROOT%}. */
	public boolean underBase(Diagnostic diagnostic) {
		return diagnostic.file().toAbsolutePath().normalize().startsWith(base);
	}

	/** The file's location as a URI reference: relative to the base when under it, else an absolute file URI. */
	public String uri(Diagnostic diagnostic) {
		if (!underBase(diagnostic)) {
			return diagnostic.file().toAbsolutePath().normalize().toUri().toASCIIString();
		}
		try {
			return new URI(null, null, path(diagnostic), null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("not a path: " + path(diagnostic), e);
		}
	}

	private static String relativePath(Path file, Path root) {
		Path absolute = file.toAbsolutePath().normalize();
		Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
		return shown.toString().replace('\\', '/');
	}

	private static String plural(long count, String word) {
		return count + " " + word + (count == 1 ? "" : "s");
	}
}
