package org.privacy.dsl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.dsl.validation.IssueCodes;

/**
 * The limits of the issue: a 10 MB rule file, valid or not, and very long chains (of terms, of conditions) end with
 * diagnostics or Java within a bounded time (each test's timeout), never with a hang or a stack overflow. Deep nesting
 * is the corpus file {@code bad/syntax/too-deep.privacy}; term cycles are {@code bad/vocabulary/*cycl*} and
 * {@code self-referring-term}. Each test prints its time and the memory the compilation allocated, the figures of the
 * README's "Robustness" section.
 */
@Tag("slow") // limits: huge and deeply nested inputs; -Dprivacy.fast leaves it out
class LimitsTest {

	/** 10 MB; {@code -Dprivacy.limits.megabytes} tries other sizes (to see how the time grows). */
	private static final int TEN_MEGABYTES = (int) (Double.parseDouble(System.getProperty("privacy.limits.megabytes",
			"10")) * 1024 * 1024);

	private static final String MODEL = """
			package limits

			enum Level { low, mid, high }

			entity Case {
				id: text key
				flag: boolean
				score: number
				kind: Level
				at: datetime
				doneAt: datetime optional
			}

			""";

	/** One to four minutes on a shared two-core machine: the bound leaves room for a slower one. */
	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void aTenMegabyteFileOfRulesCompiles() {
		CompilationResult result = measured("10 MB of rules", tenMegabytesOfRules(true), GenerationMode.RECORDS);
		assertThat(result.diagnostics()).as("diagnostics of a valid file").isEmpty();
		assertThat(result.sources()).hasSize(1);
	}

	/**
	 * The same file with a number after every term's name ("check qa 12"): 50,000 syntax errors. Linking searched the
	 * list of errors once per name, and took more than five minutes. (With the same name for every term, "check 12",
	 * linking is still slow: see docs/ROBUSTNESS.md, "Not covered".)
	 */
	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void aTenMegabyteFileWithAnErrorInEveryTermGivesDiagnostics() {
		CompilationResult result = measured("10 MB of rules, an error in every term", tenMegabytesOfRules(false),
				GenerationMode.RECORDS);
		assertThat(result.hasErrors()).isTrue();
		assertHavePositions(result);
	}

	private static StringBuilder tenMegabytesOfRules(boolean valid) {
		StringBuilder text = new StringBuilder(MODEL);
		for (int i = 0; text.length() < TEN_MEGABYTES; i++) {
			String name = valid ? word(i) : word(i) + " " + i;
			text.append("term check ").append(name).append(" for Case: flag and score > ").append(i % 100)
					.append(" or kind is one of low, high\n");
			text.append("rule R-").append(i).append(" \"Rule number ").append(i).append("\"\n\tbasis \"GDPR art. 5\"\n")
					.append("\tCase where at after 2023-03-01T00:00Z requires check ").append(name)
					.append(" and (doneAt is missing or doneAt before at + 30d)\n\tunless score > 99\n\n");
		}
		return text;
	}

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void aTenMegabyteFileOfNonsenseGivesSyntaxErrors() {
		Random random = new Random(10);
		StringBuilder text = new StringBuilder(MODEL);
		while (text.length() < TEN_MEGABYTES) {
			text.append(Tokens.any(random)).append(random.nextInt(8) == 0 ? '\n' : ' ');
		}
		// as an editor would save it: lone surrogates become "?"
		String saved = new String(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		CompilationResult result = measured("10 MB of random tokens", saved, GenerationMode.RECORDS);
		assertThat(result.hasErrors()).isTrue();
		assertHavePositions(result);
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void tenThousandTermsEachUsingTheNextCompile() {
		StringBuilder text = new StringBuilder(MODEL);
		text.append("term step ").append(word(0)).append(" for Case: flag\n");
		for (int i = 1; i < 10_000; i++) {
			text.append("term step ").append(word(i)).append(" for Case: step ").append(word(i - 1))
					.append(" and score > ").append(i % 50).append('\n');
		}
		text.append("rule R-1 \"Long chain\"\n\tbasis \"GDPR art. 5\"\n\tCase requires step ").append(word(9_999))
				.append('\n');
		CompilationResult result = measured("a chain of 10,000 terms", text, GenerationMode.RECORDS);
		assertHavePositions(result);
		assertThat(result.hasErrors() ? result.diagnostics().get(0).code() : "compiled").isIn("compiled",
				IssueCodes.TOO_DEEP);
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void tenThousandTermsInACycleAreReported() {
		StringBuilder text = new StringBuilder(MODEL);
		for (int i = 0; i < 10_000; i++) {
			text.append("term step ").append(word(i)).append(" for Case: step ").append(word((i + 1) % 10_000))
					.append(" or flag\n");
		}
		text.append("rule R-1 \"Long cycle\"\n\tbasis \"GDPR art. 5\"\n\tCase requires step ").append(word(0))
				.append('\n');
		CompilationResult result = measured("a cycle of 10,000 terms", text, GenerationMode.RECORDS);
		assertHavePositions(result);
		assertThat(result.diagnostics()).extracting(Diagnostic::code).isNotEmpty()
				.containsAnyOf(IssueCodes.CYCLIC_TERM, IssueCodes.TOO_DEEP);
	}

	/**
	 * Ten thousand conditions joined by {@code and} and {@code or}: written flat, but a tree thousands deep. Names are
	 * resolved through the nearest quantifier, term or rule above them (ScopeAnchors), and Xtext's scope is asked from
	 * the rule, not from each expression: walking up the whole tree for each name took 429 s before.
	 */
	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void tenThousandConditionsInOneRule() {
		StringBuilder text = new StringBuilder(MODEL);
		text.append("rule R-1 \"Long condition\"\n\tbasis \"GDPR art. 5\"\n\tCase requires flag");
		for (int i = 0; i < 10_000; i++) {
			text.append(i % 2 == 0 ? " and score > " : " or not kind = ").append(i % 2 == 0 ? i : "mid");
		}
		text.append('\n');
		CompilationResult result = measured("a rule of 10,000 conditions", text, GenerationMode.RECORDS);
		assertHavePositions(result);
		assertThat(result.hasErrors() ? result.diagnostics().get(0).code() : "compiled").isIn("compiled",
				IssueCodes.TOO_DEEP);
	}

	/** A condition too deep to generate is reported on its own file, not on the first file of the set. */
	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void tooDeepIsReportedOnTheFileThatNests() {
		StringBuilder rules = new StringBuilder("package limits\nrule R-1 \"Long\"\n\tbasis \"GDPR art. 5\"\n\t"
				+ "Case requires flag");
		for (int i = 0; i < 10_000; i++) {
			rules.append(" and score > ").append(i);
		}
		Map<String, String> files = new LinkedHashMap<>();
		files.put("a-model.privacy", MODEL);
		files.put("b-rules.privacy", rules.append('\n').toString());

		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.RECORDS, files);

		assertThat(result.diagnostics()).isNotEmpty().allSatisfy(d -> {
			assertThat(d.code()).isEqualTo(IssueCodes.TOO_DEEP);
			assertThat(d.file().getFileName().toString()).isEqualTo("b-rules.privacy");
		});
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void tenThousandNotsInARow() {
		String text = MODEL + "rule R-1 \"Negations\"\n\tbasis \"GDPR art. 5\"\n\tCase requires "
				+ "not ".repeat(10_000) + "flag\n";
		CompilationResult result = measured("10,000 nested nots", new StringBuilder(text), GenerationMode.RECORDS);
		assertHavePositions(result);
		assertThat(result.hasErrors() ? result.diagnostics().get(0).code() : "compiled").isIn("compiled",
				IssueCodes.TOO_DEEP);
	}

	/** A word for a number, since term names are words: "qa", "qz", "qba"; the "q" keeps keywords ("or") out. */
	private static String word(int number) {
		StringBuilder word = new StringBuilder();
		int n = number;
		do {
			word.insert(0, (char) ('a' + n % 26));
			n /= 26;
		} while (n > 0);
		return "q" + word;
	}

	/** Compiles the text as {@code rules.privacy} and prints the time and the bytes this thread allocated. */
	private static CompilationResult measured(String what, CharSequence text, GenerationMode mode) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		long start = System.nanoTime();
		CompilationResult result = PrivacyTestSupport.compile(mode, text.toString());
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("limits: %s (%,d chars): %,d ms, %,d MB allocated, %,d MB heap in use after, %d diagnostics"
				+ " (first: %s), %,d chars of Java%n", what, text.length(), millis, allocated >> 20,
				(runtime.totalMemory() - runtime.freeMemory()) >> 20, result.diagnostics().size(),
				result.diagnostics().isEmpty() ? "none" : result.diagnostics().get(0).format(),
				result.sources().values().stream().mapToInt(String::length).sum());
		return result;
	}

	private static void assertHavePositions(CompilationResult result) {
		for (Diagnostic d : result.diagnostics()) {
			assertThat(d.line()).as(d.format()).isGreaterThanOrEqualTo(1);
			assertThat(d.column()).as(d.format()).isGreaterThanOrEqualTo(1);
			assertThat(d.code()).as(d.format()).startsWith("privacy.");
		}
	}
}
