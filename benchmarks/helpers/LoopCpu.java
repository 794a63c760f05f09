import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.InMemoryPolicies;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.runtime.Context;
import org.privacy.runtime.RecordPolicy;

/**
 * The CPU time of the calling thread deciding one quantifier whose condition compares each element of a list with
 * two values of the record ({@code some c in consents satisfies c.channel = channel and c.givenAt before sentAt}),
 * over messages holding ELEMENTS consents of which none satisfies it: every element is a turn, and the record's
 * {@code channel} and {@code sentAt} are the same on every turn. Prints the fastest pass after SECONDS of passes
 * (docs/BENCHMARKS.md, "Values read once in helper methods").
 *
 * <pre>
 * java -Xmx1g -cp org.privacy.dsl.cli/target/privacy.jar benchmarks/helpers/LoopCpu.java ELEMENTS SECONDS
 * </pre>
 */
public final class LoopCpu {
	private static final String RULES = """
			enum Channel { EMAIL, SMS, PHONE }

			entity Consent {
				channel: Channel
				givenAt: datetime
			}

			entity Message {
				id: text key
				channel: Channel
				sentAt: datetime
				consents: list of Consent
			}

			rule LOOP-01 "Messages are sent with a consent given before"
				basis "test"
				Message requires some c in consents satisfies c.channel = channel and c.givenAt before sentAt
			""";

	public static void main(String[] args) throws Exception {
		int elements = Integer.parseInt(args[0]);
		double seconds = Double.parseDouble(args[1]);
		Path rules = Files.createTempDirectory("loop-cpu").resolve("rules.privacy");
		Files.writeString(rules, RULES);
		CompilationResult compiled = PrivacyCompiler.create().compile(List.of(rules), GenerationMode.RECORDS);
		RecordPolicy policy = InMemoryPolicies.records(compiled, Map.of()).get(0);
		List<org.privacy.runtime.Record> messages = new ArrayList<>();
		for (int m = 0; m < 1_000; m++) {
			List<Map<String, Object>> consents = new ArrayList<>();
			for (int i = 0; i < elements; i++) {
				// half by SMS (the first part fails), half by e-mail given after sending (the second part fails)
				consents.add(Map.of("channel", i % 2 == 0 ? "SMS" : "EMAIL", "givenAt", "2024-02-01T00:00:00Z"));
			}
			Map<String, Object> message = new HashMap<>();
			message.put("id", "m-" + m);
			message.put("channel", "EMAIL");
			message.put("sentAt", "2024-01-01T00:00:00Z");
			message.put("consents", consents);
			messages.add(org.privacy.runtime.Record.of(message));
		}
		Context context = Context.at(Instant.parse("2024-06-01T00:00:00Z"));
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		long fastest = Long.MAX_VALUE;
		int passes = 0;
		int failing = 0;
		while (System.nanoTime() < end) {
			long cpu = threads.getCurrentThreadCpuTime();
			for (org.privacy.runtime.Record r : messages) {
				if (!policy.complies("Message", r, context)) {
					failing++;
				}
			}
			fastest = Math.min(fastest, threads.getCurrentThreadCpuTime() - cpu);
			passes++;
		}
		System.out.printf("%d elements, %d passes, fastest pass %.1f ns CPU/message, records not complying %d%n",
				elements, passes, (double) fastest / messages.size(), failing);
	}
}
