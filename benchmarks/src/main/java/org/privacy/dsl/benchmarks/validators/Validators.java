package org.privacy.dsl.benchmarks.validators;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time one engine takes to check the ten rules of {@code customers.privacy} over a whole data set (one operation
 * = every customer once). {@link ValidatorsReport} runs it and turns the times into nanoseconds per customer and
 * ratios to {@link EngineKind#HAND_WRITTEN}. The setup fails if the engine does not find exactly as many violations
 * as the hand-written checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Validators {

	@Param({ "10000", "1000000" })
	public int size;

	@Param({ "HAND_WRITTEN", "HAND_WRITTEN_FINDINGS", "GENERATED", "HIBERNATE_VALIDATOR", "SPEL_INTERPRETED",
			"SPEL_COMPILED", "CEL" })
	public EngineKind engine;

	private List<Customer> customers;
	private Engine validator;

	@Setup(Level.Trial)
	public void setUp() {
		customers = Customers.generate(size);
		long expected = EngineKind.HAND_WRITTEN.create().countViolations(customers);
		validator = engine.create();
		long found = validator.countViolations(customers);
		if (found != expected) {
			throw new IllegalStateException(engine + " found " + found + " violations in " + size
					+ " customers, the hand-written checks " + expected + ": the engines do not check the same rules");
		}
	}

	@Benchmark
	public long validate() {
		return validator.countViolations(customers);
	}
}
