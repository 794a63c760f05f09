package org.privacy.dsl.compiler;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one registry of issue-code metadata: every code of {@link org.privacy.dsl.validation.IssueCodes} with its
 * default level, a one-line description and an example, read from the resource {@code issue-codes.tsv} beside this
 * class (Javadoc is not there at run time), in the order of the constants. {@code privacy lint} and its SARIF output
 * read it. {@code LintCommandTest} checks that it lists exactly the constants, {@code ReadmeExamplesTest} that the
 * README's diagnostics table does, {@code IssueCodeExamplesTest} that each example is a line of a bad corpus file that
 * raises the code there (so the corpus compiles every example).
 */
public final class IssueCodeRegistry {
	/** The resource, relative to this class. */
	public static final String RESOURCE = "issue-codes.tsv";

	/**
	 * One issue code: {@code privacy.unknown-name}, its usual kind, what it means in one line, and a line of rule text
	 * that raises it ({@code kind: PersonKnd}), empty for the few codes no rule text raises (an unreadable file).
	 */
	public record IssueCode(String code, Diagnostic.Kind level, String description, String example) {
	}

	private static final List<IssueCode> ALL = load();

	private IssueCodeRegistry() {
	}

	/** Every issue code, in the order of the resource file. */
	public static List<IssueCode> all() {
		return ALL;
	}

	private static List<IssueCode> load() {
		InputStream stream = IssueCodeRegistry.class.getResourceAsStream(RESOURCE);
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
				// a row without its example still loads: IssueCodeExamplesTest names the code that lacks one
				if (cells.length != 3 && cells.length != 4) {
					throw new IllegalStateException(RESOURCE + ": expected code, level, description, example: " + line);
				}
				codes.add(new IssueCode(cells[0].strip(), level(cells[1].strip()), cells[2].strip(),
						cells.length == 4 ? cells[3].strip() : ""));
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
}
