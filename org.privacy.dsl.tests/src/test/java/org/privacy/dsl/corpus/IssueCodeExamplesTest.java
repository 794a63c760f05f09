package org.privacy.dsl.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.IssueCodeRegistry;
import org.privacy.dsl.compiler.IssueCodeRegistry.IssueCode;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.dsl.validation.IssueCodes;

/**
 * The example of each issue code in the registry ({@code issue-codes.tsv}, shown as the help of SARIF rules) is a line
 * of a bad corpus file that expects that code at that line: {@link CorpusTest} compiles the file and checks the code
 * is raised there, so every example is known to raise its code, and the corpus is not copied.
 */
class IssueCodeExamplesTest {

	private static final Path CORPUS = PrivacyTestSupport.repoRoot()
			.resolve("org.privacy.dsl.tests/src/test/resources/corpus");

	/** Codes without an example, each with the reason no line of rule text shows it. */
	private static final Map<String, String> NO_EXAMPLE = Map.of(
			IssueCodes.UNREADABLE_FILE, "a file that cannot be read has no text",
			IssueCodes.NOT_CHECKED, "the language server's, for a file it does not parse",
			IssueCodes.CHECK_FAILED, "the language server's, for a check that throws",
			IssueCodes.TOO_DEEP, "raised by nesting hundreds of parentheses deep, not by one short line",
			IssueCodes.INVISIBLE_CONTROL, "its line holds an invisible character, which a help text would hide");

	@Test
	void everyExampleIsALineOfABadCorpusFileThatRaisesItsCodeThere() throws IOException {
		Map<String, Set<String>> lines = expectedLines();

		for (IssueCode code : IssueCodeRegistry.all()) {
			if (NO_EXAMPLE.containsKey(code.code())) {
				assertThat(code.example()).as(code.code() + " has no example: " + NO_EXAMPLE.get(code.code())).isEmpty();
				continue;
			}
			assertThat(code.example()).as(code.code() + ": write as its example one of the lines where a bad corpus file"
					+ " expects it").isNotEmpty().isIn(lines.getOrDefault(code.code(), Set.of()));
		}
	}

	@Test
	void theCodesWithoutAnExampleAreCodesOfTheRegistry() {
		assertThat(IssueCodeRegistry.all().stream().map(IssueCode::code).toList())
				.containsAll(NO_EXAMPLE.keySet());
	}

	/** For each code, the lines (stripped) at which a bad corpus case that is not a known gap expects it. */
	private static Map<String, Set<String>> expectedLines() throws IOException {
		KnownGaps gaps = KnownGaps.load(CORPUS);
		Map<String, Set<String>> lines = new TreeMap<>();
		for (CorpusCase c : CorpusCase.casesOf(CORPUS, "bad")) {
			if (gaps.reason(c).isPresent()) {
				continue;
			}
			for (Path file : c.files()) {
				String text = Files.readString(file);
				List<String> fileLines = text.lines().toList();
				for (Expectation e : Expectation.parse(text, c.nameOf(file))) {
					if (e.line() >= 1 && e.line() <= fileLines.size()) {
						lines.computeIfAbsent(e.code(), k -> new TreeSet<>()).add(fileLines.get(e.line() - 1).strip());
					}
				}
			}
		}
		return lines;
	}
}
