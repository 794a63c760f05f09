package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;

/** One policy instance checked from several threads at once gives what it gives when checked in turn. */
class ConcurrencyTest {

	private static final String RULES = """
			policy Shared "Shared" time zone "Europe/Paris"

			entity Person {
				id: text key
				emailConsent: boolean
			}

			entity Incident {
				id: text key
				reporter: Person
				awareAt: datetime
				notifiedAt: datetime optional
				tags: list of text
			}

			term "notify authority" for Incident: event notifiedAt counted from awareAt

			rule CON-01 "Notify within 72 hours"
				basis "GDPR art. 33(1)"
				Incident requires notify authority within 72h
				unless some t in tags satisfies t = "unlikely"

			rule CON-02 "Reporters consent to be contacted"
				basis "Internal policy 1"
				Incident requires reporter.emailConsent
				explain "reporter {reporter} did not consent"

			rule CON-03 "Incidents are not reported on weekends"
				basis "Internal policy 2"
				Incident forbids weekday of awareAt is one of saturday, sunday
			""";

	private static final int THREADS = 4;
	private static final int RECORDS = 300;

	private static final Context NOW = at("2024-03-20T00:00:00Z").withLookup(new MapLookup().with("Person",
			Map.of("id", "p-0", "emailConsent", true),
			Map.of("id", "p-1", "emailConsent", false)));

	/** Incidents whose outcomes vary: on time, late, overdue, pending, exempt, data errors and missing reporters. */
	private static List<Map<String, Object>> incidents() {
		List<Map<String, Object>> incidents = new ArrayList<>();
		for (int i = 0; i < RECORDS; i++) {
			String aware = String.format("2024-03-%02dT%02d:00:00Z", 1 + i % 19, i % 24);
			Map<String, Object> incident = new HashMap<>(Map.of("id", "inc-" + i, "reporter",
					"p-" + i % 3, "awareAt", i % 29 == 0 ? "not a date" : aware, "tags",
					i % 7 == 0 ? List.of("unlikely") : List.of()));
			if (i % 4 != 0) {
				incident.put("notifiedAt", String.format("2024-03-%02dT00:00:00Z", Math.min(28, 2 + i % 19 + i % 5)));
			}
			incidents.add(incident);
		}
		return incidents;
	}

	private static List<String> checkAll(RecordPolicy policy, List<Map<String, Object>> incidents) {
		List<String> outcomes = new ArrayList<>();
		for (Map<String, Object> incident : incidents) {
			for (Finding f : check(policy, "Incident", incident, NOW)) {
				outcomes.add(String.join(" ", f.ruleId(), f.status().name(), f.record(), f.fields().toString(),
						f.explanation()));
			}
		}
		return outcomes;
	}

	@Test
	void fourThreadsOnOnePolicyGiveTheSequentialFindings() throws Exception {
		RecordPolicy policy = CompiledRules.records(RULES);
		List<Map<String, Object>> incidents = incidents();
		List<String> sequential = checkAll(policy, incidents);
		assertThat(sequential).extracting(s -> s.split(" ")[1]).contains("LATE", "OVERDUE", "EXEMPT", "DATA_ERROR",
				"VIOLATED");

		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			CyclicBarrier start = new CyclicBarrier(THREADS);
			List<Future<List<List<String>>>> runs = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				runs.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					List<List<String>> rounds = new ArrayList<>();
					for (int round = 0; round < 20; round++) {
						rounds.add(checkAll(policy, incidents));
					}
					return rounds;
				}));
			}
			for (Future<List<List<String>>> run : runs) {
				for (List<String> round : run.get(120, TimeUnit.SECONDS)) {
					assertThat(round).isEqualTo(sequential);
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}
}
