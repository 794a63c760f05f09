package org.privacy.dsl.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.PrivacyCompiler;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * What the throughput benchmark does not show: the time of the first compilation in a fresh JVM, and the heap a
 * compilation needs. Run in its own JVM, once per figure:
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.privacy.dsl.benchmarks.CompilerFootprint [rules entities ruleFiles warmCompilations]
 * </pre>
 *
 * It prints the time to create the language's injector and of the first compilation, the wall-clock and CPU time of
 * the compilations that follow it (and the bytes each allocates, and the GC's time meanwhile), and two heap figures
 * for the first compilation: the sum of the heap pools' peak usage (an upper bound of the peak: garbage
 * included, and pools peak at different moments) and the largest heap in use right after a garbage collection (the
 * live data at that moment, a lower bound of what the compilation needs). The heap it really needs is found by
 * running this with a lower {@code -Xmx} until it fails with an {@link OutOfMemoryError} (exit status 1).
 */
public final class CompilerFootprint {

	private CompilerFootprint() {
	}

	public static void main(String[] args) throws Exception {
		int rules = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int entities = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		int ruleFiles = args.length > 2 ? Integer.parseInt(args[2]) : 10;
		// compilations after the first, each timed by the wall clock and by the compiling thread's CPU time
		int warmCompilations = args.length > 3 ? Integer.parseInt(args[3]) : 8;
		GeneratedRuleSet ruleSet = GeneratedRuleSet.of(rules, entities, ruleFiles);
		System.out.printf("rule set: %,d rules, %,d entities, %d files, %,d lines (%,d non-blank), %,d characters%n",
				rules, entities, ruleSet.files().size(), ruleSet.lines(), ruleSet.nonBlankLines(), ruleSet.characters());

		long start = System.nanoTime();
		PrivacyCompiler.injector();
		long injected = System.nanoTime();
		try (CompilerWorkload workload = CompilerWorkload.create(ruleSet)) {
			HeapWatch watch = HeapWatch.start();
			long before = System.nanoTime();
			CompilationResult first = workload.requireClean(workload.compile());
			long after = System.nanoTime();
			long poolPeaks = watch.poolPeaks();
			long liveAfterGc = watch.largestAfterGc();
			int collections = watch.collections();
			watch.stop();
			System.out.printf("injector: %,d ms%n", millis(injected - start));
			System.out.printf("first compilation: %,d ms (%,d generated classes, %,d characters of Java)%n",
					millis(after - before), first.sources().size(),
					first.sources().values().stream().mapToLong(String::length).sum());
			// on a shared machine the wall clock counts the waits for a core; this thread's CPU time does not
			// and the bytes it allocates (exact whatever the load, as JMH's -prof gc), and the GC's time meanwhile
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
					.getThreadMXBean();
			long thread = Thread.currentThread().getId();
			for (int i = 0; i < warmCompilations; i++) {
				long gcStart = gcMillis();
				long allocatedStart = threads.getThreadAllocatedBytes(thread);
				long wallStart = System.nanoTime();
				long cpuStart = threads.getCurrentThreadCpuTime();
				workload.requireClean(workload.compile());
				long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
				long wall = System.nanoTime() - wallStart;
				long allocated = threads.getThreadAllocatedBytes(thread) - allocatedStart;
				long gc = gcMillis() - gcStart;
				System.out.printf("compilation %d: %,d ms wall, %,d ms CPU: %,.0f rule-lines/s of CPU time; %,d MB "
						+ "allocated; GC %,d ms (%.1f %% of the wall clock)%n", i + 2, millis(wall), millis(cpu),
						ruleSet.nonBlankLines() * 1e9 / cpu, mb(allocated), gc, 100.0 * gc / Math.max(1, millis(wall)));
			}
			System.out.printf("first compilation, heap: pools' peaks %,d MB; largest after a GC %,d MB (%d GCs); -Xmx %,d MB%n",
					mb(poolPeaks), mb(liveAfterGc), collections, mb(Runtime.getRuntime().maxMemory()));
		}
	}

	/** Heap figures over a stretch of time: the pools' peaks and the heap in use after each garbage collection. */
	private static final class HeapWatch {
		private final List<MemoryPoolMXBean> pools;
		private final AtomicLong largestAfterGc = new AtomicLong();
		private final AtomicLong collections = new AtomicLong();
		private final NotificationListener listener;

		private HeapWatch() {
			pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
					.toList();
			listener = (notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
							.from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
					long used = after.values().stream().mapToLong(MemoryUsage::getUsed).sum();
					largestAfterGc.accumulateAndGet(used, Math::max);
					collections.incrementAndGet();
				}
			};
		}

		static HeapWatch start() {
			System.gc();
			HeapWatch watch = new HeapWatch();
			watch.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
			ManagementFactory.getGarbageCollectorMXBeans()
					.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(watch.listener, null, null));
			return watch;
		}

		long poolPeaks() {
			return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		}

		long largestAfterGc() {
			return largestAfterGc.get();
		}

		int collections() {
			return (int) collections.get();
		}

		void stop() throws Exception {
			for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) gc).removeNotificationListener(listener);
			}
		}
	}

	/** The time the garbage collectors took since the JVM started, in milliseconds. */
	private static long gcMillis() {
		long total = 0;
		for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			total += Math.max(0, gc.getCollectionTime());
		}
		return total;
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

	private static long mb(long bytes) {
		return bytes / (1024 * 1024);
	}
}
