package org.privacy.dsl.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.privacy.dsl.compiler.CompilationResult;

/**
 * The compiler's throughput, warm: a generated rule set (by default 10,000 rules about 50 entities in 10 rule files,
 * plus a model and a vocabulary file) compiled again and again through {@code PrivacyCompiler}, as
 * {@code privacy compile} does: parse, link, validate, generate. Besides compilations per second, JMH reports the
 * counters {@code ruleLines} (non-blank lines of all the files compiled) and {@code rules} per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 20)
@Measurement(iterations = 5, time = 20)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
public class CompilerThroughput {

	@Param("10000")
	public int rules;

	@Param("50")
	public int entities;

	@Param("10")
	public int ruleFiles;

	private CompilerWorkload workload;

	/** What one compilation gets through, added to JMH's counters after each one. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.OPERATIONS)
	public static class Compiled {
		public long ruleLines;
		public long rules;

		@Setup(Level.Iteration)
		public void reset() {
			ruleLines = 0;
			rules = 0;
		}
	}

	private long ruleLinesPerCompilation;

	@Setup(Level.Trial)
	public void writeRuleSet() throws IOException {
		GeneratedRuleSet ruleSet = GeneratedRuleSet.of(rules, entities, ruleFiles);
		workload = CompilerWorkload.create(ruleSet);
		workload.requireClean(workload.compile());
		ruleLinesPerCompilation = ruleSet.nonBlankLines();
	}

	@TearDown(Level.Trial)
	public void deleteRuleSet() {
		workload.close();
	}

	@Benchmark
	public CompilationResult compile(Compiled compiled) {
		CompilationResult result = workload.compile();
		compiled.ruleLines += ruleLinesPerCompilation;
		compiled.rules += rules;
		return result;
	}
}
