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
import org.privacy.runtime.Finding;
import org.privacy.runtime.FindingSink;
import org.privacy.runtime.Lookup;
import org.privacy.runtime.Record;
import org.privacy.runtime.RecordPolicy;

/**
 * The CPU time of the calling thread checking the Canal+ example's messages (examples/canal-plus) against its rules,
 * records and look-ups in memory: the rules about messages are helper-heavy (quantifiers over the recipient's
 * consents that compare each consent with the message's channel and sending date, terms read through the recipient
 * reference). The 214 messages are checked 100 times over (21,400 records a pass) and the 143 consents are taken 8
 * times (about 10 per prospect), so that loops have turns. Prints the fastest pass after SECONDS of passes, the one
 * other processes disturbed least (docs/BENCHMARKS.md, "Values read once in helper methods").
 *
 * <pre>
 * java -Xmx1g -cp org.privacy.dsl.cli/target/privacy.jar benchmarks/helpers/HelperCpu.java \
 *     examples/canal-plus 30 [verdict]
 * </pre>
 */
public final class HelperCpu {
	public static void main(String[] args) throws Exception {
		Path rules = Path.of(args[0], "rules");
		Path data = Path.of(args[0], "data");
		double seconds = Double.parseDouble(args[1]);
		// "verdict": complies(...) alone, which builds no finding, so that the rules' own work is what is measured
		boolean verdict = args.length > 2 && args[2].equals("verdict");
		List<Path> files;
		try (var s = Files.list(rules)) {
			files = s.filter(p -> p.toString().endsWith(".privacy"))
					.filter(p -> !p.getFileName().toString().startsWith("scenarios")).sorted().toList();
		}
		CompilationResult compiled = PrivacyCompiler.create().compile(files, GenerationMode.RECORDS);
		RecordPolicy policy = InMemoryPolicies.records(compiled, Map.of()).get(0);
		tools.jackson.databind.ObjectMapper json = new tools.jackson.databind.ObjectMapper();
		Map<String, Record> prospects = new HashMap<>();
		for (String line : Files.readAllLines(data.resolve("Prospect.jsonl"))) {
			Map<?, ?> m = json.readValue(line, Map.class);
			prospects.put((String) m.get("id"), record(m));
		}
		Map<String, List<Record>> consents = new HashMap<>();
		for (int copy = 0; copy < 8; copy++) {
			for (String line : Files.readAllLines(data.resolve("Consent.jsonl"))) {
				Map<?, ?> m = json.readValue(line, Map.class);
				consents.computeIfAbsent((String) m.get("prospect"), k -> new ArrayList<>()).add(record(m));
			}
		}
		List<Record> messages = new ArrayList<>();
		for (int copy = 0; copy < 100; copy++) {
			for (String line : Files.readAllLines(data.resolve("MessageSend.jsonl"))) {
				messages.add(record(json.readValue(line, Map.class)));
			}
		}
		Lookup lookup = new Lookup() {
			@Override
			public Record find(String entity, String key) {
				return prospects.get(key);
			}

			@Override
			public List<Record> referencing(String entity, String field, String key) {
				return consents.getOrDefault(key, List.of());
			}
		};
		Context context = Context.at(Instant.parse("2023-10-12T00:00:00Z")).withLookup(lookup);
		long[] findings = new long[1];
		FindingSink sink = f -> findings[0]++;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		long fastest = Long.MAX_VALUE;
		int passes = 0;
		while (System.nanoTime() < end) {
			long cpu = threads.getCurrentThreadCpuTime();
			for (Record r : messages) {
				if (!verdict) {
					policy.check("MessageSend", r, context, sink);
				} else if (!policy.complies("MessageSend", r, context)) {
					findings[0]++;
				}
			}
			fastest = Math.min(fastest, threads.getCurrentThreadCpuTime() - cpu);
			passes++;
		}
		System.out.printf("%d messages, %d passes, fastest pass %.1f ns CPU/message, %s %d%n", messages.size(), passes,
				(double) fastest / messages.size(), verdict ? "records not complying" : "findings", findings[0]);
	}

	@SuppressWarnings("unchecked")
	private static Record record(Map<?, ?> m) {
		return Record.of((Map<String, ?>) m);
	}
}
