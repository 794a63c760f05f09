package org.privacy.dsl.benchmarks.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RuleInfo;

/**
 * The Validators benchmark in miniature, run by every build: the engines agree on a small data set, each rule is
 * broken by about 5% of the customers, and one short JMH run gives a result for every engine. The benchmark itself is
 * run by hand (docs/BENCHMARKS.md).
 */
class ValidatorsSmokeTest {
	private static final int SIZE = 2_000;
	private static final List<Customer> CUSTOMERS = Customers.generate(SIZE);

	@ParameterizedTest
	@EnumSource(EngineKind.class)
	void everyEngineFindsAsManyViolationsAsTheHandWrittenChecks(EngineKind engine) {
		long expected = EngineKind.HAND_WRITTEN.create().countViolations(CUSTOMERS);

		assertThat(engine.create().countViolations(CUSTOMERS)).isEqualTo(expected);
	}

	@Test
	void theHandWrittenFindingsAreTheGeneratedOnesRuleStatusAndKey() {
		assertThat(HandWrittenFindingsEngine.differenceFromGenerated(CUSTOMERS)).isNull();
	}

	@Test
	void eachRuleIsBrokenByAboutFivePercentOfTheCustomers() {
		CustomerRules rules = new CustomerRules();
		Context context = Context.at(Customers.NOW);
		List<Finding> findings = CUSTOMERS.stream().flatMap(c -> rules.checkCustomer(c, context).stream()).toList();
		Map<String, Long> violationsPerRule = findings.stream()
				.collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));

		assertThat(findings).allSatisfy(f -> assertThat(f.status().isViolation()).as(f.toString()).isTrue());
		assertThat(violationsPerRule).containsOnlyKeys(rules.rules().stream().map(RuleInfo::id).toList());
		assertThat(violationsPerRule.values()).allSatisfy(n -> assertThat(n).isBetween(SIZE * 3L / 100, SIZE * 7L / 100));
	}

	@Test
	void theDataIsTheSameForTheSameSize() {
		assertThat(Customers.generate(50)).usingRecursiveFieldByFieldElementComparator()
				.isEqualTo(Customers.generate(50));
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void oneShortBenchmarkRunMeasuresEveryEngine() throws Exception {
		Collection<RunResult> results = new Runner(new OptionsBuilder().include(Validators.class.getName())
				.param("size", "1000").forks(0).warmupIterations(0).measurementIterations(1)
				.measurementTime(TimeValue.milliseconds(100)).shouldFailOnError(true).build()).run();

		List<ValidatorsReport.Row> rows = ValidatorsReport.rows(results);
		assertThat(rows).extracting(ValidatorsReport.Row::engine).containsExactlyInAnyOrder(EngineKind.values());
		assertThat(rows).allSatisfy(row -> assertThat(row.nanosPerCustomer()).isPositive());
		assertThat(ValidatorsReport.table(rows)).contains("| 1,000 | HAND_WRITTEN |");
	}
}
