package org.privacy.dsl.benchmarks.simple;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RuleInfo;

/**
 * The SimpleRules benchmark in miniature, run by every build: the engines agree, the data breaks each rule about as
 * often as planned, and one short JMH run measures every engine. The benchmark is run by hand (docs/BENCHMARKS.md).
 */
class SimpleRulesSmokeTest {
	private static final int SIZE = 5_000;
	private static final List<Account> ACCOUNTS = Accounts.generate(SIZE, true);

	@ParameterizedTest
	@EnumSource(SimpleEngine.class)
	void everyEngineFindsWhatTheHandWrittenChecksFind(SimpleEngine engine) {
		long expected = engine.countsAccounts() ? SimpleRules.failingAccounts(ACCOUNTS)
				: SimpleEngine.HAND_WRITTEN.check(ACCOUNTS);

		assertThat(engine.check(ACCOUNTS)).isEqualTo(expected);
	}

	@Test
	void theHandWrittenFindingsAreTheGeneratedOnesRuleStatusAndKey() {
		assertThat(SimpleEngine.HandWritten.differenceFromGenerated(ACCOUNTS)).isNull();
	}

	@Test
	void aboutAThirdOfTheAccountsBreakARuleEachRuleAboutFourPercent() {
		List<Finding> findings = ACCOUNTS.stream()
				.flatMap(a -> SimpleEngine.RULES.checkAccount(a, SimpleEngine.CONTEXT).stream()).toList();
		Map<String, Long> perRule = findings.stream()
				.collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));

		assertThat(perRule).containsOnlyKeys(SimpleEngine.RULES.rules().stream().map(RuleInfo::id).toList());
		assertThat(perRule.values()).allSatisfy(n -> assertThat(n).isBetween(SIZE * 3L / 100, SIZE * 5L / 100));
		assertThat(SimpleRules.failingAccounts(ACCOUNTS)).isBetween(SIZE * 30L / 100, SIZE * 37L / 100);
	}

	@Test
	void withoutViolationsEveryAccountPasses() {
		List<Account> passing = Accounts.generate(SIZE, false);

		assertThat(SimpleEngine.HAND_WRITTEN.check(passing)).isZero();
		assertThat(SimpleEngine.GENERATED.check(passing)).isZero();
		assertThat(SimpleEngine.HIBERNATE_VALIDATOR.check(passing)).isZero();
	}

	@Test
	void theFirstViolationIsTheFirstFindingThatFails() {
		for (Account a : ACCOUNTS.subList(0, 500)) {
			List<Finding> findings = SimpleEngine.RULES.checkAccount(a, SimpleEngine.CONTEXT);
			Optional<Finding> first = SimpleEngine.RULES.firstViolationOfAccount(a, SimpleEngine.CONTEXT);

			assertThat(first.map(Finding::toString)).isEqualTo(findings.stream().findFirst().map(Finding::toString));
			assertThat(SimpleEngine.RULES.compliesAccount(a, SimpleEngine.CONTEXT)).isEqualTo(findings.isEmpty());
		}
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void oneShortBenchmarkRunMeasuresEveryEngine() throws Exception {
		Collection<RunResult> results = new Runner(new OptionsBuilder().include(SimpleRules.class.getName())
				.param("size", "1000").forks(0).warmupIterations(0).measurementIterations(1)
				.measurementTime(TimeValue.milliseconds(100)).shouldFailOnError(true).build()).run();

		assertThat(results).hasSize(SimpleEngine.values().length * 2);
		assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
	}
}
