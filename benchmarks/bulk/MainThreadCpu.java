import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of {@code privacy check --jobs 1} in one JVM, for comparing two builds on a machine too busy for wall
 * times (docs/BENCHMARKS.md): with one job the check runs on the calling thread, so that thread's CPU time is the
 * check's, whatever else the machine runs. Alternates a run over an empty folder (compiling the rules) and one over
 * the data, ROUNDS times; the later rounds are the warm ones.
 *
 * <pre>
 * java -Xmx1g -cp org.privacy.dsl.cli/target/privacy.jar benchmarks/bulk/MainThreadCpu.java ROUNDS DATA EMPTY RULES
 * </pre>
 */
public final class MainThreadCpu {
	public static void main(String[] args) throws Exception {
		if (args.length != 4) {
			System.err.println("usage: MainThreadCpu ROUNDS DATA EMPTY-FOLDER RULES");
			System.exit(2);
		}
		int rounds = Integer.parseInt(args[0]);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= rounds; round++) {
			for (String data : new String[] { args[2], args[1] }) {
				long cpu = threads.getCurrentThreadCpuTime();
				long wall = System.nanoTime();
				int exit = org.privacy.cli.PrivacyCli.run(new PrintWriter(new StringWriter()),
						new PrintWriter(new StringWriter()), "check", data, "--rules", args[3], "--now",
						"2024-01-01T00:00:00Z", "--format", "json", "--out",
						System.getProperty("java.io.tmpdir") + "/main-thread-cpu-report.json", "--jobs", "1");
				System.out.printf("round %d %-5s exit %d  cpu %6.2f s  wall %6.2f s%n", round,
						data.equals(args[2]) ? "empty" : "data", exit, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
						(System.nanoTime() - wall) / 1e9);
			}
		}
	}
}
