package org.privacy.dsl.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

import org.privacy.dsl.compiler.GenerationMode;

/**
 * Runs a number of fuzz cases of one kind, each in bounded time, and writes every failing case to
 * {@code target/fuzz-failures/<kind>-<seed>/} (its files and {@code problem.txt}).
 *
 * <p>Each case has its own seed, derived from the run's seed and the case's number, and everything about the case
 * (its text, the generation mode) comes from a {@link Random} with that seed, so one case can be replayed alone:
 * {@code -Dprivacy.fuzz.replay=<kind>:<seed>}. System properties:
 * <ul>
 * <li>{@code privacy.fuzz.seed}: the run's seed (fixed by default, so CI runs the same cases every time);</li>
 * <li>{@code privacy.fuzz.cases}: the number of cases of each kind instead of the CI default;</li>
 * <li>{@code privacy.fuzz.minutes}: run each kind for this long instead (the long run);</li>
 * <li>{@code privacy.fuzz.timeoutSeconds}: the bound of one case, 60 by default; a case that takes longer fails.</li>
 * </ul>
 */
final class FuzzRun {

	static final long DEFAULT_SEED = 20_261_128L;

	/** How a kind makes the rule set of a case from the case's random source; the string names the case. */
	interface Source extends BiFunction<Random, String, RuleSet> {
	}

	/** The figures of a run and its failures. */
	record Report(String kind, int cases, int parsed, int valid, int javaCompiled, Duration time,
			List<String> failures) {

		String summary() {
			return String.format("fuzz %s: %d cases in %ds (%d parsed, %d without errors, %d generated Java compiled),"
					+ " %d failures", kind, cases, time.toSeconds(), parsed, valid, javaCompiled, failures.size());
		}
	}

	private static final int MAX_FAILURES_KEPT = 25;

	private final String kind;
	private final Source source;
	private final boolean grammatical;
	private final Oracle oracle;
	private final Path failureFolder;
	private final Duration timeout = Duration.ofSeconds(Long.getLong("privacy.fuzz.timeoutSeconds", 60));
	private ExecutorService worker = newWorker();

	FuzzRun(String kind, Source source) {
		this(kind, source, false);
	}

	/** A run whose inputs are all {@code grammatical} (written from the grammar), so must all parse. */
	FuzzRun(String kind, Source source, boolean grammatical) {
		this.kind = kind;
		this.source = source;
		this.grammatical = grammatical;
		Path build = Path.of(System.getProperty("privacy.tests.buildDir", "target"));
		this.oracle = new Oracle(build.resolve("fuzz-work"));
		this.failureFolder = build.resolve("fuzz-failures");
	}

	/** Runs {@code ciCases} cases, or what the system properties ask for. */
	Report run(int ciCases) {
		String replay = System.getProperty("privacy.fuzz.replay");
		long runSeed = Long.getLong("privacy.fuzz.seed", DEFAULT_SEED);
		String minutes = System.getProperty("privacy.fuzz.minutes");
		int cases = Integer.getInteger("privacy.fuzz.cases", minutes != null ? Integer.MAX_VALUE : ciCases);
		long deadline = minutes == null ? Long.MAX_VALUE
				: System.nanoTime() + Duration.ofSeconds((long) (Double.parseDouble(minutes) * 60)).toNanos();
		long start = System.nanoTime();
		int done = 0;
		int parsed = 0;
		int valid = 0;
		int compiled = 0;
		List<String> failures = new ArrayList<>();
		try {
			for (int i = 0; i < cases && System.nanoTime() < deadline; i++) {
				long caseSeed = caseSeed(runSeed, i);
				if (replay != null) {
					if (!replay.startsWith(kind + ":")) {
						break;
					}
					caseSeed = Long.parseLong(replay.substring(kind.length() + 1));
					cases = 1;
				}
				Random random = new Random(caseSeed);
				RuleSet set = source.apply(random, kind + ":" + caseSeed);
				GenerationMode mode = random.nextBoolean() ? GenerationMode.RECORDS : GenerationMode.BOUND;
				Oracle.Outcome outcome = runBounded(set, mode);
				done++;
				parsed += outcome.parsed() ? 1 : 0;
				valid += outcome.valid() ? 1 : 0;
				compiled += outcome.javaCompiled() ? 1 : 0;
				if (!outcome.problems().isEmpty() && failures.size() < MAX_FAILURES_KEPT) {
					failures.add(record(caseSeed, set, mode, outcome.problems()));
				}
			}
		} finally {
			worker.shutdownNow();
		}
		return new Report(kind, done, parsed, valid, compiled, Duration.ofNanos(System.nanoTime() - start), failures);
	}

	/** The seed of case {@code index}: a mix of the run's seed and the index, so neighbouring cases differ. */
	static long caseSeed(long runSeed, int index) {
		long z = runSeed + (index + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return (z ^ (z >>> 31)) & Long.MAX_VALUE;
	}

	private Oracle.Outcome runBounded(RuleSet set, GenerationMode mode) {
		Future<Oracle.Outcome> future = worker.submit(() -> oracle.check(set, mode, grammatical));
		try {
			return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			future.cancel(true);
			// the stuck thread cannot be stopped; leave it (a daemon) and go on with a fresh one
			worker.shutdownNow();
			worker = newWorker();
			return new Oracle.Outcome(List.of("no answer within " + timeout.toSeconds() + "s (a hang?)"), false,
					false, false);
		} catch (ExecutionException e) {
			return new Oracle.Outcome(List.of("the check threw " + Oracle.stackTrace(e.getCause())), false, false,
					false);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	/** Writes the failing case where a developer finds it, and says how to replay it. */
	private String record(long caseSeed, RuleSet set, GenerationMode mode, List<String> problems) {
		Path folder = failureFolder.resolve(kind + "-" + caseSeed);
		try {
			Files.createDirectories(folder);
			for (RuleSet.RuleFile file : set.files()) {
				Files.write(folder.resolve(file.name()), file.text().getBytes(StandardCharsets.UTF_8));
			}
			Files.writeString(folder.resolve("problem.txt"),
					"case " + set.origin() + ", mode " + mode + "\n\n" + String.join("\n\n", problems) + "\n");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String first = problems.get(0);
		return set.origin() + ", " + mode + ": "
				+ (first.length() > 2000 ? first.substring(0, 2000) + "..." : first) + "\n    input: " + folder
				+ "\n    replay: -Dprivacy.fuzz.replay=" + kind + ":" + caseSeed;
	}

	private static ExecutorService newWorker() {
		return Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "fuzz-case");
			t.setDaemon(true);
			return t;
		});
	}
}
