package org.privacy.dsl.scenarios;

import java.util.List;
import java.util.stream.Collectors;

import org.privacy.runtime.Finding;

/**
 * The outcome of one scenario: each expectation with the findings it was compared with.
 *
 * @param error why a validator could not run the scenario (a bug), or {@code null}
 */
public record ScenarioResult(ScenarioSpec scenario, List<Outcome> outcomes, List<RecordFinding> findings,
		String error) {

	public boolean passed() {
		return error == null && outcomes.stream().allMatch(Outcome::passed);
	}

	/** A finding with the name of the given record it is about. */
	public record RecordFinding(String record, Finding finding) {

		/** "late for inc1", "not-applicable for m2" */
		public String describe() {
			return finding.status().word() + " for " + record;
		}
	}

	/** One expectation, whether it held, and the findings of its rule (for its record, if it names one). */
	public record Outcome(ScenarioSpec.Expected expected, boolean passed, List<RecordFinding> actual) {

		/** What happened, in the words of an expectation: "satisfied", "late for inc1", "2 findings: ...". */
		public String actualText() {
			if (actual.isEmpty()) {
				return expected.count() != null ? "0 findings" : "satisfied (no finding)";
			}
			if (actual.stream().allMatch(f -> f.finding().status() == org.privacy.runtime.Status.SATISFIED)
					&& expected.count() == null) {
				return "satisfied";
			}
			String list = actual.stream().map(RecordFinding::describe).collect(Collectors.joining(", "));
			return expected.count() != null ? actual.size() + (actual.size() == 1 ? " finding: " : " findings: ") + list
					: list;
		}

		/** The explanation sentences of the actual findings, one per finding. */
		public List<String> explanations() {
			return actual.stream().map(f -> f.finding().explanation()).toList();
		}
	}
}
