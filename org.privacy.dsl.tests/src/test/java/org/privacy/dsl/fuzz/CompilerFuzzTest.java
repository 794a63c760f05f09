package org.privacy.dsl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the compiler (parser, linker, validator, generator) and of the formatter through the entry points users
 * hit, {@code PrivacyCompiler} and {@code PrivacyFormatting}, with three kinds of input: mutants of the Canal+ example
 * and of the test corpus, random token sequences, and generated rule sets that mostly compile. What must hold for each
 * input is in {@link Oracle}; how to run more cases, or replay one, in {@link FuzzRun}. The numbers of cases below are
 * the CI run: the same inputs every time (a fixed seed), about a minute in all on a shared two-core machine.
 */
@Tag("slow") // fuzzing; -Dprivacy.fast leaves it out
class CompilerFuzzTest {

	private static List<RuleSet> seeds;

	@BeforeAll
	static void loadSeeds() {
		seeds = Seeds.all();
		assertThat(seeds).as("seed rule sets").hasSizeGreaterThan(100);
	}

	@Test
	void mutatedRuleFilesGiveDiagnosticsNeverExceptions() {
		FuzzRun.Report report = new FuzzRun("mutant", (random, name) -> {
			RuleSet seed = Tokens.pick(random, seeds);
			return new Mutator(random).mutate(new RuleSet(name + " " + seed.origin(), seed.files()));
		}).run(1500);
		assertPasses(report);
	}

	@Test
	void randomTokenSequencesGiveSyntaxErrorsNeverExceptions() {
		FuzzRun.Report report = new FuzzRun("tokens", (random, name) -> new TokenSoup(random).next(name)).run(2000);
		assertPasses(report);
	}

	@Test
	void generatedRuleSetsCompileToJavaThatCompiles() {
		FuzzRun.Report report = new FuzzRun("generated", (random, name) -> new RandomRuleSet(random).next(name),
				true).run(150);
		assertPasses(report);
		// the generator is of use only while most of its rule sets reach the Java compiler
		assertThat(report.javaCompiled()).as("generated rule sets whose Java was compiled")
				.isGreaterThanOrEqualTo(report.cases() / 2);
	}

	private static void assertPasses(FuzzRun.Report report) {
		System.out.println(report.summary());
		assertThat(report.failures()).as(report.summary()).isEmpty();
	}
}
