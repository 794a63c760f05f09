package org.privacy.dsl.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Status;

/**
 * Which rules and cited articles the scenarios exercise: a violation (a passing expectation of a violating status,
 * or a passing count above zero of one) and a pass (a passing {@code satisfied} expectation).
 */
public record ScenarioCoverage(List<Entry> rules, List<Entry> articles) {

	/** A rule or an article, and whether a scenario exercises its violation and its pass. */
	public record Entry(String name, boolean violation, boolean pass) {
		public boolean full() {
			return violation && pass;
		}
	}

	public boolean full() {
		return rules.stream().allMatch(Entry::full);
	}

	public static ScenarioCoverage of(List<RuleInfo> rules, List<ScenarioResult> results) {
		Map<String, boolean[]> byRule = new LinkedHashMap<>();
		rules.forEach(r -> byRule.put(r.id(), new boolean[2]));
		for (ScenarioResult result : results) {
			for (ScenarioResult.Outcome outcome : result.outcomes()) {
				boolean[] covered = byRule.get(outcome.expected().ruleId());
				if (covered == null || !outcome.passed()) {
					continue;
				}
				String status = outcome.expected().status();
				Integer count = outcome.expected().count();
				if ("satisfied".equals(status)) {
					covered[1] = true;
				} else if (count == null || count > 0) {
					Status s = status == null ? null : Status.fromWord(status);
					if (s != null && s.isViolation()
							|| s == null && outcome.actual().stream().anyMatch(f -> f.finding().status().isViolation())) {
						covered[0] = true;
					}
				}
			}
		}
		List<Entry> ruleEntries = new ArrayList<>();
		Map<String, boolean[]> byArticle = new TreeMap<>();
		for (RuleInfo rule : rules) {
			boolean[] covered = byRule.get(rule.id());
			ruleEntries.add(new Entry(rule.id(), covered[0], covered[1]));
			for (String basis : rule.bases()) {
				boolean[] article = byArticle.computeIfAbsent(basis, b -> new boolean[2]);
				article[0] |= covered[0];
				article[1] |= covered[1];
			}
		}
		List<Entry> articleEntries = new ArrayList<>();
		byArticle.forEach((name, covered) -> articleEntries.add(new Entry(name, covered[0], covered[1])));
		return new ScenarioCoverage(ruleEntries, articleEntries);
	}
}
