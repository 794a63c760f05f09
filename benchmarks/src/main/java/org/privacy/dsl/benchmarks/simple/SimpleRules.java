package org.privacy.dsl.benchmarks.simple;

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
 * The time one engine takes to check the ten field rules of {@code accounts.privacy} over a whole data set (one
 * operation = every account once): with violations (about a third of the accounts break a rule) or without (every
 * account passes, which with {@code -prof gc} shows what a passing object allocates). The setup fails if an engine
 * does not find what the hand-written checks find.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SimpleRules {

	@Param({ "1000000" })
	public int size;

	@Param({ "true", "false" })
	public boolean violations;

	@Param({ "HAND_WRITTEN", "HAND_WRITTEN_FINDINGS", "HAND_WRITTEN_FINDINGS_KEPT", "GENERATED", "GENERATED_KEPT",
			"GENERATED_EXPLAINED", "GENERATED_COMPLIES", "HIBERNATE_VALIDATOR" })
	public SimpleEngine engine;

	private List<Account> accounts;

	@Setup(Level.Trial)
	public void setUp() {
		accounts = Accounts.generate(size, violations);
		long expected = engine.countsAccounts() ? failingAccounts(accounts)
				: SimpleEngine.HAND_WRITTEN.check(accounts);
		long found = engine.check(accounts);
		if (found != expected) {
			throw new IllegalStateException(engine + " found " + found + " in " + size + " accounts, the hand-written"
					+ " checks " + expected + ": the engines do not check the same rules");
		}
	}

	/** The accounts that break at least one rule, by the hand-written checks. */
	static long failingAccounts(List<Account> accounts) {
		return accounts.stream().filter(a -> SimpleEngine.HandWritten.broken(a) > 0).count();
	}

	@Benchmark
	public long validate() {
		return engine.check(accounts);
	}
}
