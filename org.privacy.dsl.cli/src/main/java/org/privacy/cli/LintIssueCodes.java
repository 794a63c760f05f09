package org.privacy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.privacy.dsl.compiler.Diagnostic;

/**
 * The issue codes of the language with their default level and a one-line description, read from the resource
 * {@code issue-codes.tsv} beside this class (Javadoc is not there at run time). In the order of
 * {@link org.privacy.dsl.validation.IssueCodes}.
 */
public final class LintIssueCodes {
	/** The resource, relative to this class. */
	public static final String RESOURCE = "issue-codes.tsv";

	/** One issue code: {@code privacy.unknown-name}, its usual kind, and what it means in one line. */
	public record IssueCode(String code, Diagnostic.Kind level, String description) {
	}

	private static final List<IssueCode> ALL = load();

	private LintIssueCodes() {
	}

	/** Every issue code, in the order of the resource file. */
	public static List<IssueCode> all() {
		return ALL;
	}

	private static List<IssueCode> load() {
		InputStream stream = LintIssueCodes.class.getResourceAsStream(RESOURCE);
		if (stream == null) {
			throw new IllegalStateException("missing resource " + RESOURCE);
		}
		List<IssueCode> codes = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (cells.length != 3) {
					throw new IllegalStateException(RESOURCE + ": expected code, level, description: " + line);
				}
				codes.add(new IssueCode(cells[0].strip(), level(cells[1].strip()), cells[2].strip()));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.copyOf(codes);
	}

	private static Diagnostic.Kind level(String word) {
		return switch (word) {
		case "error" -> Diagnostic.Kind.ERROR;
		case "warning" -> Diagnostic.Kind.WARNING;
		case "note" -> Diagnostic.Kind.INFO;
		default -> throw new IllegalStateException(RESOURCE + ": unknown level '" + word + "'");
		};
	}

	/** The SARIF level of a kind: {@code error}, {@code warning} or {@code note}. */
	public static String sarifLevel(Diagnostic.Kind kind) {
		return switch (kind) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}
}
