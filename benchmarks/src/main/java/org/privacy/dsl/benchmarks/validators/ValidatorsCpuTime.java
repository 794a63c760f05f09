package org.privacy.dsl.benchmarks.validators;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * A cross-check of {@link Validators} for shared machines: the CPU time of the measuring thread instead of the
 * elapsed time, which other processes inflate. For each engine, in one JVM: five seconds of warm-up (at least one
 * pass), then the fastest of several passes over the data set, the one other processes disturbed least. Arguments:
 * the number of customers (default 10,000), of measured passes (default 100) and the engines (default all, e.g.
 * {@code HAND_WRITTEN,HAND_WRITTEN_FINDINGS,GENERATED}).
 */
public final class ValidatorsCpuTime {
	private static final long WARM_UP_NANOS = 5_000_000_000L;

	private ValidatorsCpuTime() {
	}

	public static void main(String[] args) {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int passes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		List<EngineKind> kinds = args.length > 2
				? java.util.Arrays.stream(args[2].split(",")).map(EngineKind::valueOf).toList()
				: List.of(EngineKind.values());
		List<Customer> customers = Customers.generate(size);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double handWritten = Double.NaN;
		System.out.printf(Locale.ROOT, "| engine | CPU ns/customer (%,d customers) | × hand-written |%n|---|---:|---:|%n",
				size);
		for (EngineKind kind : kinds) {
			Engine engine = kind.create();
			long start = System.nanoTime();
			do {
				engine.countViolations(customers);
			} while (System.nanoTime() - start < WARM_UP_NANOS);
			long fastest = Long.MAX_VALUE;
			for (int i = 0; i < passes; i++) {
				long before = threads.getCurrentThreadCpuTime();
				engine.countViolations(customers);
				fastest = Math.min(fastest, threads.getCurrentThreadCpuTime() - before);
			}
			double perCustomer = (double) fastest / size;
			if (kind == EngineKind.HAND_WRITTEN) {
				handWritten = perCustomer;
			}
			System.out.printf(Locale.ROOT, "| %s | %,.1f | %,.2f |%n", kind, perCustomer, perCustomer / handWritten);
		}
	}
}
