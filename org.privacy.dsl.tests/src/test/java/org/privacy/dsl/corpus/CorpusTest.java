package org.privacy.dsl.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.JavaMemoryCompiler;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.dsl.validation.IssueCodes;

/**
 * The corpus of good and bad rule files under {@code src/test/resources/corpus}: every good file (or folder of files
 * compiled together) compiles with no diagnostic at all, in both generation modes, to Java that compiles; every bad
 * file raises exactly the diagnostics its {@code // expect <code> at <line>:<column>} lines state. New cases are new
 * files; this class does not change for them. Cases listed in {@code known-gaps.txt} are reported as skipped.
 */
class CorpusTest {

	private static final Path CORPUS = PrivacyTestSupport.repoRoot()
			.resolve("org.privacy.dsl.tests/src/test/resources/corpus");

	private static final KnownGaps KNOWN_GAPS = KnownGaps.load(CORPUS);

	/** The features of the language the corpus covers; syntax errors have bad files only. */
	private static final List<String> FEATURES = List.of("data-model", "binding", "vocabulary", "rules", "deadlines",
			"exceptions", "expressions", "calendars", "files", "scenarios", "syntax", "relations");

	private static final String BAD_ONLY_FEATURE = "syntax";

	/** Codes that a test of this class other than the corpus triggers, with the test and why it is not a file. */
	private static final Map<String, String> CODES_COVERED_BY_DIRECT_TESTS = Map.of(IssueCodes.UNREADABLE_FILE,
			"aFileThatCannotBeReadIsReported: the file of a corpus case can always be read");

	/**
	 * Codes that no compilation of rule files can raise, each with the reason. Only the language server's own: every
	 * code of the compiler can be raised, and a code listed here that some bad file raises makes the coverage test
	 * fail, so the list cannot go stale.
	 */
	private static final Map<String, String> CODES_THAT_CANNOT_BE_RAISED = Map.of(IssueCodes.NOT_CHECKED,
			"the language server's, for a file it does not parse: DocumentLimitsTest",
			IssueCodes.CHECK_FAILED, "the language server's, for a check that throws: GuardedCompositeValidatorTest");

	/** Java names that must not leak into messages; "null" only as a word, so "annulled" stays a fine word. */
	private static final List<String> JAVA_WORDS = List.of("org.", "java.", "Exception", "EObject");
	private static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");

	private static final Map<String, CompilationResult> COMPILED = new ConcurrentHashMap<>();

	static List<CorpusCase> goodCases() {
		return CorpusCase.casesOf(CORPUS, "good");
	}

	static List<CorpusCase> badCases() {
		return CorpusCase.casesOf(CORPUS, "bad");
	}

	// ---------------------------------------------------------------- the corpus

	@ParameterizedTest(name = "{0}")
	@MethodSource("goodCases")
	void goodCaseCompilesWithoutDiagnostics(CorpusCase c) {
		runUnlessKnownGap(c, () -> {
			for (Path file : c.files()) {
				if (!Expectation.parse(read(file), c.nameOf(file)).isEmpty()) {
					fail(c.nameOf(file) + ": a good file expects no diagnostic; move it to bad/ or drop its expect lines");
				}
			}
			for (GenerationMode mode : GenerationMode.values()) {
				CompilationResult result = compile(c, mode);
				if (!result.diagnostics().isEmpty()) {
					fail(c.name() + " should compile with no error and no warning, but gives:\n"
							+ describe(c, result.diagnostics()));
				}
				result.sources().forEach((name, source) -> assertThat(PrivacyTestSupport.linesWiderThan(source, 120))
						.as("%s: lines of %s (%s) wider than 120 columns", c.name(), name, mode).isEmpty());
				if (!result.sources().isEmpty()) {
					try {
						JavaMemoryCompiler.compile(result.sources(), CorpusTest.class.getClassLoader());
					} catch (JavaMemoryCompiler.CompilationFailedException e) {
						fail(c.name() + ": the Java generated in mode " + mode + " does not compile:\n" + e.getMessage());
					}
				}
			}
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badCases")
	void badCaseRaisesExactlyTheExpectedDiagnostics(CorpusCase c) {
		runUnlessKnownGap(c, () -> {
			CompilationResult result = compile(c, GenerationMode.BOUND);
			List<String> problems = new ArrayList<>();
			int expectations = 0;
			for (Path file : c.files()) {
				// in a folder, a file without expect lines is a file the others need, and must raise nothing
				List<Expectation> expected = Expectation.parse(read(file), c.nameOf(file));
				expectations += expected.size();
				List<Diagnostic> actual = diagnosticsOf(result, file);
				List<Expectation> missing = minus(expected, actual.stream().map(Expectation::of).toList());
				List<Expectation> unexpected = minus(actual.stream().map(Expectation::of).toList(), expected);
				if (!missing.isEmpty() || !unexpected.isEmpty()) {
					problems.add(c.nameOf(file) + ": the diagnostics are not the expected ones"
							+ "\n  expected:   " + expected
							+ "\n  missing:    " + missing
							+ "\n  unexpected: " + unexpected
							+ "\n  all diagnostics of the file:\n" + describe(c, actual));
				}
			}
			if (expectations == 0) {
				problems.add(0, c.name() + ": a bad file starts with the diagnostics it must raise, one '"
						+ Expectation.PREFIX + " <issue-code> at <line>:<column>' line each");
			}
			if (!problems.isEmpty()) {
				fail(String.join("\n", problems));
			}
		});
	}

	// ---------------------------------------------------------------- what the corpus covers

	@Test
	void everyIssueCodeIsRaisedByABadFile() {
		Set<String> all = issueCodes();
		assertThat(all).as("codes listed as covered elsewhere or impossible").containsAll(
				CODES_COVERED_BY_DIRECT_TESTS.keySet()).containsAll(CODES_THAT_CANNOT_BE_RAISED.keySet());
		// a code counts when a file both states it and raises it: a code raised by accident proves nothing
		Set<String> raised = new TreeSet<>();
		Map<String, Set<String>> expectedByKnownGaps = new TreeMap<>();
		for (CorpusCase c : badCases()) {
			CompilationResult result = compile(c, GenerationMode.BOUND);
			for (Path file : c.files()) {
				Set<String> expected = Expectation.parse(read(file), c.nameOf(file)).stream().map(Expectation::code)
						.collect(Collectors.toSet());
				for (Diagnostic d : diagnosticsOf(result, file)) {
					if (expected.contains(d.code())) {
						raised.add(d.code());
					}
				}
				if (KNOWN_GAPS.reason(c).isPresent()) {
					expected.forEach(code -> expectedByKnownGaps.computeIfAbsent(code, k -> new TreeSet<>())
							.add(c.name()));
				}
			}
		}
		assertThat(CODES_THAT_CANNOT_BE_RAISED.keySet()).as(
				"codes said to be impossible that a bad file raises: remove them from CODES_THAT_CANNOT_BE_RAISED")
				.doesNotContainAnyElementsOf(raised);
		Set<String> notRaised = new TreeSet<>(all);
		notRaised.removeAll(raised);
		notRaised.removeAll(CODES_COVERED_BY_DIRECT_TESTS.keySet());
		notRaised.removeAll(CODES_THAT_CANNOT_BE_RAISED.keySet());
		Set<String> withoutAnyFile = new TreeSet<>(notRaised);
		withoutAnyFile.removeAll(expectedByKnownGaps.keySet());
		if (!withoutAnyFile.isEmpty()) {
			fail("no bad file of the corpus raises " + withoutAnyFile + "; add one under bad/<feature>/");
		}
		if (!notRaised.isEmpty()) {
			Assumptions.abort("known gaps: " + notRaised.stream()
					.map(code -> code + " is expected only by " + expectedByKnownGaps.get(code))
					.collect(Collectors.joining("; ")));
		}
	}

	@Test
	void everyFeatureHasGoodAndBadCases() {
		Set<String> good = goodCases().stream().map(CorpusCase::feature).collect(Collectors.toCollection(TreeSet::new));
		Set<String> bad = badCases().stream().map(CorpusCase::feature).collect(Collectors.toCollection(TreeSet::new));
		List<String> expectedGood = FEATURES.stream().filter(f -> !f.equals(BAD_ONLY_FEATURE)).toList();
		assertThat(good).as("features of good/").containsExactlyInAnyOrderElementsOf(expectedGood);
		assertThat(bad).as("features of bad/").containsExactlyInAnyOrderElementsOf(FEATURES);
	}

	@Test
	void knownGapsNameCasesOfTheCorpus() {
		Set<String> cases = new TreeSet<>();
		goodCases().forEach(c -> cases.add(c.name()));
		badCases().forEach(c -> cases.add(c.name()));
		assertThat(cases).as("cases of the corpus, which " + KnownGaps.FILE_NAME + " must name")
				.containsAll(KNOWN_GAPS.cases());
	}

	// ---------------------------------------------------------------- messages

	@Test
	void everyMessageFollowsTheStyleRules() {
		List<String> problems = new ArrayList<>();
		List<String> knownProblems = new ArrayList<>();
		for (CorpusCase c : badCases()) {
			List<String> found = new ArrayList<>();
			for (Diagnostic d : compile(c, GenerationMode.BOUND).diagnostics()) {
				String problem = styleProblem(d);
				if (problem != null) {
					found.add(c.nameOf(d.file().toAbsolutePath().normalize()) + ":" + d.line() + ":" + d.column() + " "
							+ d.code() + ": " + problem + ": " + d.message());
				}
			}
			String reason = KNOWN_GAPS.messageReason(c).orElse(null);
			if (reason == null) {
				problems.addAll(found);
			} else if (found.isEmpty()) {
				problems.add("the messages of " + c.name() + " are fine now: remove them from " + KnownGaps.FILE_NAME);
			} else {
				knownProblems.add("known gap: " + reason + "\n    " + String.join("\n    ", found));
			}
		}
		assertThat(problems).as("diagnostics whose message or position breaks the rules of STYLE.md").isEmpty();
		if (!knownProblems.isEmpty()) {
			Assumptions.abort(String.join("\n", knownProblems));
		}
	}

	@Test
	void aFileThatCannotBeReadIsReported() {
		Path missing = CORPUS.resolve("no-such-file.privacy");
		CompilationResult result = PrivacyCompiler.create().compile(List.of(missing), GenerationMode.RECORDS);
		assertThat(result.diagnostics()).extracting(Expectation::of)
				.containsExactly(new Expectation(IssueCodes.UNREADABLE_FILE, 1, 1));
		assertThat(styleProblem(result.diagnostics().get(0))).isNull();
		assertThat(result.sources()).isEmpty();
	}

	/** What is wrong with a diagnostic's message or position, or {@code null} when nothing is. */
	private static String styleProblem(Diagnostic d) {
		String message = d.message();
		if (d.line() < 1 || d.column() < 1) {
			return "the position is not a line and column counted from 1";
		}
		if (message == null || message.isBlank()) {
			return "the message is empty";
		}
		if (message.contains("\n") || message.contains("\r")) {
			return "the message has more than one line";
		}
		// a message may start with a quoted name from the user's file; it must not start with a capital
		if (Character.isUpperCase(message.codePointAt(0))) {
			return "the message starts with a capital letter";
		}
		if (message.endsWith(".")) {
			return "the message ends with a period";
		}
		for (String word : JAVA_WORDS) {
			if (message.contains(word)) {
				return "the message names Java ('" + word + "')";
			}
		}
		if (NULL_WORD.matcher(message).find()) {
			return "the message names Java ('null')";
		}
		return null;
	}

	// ---------------------------------------------------------------- helpers

	/**
	 * Runs a case's check. A case listed in known-gaps.txt is skipped while its check fails, with the reason and the
	 * failure, and fails once it passes, so that the list is cleaned when the compiler is fixed.
	 */
	private static void runUnlessKnownGap(CorpusCase c, Runnable check) {
		String reason = KNOWN_GAPS.reason(c).orElse(null);
		if (reason == null) {
			check.run();
			return;
		}
		try {
			check.run();
		} catch (AssertionError e) {
			Assumptions.abort("known gap in " + c.name() + ": " + reason + "\n" + e.getMessage());
		}
		fail(c.name() + " passes now: remove it from " + KnownGaps.FILE_NAME);
	}

	private static CompilationResult compile(CorpusCase c, GenerationMode mode) {
		return COMPILED.computeIfAbsent(c.name() + "@" + mode,
				key -> PrivacyCompiler.create().compile(c.files(), mode));
	}

	private static List<Diagnostic> diagnosticsOf(CompilationResult result, Path file) {
		return result.diagnostics().stream().filter(d -> d.file().toAbsolutePath().normalize().equals(file)).toList();
	}

	/** The elements of {@code from} left after taking out one occurrence of each element of {@code taken}. */
	private static List<Expectation> minus(Collection<Expectation> from, Collection<Expectation> taken) {
		List<Expectation> rest = new ArrayList<>(from);
		taken.forEach(rest::remove);
		return rest;
	}

	private static String describe(CorpusCase c, List<Diagnostic> diagnostics) {
		if (diagnostics.isEmpty()) {
			return "    (none)";
		}
		return diagnostics.stream().map(d -> "    " + c.nameOf(d.file().toAbsolutePath().normalize()) + ":" + d.line()
				+ ":" + d.column() + ": " + d.kind().word() + " " + d.code() + ": " + d.message())
				.collect(Collectors.joining("\n"));
	}

	/** Every issue code, read from the constants of {@link IssueCodes}. */
	private static Set<String> issueCodes() {
		Set<String> codes = new TreeSet<>();
		for (Field field : IssueCodes.class.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
				try {
					codes.add((String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return codes;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
