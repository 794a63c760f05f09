package org.privacy.dsl.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.privacy.dsl.compiler.CompilationResult;

/**
 * The throughput benchmark's setup works: the generated rule set has the sizes asked for, is the same every time,
 * and compiles without a single diagnostic; and the benchmark runs. The measurement itself is run by hand
 * (docs/BENCHMARKS.md, "Compiler throughput").
 */
class CompilerThroughputSetupTest {

	@Test
	void ruleSetHasTheRequestedSizesAndIsDeterministic() {
		GeneratedRuleSet ruleSet = GeneratedRuleSet.of(10_000, 50, 10);

		assertThat(ruleSet.files()).hasSize(12).containsKeys("model.privacy", "vocabulary.privacy", "rules-0.privacy",
				"rules-9.privacy");
		assertThat(count(ruleSet.files().values(), "\nrule ")).isEqualTo(10_000);
		assertThat(count(ruleSet.files().values(), "\nentity ")).isEqualTo(50);
		assertThat(count(ruleSet.files().values(), "\npolicy ")).isEqualTo(10);
		assertThat(ruleSet.files().get("rules-3.privacy")).contains("rule R-3000 ", "rule R-3999 ")
				.doesNotContain("rule R-4000 ");
		assertThat(GeneratedRuleSet.of(10_000, 50, 10).files()).isEqualTo(ruleSet.files());
	}

	@Test
	@Timeout(60)
	void smallRuleSetCompilesWithoutDiagnostics() throws Exception {
		// every rule shape for every entity: 10 shapes x 50 entities
		GeneratedRuleSet ruleSet = GeneratedRuleSet.of(GeneratedRuleSet.SHAPES * 50, 50, 3);

		try (CompilerWorkload workload = CompilerWorkload.create(ruleSet)) {
			CompilationResult result = workload.compile();

			assertThat(result.diagnostics()).isEmpty();
			assertThat(result.sources()).containsOnlyKeys("bench.compiler.Rules0", "bench.compiler.Rules1",
					"bench.compiler.Rules2");
			assertThat(result.model().entities()).hasSize(50);
		}
	}

	@Test
	@Timeout(60)
	void benchmarkRunsOnce() throws Exception {
		// other builds on the machine may hold JMH's machine-wide lock; a smoke test measures nothing worth guarding
		System.setProperty("jmh.ignoreLock", "true");
		Options options = new OptionsBuilder()
				.include(CompilerThroughput.class.getName())
				.param("rules", "100")
				.param("entities", "10")
				.param("ruleFiles", "2")
				.forks(0)
				.warmupIterations(0)
				.measurementIterations(1)
				.measurementTime(TimeValue.milliseconds(100))
				.shouldFailOnError(true)
				.build();

		Collection<RunResult> results = new Runner(options).run();

		RunResult result = results.iterator().next();
		assertThat(result.getPrimaryResult().getScore()).isPositive();
		assertThat(result.getSecondaryResults()).containsKeys("ruleLines", "rules");
		assertThat(result.getSecondaryResults().get("rules").getScore())
				.isEqualTo(100 * result.getPrimaryResult().getScore(), org.assertj.core.data.Offset.offset(1e-6));
	}

	private static long count(Collection<String> texts, String needle) {
		long n = 0;
		for (String text : texts) {
			for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
				n++;
			}
		}
		return n;
	}
}
