package org.privacy.dsl.benchmarks.simple;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A cross-check of {@link SimpleRules} for shared machines: the CPU time of the measuring thread instead of the
 * elapsed time, which other processes inflate. The engines run in one JVM, in turn: each warmed up (five seconds,
 * at least one pass), then rounds in which every engine checks the data set once; an engine's figure is its fastest
 * pass, the one other processes disturbed least, and the fewest bytes the thread allocated in a pass (exact, whatever
 * the load). Arguments: the number of accounts (default 1,000,000), of rounds
 * (default 20), whether accounts break rules (default true) and the engines (default {@code HAND_WRITTEN,
 * HAND_WRITTEN_FINDINGS,GENERATED,GENERATED_COMPLIES}).
 */
public final class SimpleRulesCpuTime {
	private static final long WARM_UP_NANOS = 5_000_000_000L;

	private SimpleRulesCpuTime() {
	}

	public static void main(String[] args) {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		boolean violations = args.length <= 2 || Boolean.parseBoolean(args[2]);
		List<SimpleEngine> engines = args.length > 3
				? Arrays.stream(args[3].split(",")).map(SimpleEngine::valueOf).toList()
				: List.of(SimpleEngine.HAND_WRITTEN, SimpleEngine.HAND_WRITTEN_FINDINGS, SimpleEngine.GENERATED,
						SimpleEngine.GENERATED_COMPLIES);
		List<Account> accounts = Accounts.generate(size, violations);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
		long thread = Thread.currentThread().getId();
		for (SimpleEngine engine : engines) {
			long start = System.nanoTime();
			do {
				engine.check(accounts);
			} while (System.nanoTime() - start < WARM_UP_NANOS);
		}
		long[] fastest = new long[engines.size()];
		Arrays.fill(fastest, Long.MAX_VALUE);
		long[] fewestBytes = new long[engines.size()];
		Arrays.fill(fewestBytes, Long.MAX_VALUE);
		for (int round = 0; round < rounds; round++) {
			for (int e = 0; e < engines.size(); e++) {
				long bytes = allocation.getThreadAllocatedBytes(thread);
				long before = threads.getCurrentThreadCpuTime();
				engines.get(e).check(accounts);
				fastest[e] = Math.min(fastest[e], threads.getCurrentThreadCpuTime() - before);
				fewestBytes[e] = Math.min(fewestBytes[e], allocation.getThreadAllocatedBytes(thread) - bytes);
			}
		}
		List<String> rows = new ArrayList<>();
		double hand = Double.NaN;
		double handFindings = Double.NaN;
		for (int e = 0; e < engines.size(); e++) {
			double perAccount = (double) fastest[e] / size;
			if (engines.get(e) == SimpleEngine.HAND_WRITTEN) {
				hand = perAccount;
			} else if (engines.get(e) == SimpleEngine.HAND_WRITTEN_FINDINGS) {
				handFindings = perAccount;
			}
		}
		System.out.printf(Locale.ROOT, "| engine | CPU ns/account (%,d accounts, violations %s) | × HAND_WRITTEN"
				+ " | × HAND_WRITTEN_FINDINGS | bytes/account |%n|---|---:|---:|---:|---:|%n", size, violations);
		for (int e = 0; e < engines.size(); e++) {
			double perAccount = (double) fastest[e] / size;
			rows.add(String.format(Locale.ROOT, "| %s | %,.1f | %,.2f | %,.2f | %,.1f |", engines.get(e), perAccount,
					perAccount / hand, perAccount / handFindings, (double) fewestBytes[e] / size));
		}
		rows.forEach(System.out::println);
	}
}
