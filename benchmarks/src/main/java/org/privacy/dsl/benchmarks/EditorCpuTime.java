package org.privacy.dsl.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The CPU time the server spends per editor operation, beside the wall-clock time that {@link EditorLatency}
 * measures: on a machine shared with other builds the wall-clock time says more about the load than about the code,
 * while the CPU time the process used per operation (all its threads: the server's, completion's, the JIT's and the
 * GC's) changes little with the load. Two builds of the server are compared by running this once with each, in turn
 * (see docs/EDITOR.md).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.privacy.dsl.benchmarks.EditorCpuTime completion 50 80
 * </pre>
 *
 * Arguments: the operation ({@code completion}, {@code keystrokeToCompletion} or {@code changeToDiagnostics}, as in
 * {@link EditorLatency}), the operations made first and not counted, the operations counted.
 */
public final class EditorCpuTime {

	private interface Operation {
		Object run() throws Exception;
	}

	private EditorCpuTime() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: EditorCpuTime completion|keystrokeToCompletion|changeToDiagnostics WARM-UP COUNT");
			System.exit(2);
		}
		String name = args[0];
		int warmUp = Integer.parseInt(args[1]);
		int count = Integer.parseInt(args[2]);
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
				.getOperatingSystemMXBean();
		EditorSession session = EditorSession.open(5000);
		try {
			session.openingDiagnostics();
			Operation operation = switch (name) {
			case "completion" -> {
				session.startWritingAName();
				yield () -> session.complete(session.caret());
			}
			case "keystrokeToCompletion" -> {
				session.startWritingAName();
				yield session::typeAndComplete;
			}
			case "changeToDiagnostics" -> session::typeAndAwaitDiagnostics;
			default -> throw new IllegalArgumentException("unknown operation " + name);
			};
			for (int i = 0; i < warmUp; i++) {
				operation.run();
			}
			List<Double> millis = new ArrayList<>();
			long cpuBefore = os.getProcessCpuTime();
			long start = System.nanoTime();
			Object last = null;
			for (int i = 0; i < count; i++) {
				long before = System.nanoTime();
				last = operation.run();
				millis.add((System.nanoTime() - before) / 1e6);
			}
			long cpu = os.getProcessCpuTime() - cpuBefore;
			long wall = System.nanoTime() - start;
			Collections.sort(millis);
			System.out.printf("%s, %d operations: CPU %.1f ms per operation (%.2f cores busy); wall clock p50 %.1f ms,"
					+ " p90 %.1f ms, p99 %.1f ms, max %.1f ms; load average %s; last result: %s items%n", name, count,
					cpu / 1e6 / count, (double) cpu / wall, percentile(millis, 0.50), percentile(millis, 0.90),
					percentile(millis, 0.99), millis.get(count - 1), loadAverage(),
					last instanceof List<?> list ? list.size() : "?");
		} finally {
			session.close();
		}
		System.exit(0);
	}

	private static double percentile(List<Double> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p) - 1));
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		} catch (Exception e) {
			return "unknown";
		}
	}
}
