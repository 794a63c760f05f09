package org.privacy.dsl.scenarios;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Lookup;
import org.privacy.runtime.Record;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Status;
import org.privacy.runtime.Values;

/**
 * Runs scenarios through the generated validators, the code applications run, in records mode: each given record is
 * checked by every policy about its entity, references resolve among the scenario's records, and the findings are
 * compared with the expectations. The CLI, the language server and the tests share it. Personal data is masked in
 * the explanations unless {@link #revealingPersonalData} says otherwise. The compiler façade creates runners for
 * compiled rules ({@code InMemoryPolicies.scenarioRunner}).
 */
public final class ScenarioRunner {
	private final List<RecordPolicy> policies;
	private final Instant defaultNow;
	private final boolean revealPersonalData;

	/** A runner whose explanations mask personal data, as reports of {@code privacy check} do. */
	public ScenarioRunner(List<RecordPolicy> policies, Instant defaultNow) {
		this(policies, defaultNow, false);
	}

	private ScenarioRunner(List<RecordPolicy> policies, Instant defaultNow, boolean revealPersonalData) {
		this.policies = List.copyOf(policies);
		this.defaultNow = defaultNow;
		this.revealPersonalData = revealPersonalData;
	}

	/**
	 * The same runner, showing personal data in explanations instead of masking it. Scenario values are often made
	 * up, but not always (a real address pasted to reproduce a case), and test reports travel to CI logs.
	 */
	public ScenarioRunner revealingPersonalData(boolean reveal) {
		return new ScenarioRunner(policies, defaultNow, reveal);
	}

	/** Every rule of the policies. */
	public List<RuleInfo> rules() {
		return policies.stream().flatMap(p -> p.rules().stream()).toList();
	}

	public List<ScenarioResult> run(List<ScenarioSpec> scenarios) {
		return scenarios.stream().map(this::run).toList();
	}

	public ScenarioResult run(ScenarioSpec scenario) {
		ScenarioLookup lookup = new ScenarioLookup(scenario.records());
		Context context = Context.at(scenario.now() != null ? scenario.now() : defaultNow).withLookup(lookup)
				.revealingPersonalData(revealPersonalData).withAllOutcomes();
		List<ScenarioResult.RecordFinding> findings = new ArrayList<>();
		List<ScenarioResult.RecordFinding> passes = new ArrayList<>();
		String error = null;
		for (ScenarioSpec.Given given : scenario.records()) {
			Record record = lookup.record(given);
			for (RecordPolicy policy : policies) {
				if (!policy.entities().contains(given.entity())) {
					continue;
				}
				try {
					policy.check(given.entity(), record, context, finding -> {
						(isPass(finding.status()) ? passes : findings)
								.add(new ScenarioResult.RecordFinding(given.name(), finding));
					});
				} catch (RuntimeException e) {
					// never the exception's message: it could quote a value of the record
					error = "policy " + policy.name() + " failed on record '" + given.name() + "' ("
							+ e.getClass().getSimpleName() + "): a bug, please report it";
				}
			}
		}
		List<ScenarioResult.Outcome> outcomes = scenario.expectations().stream()
				.map(e -> compare(e, findings, passes)).toList();
		return new ScenarioResult(scenario, outcomes, findings, error);
	}

	/** Satisfied and not-applicable: outcomes that are no finding. */
	private static boolean isPass(Status status) {
		return status == Status.SATISFIED || status == Status.NOT_APPLICABLE;
	}

	/**
	 * {@code satisfied}: no finding, and the rule applied and held (to the named record, or to at least one);
	 * {@code not-applicable}: no finding, and the rule applied to none of the records (or not to the named one). With
	 * a count, the outcomes of that status are counted; without a status, the findings.
	 */
	private static ScenarioResult.Outcome compare(ScenarioSpec.Expected expected,
			List<ScenarioResult.RecordFinding> findings, List<ScenarioResult.RecordFinding> passes) {
		Status status = expected.status() == null ? null : Status.fromWord(expected.status());
		boolean pass = status != null && isPass(status);
		List<ScenarioResult.RecordFinding> relevant = java.util.stream.Stream
				.concat(findings.stream(), pass ? passes.stream() : java.util.stream.Stream.empty())
				.filter(f -> f.finding().ruleId().equals(expected.ruleId()))
				.filter(f -> expected.record() == null || expected.record().equals(f.record())).toList();
		boolean passed;
		if (expected.count() != null) {
			long matching = relevant.stream().filter(f -> status == null ? !isPass(f.finding().status())
					: f.finding().status() == status).count();
			passed = matching == expected.count();
		} else if (status == Status.SATISFIED) {
			passed = relevant.stream().allMatch(f -> isPass(f.finding().status()))
					&& relevant.stream().anyMatch(f -> f.finding().status() == Status.SATISFIED);
		} else if (status == Status.NOT_APPLICABLE) {
			passed = !relevant.isEmpty() && relevant.stream().allMatch(f -> f.finding().status() == status);
		} else {
			passed = relevant.stream().anyMatch(f -> f.finding().status() == status);
		}
		return new ScenarioResult.Outcome(expected, passed, relevant);
	}

	/** The look-ups of one scenario: its records by key, and by the keys their fields hold. */
	private static final class ScenarioLookup implements Lookup {
		private final Map<String, Map<String, Record>> byKey = new HashMap<>();
		private final Map<ScenarioSpec.Given, Record> records = new HashMap<>();
		private final List<ScenarioSpec.Given> given;

		ScenarioLookup(List<ScenarioSpec.Given> given) {
			this.given = given;
			for (ScenarioSpec.Given g : given) {
				Record record = new Record() {
					@Override
					public Object get(String field) {
						return g.values().get(field);
					}

					@Override
					public String location() {
						return "record '" + g.name() + "'";
					}
				};
				records.put(g, record);
				byKey.computeIfAbsent(g.entity(), e -> new HashMap<>()).put(g.key(), record);
			}
		}

		Record record(ScenarioSpec.Given g) {
			return records.get(g);
		}

		@Override
		public Record find(String entity, String key) {
			return key == null ? null : byKey.getOrDefault(entity, Map.of()).get(key);
		}

		@Override
		public List<Record> referencing(String entity, String field, String key) {
			List<Record> found = new ArrayList<>();
			for (ScenarioSpec.Given g : given) {
				if (g.entity().equals(entity) && holds(g.values().get(field), key)) {
					found.add(records.get(g));
				}
			}
			return found;
		}

		private static boolean holds(Object value, String key) {
			if (value instanceof Iterable<?> list) {
				for (Object element : list) {
					if (holds(element, key)) {
						return true;
					}
				}
				return false;
			}
			if (value instanceof Number) { // 42 and 42.0 are one shared number, as in the data
				return Values.sharedKey(value, "number", "").equals(key);
			}
			return Values.isPresent(value) && Values.key(value).equals(key);
		}
	}
}
