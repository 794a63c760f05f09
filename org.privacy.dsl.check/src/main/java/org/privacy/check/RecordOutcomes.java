package org.privacy.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.FindingSink;
import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Status;

/**
 * What the validators said of one record: its findings, and the satisfied and not-applicable outcomes they only
 * counted ({@link Context.Outcomes#COUNTED}); both go to the {@link RuleCounts} of their rules. The engine keeps one
 * for each record, carried to the thread that commits it; the Spark check ({@code org.privacy.dsl.spark}) reuses one,
 * {@link #clear() cleared} for each record, so that both count outcomes the same way.
 */
public final class RecordOutcomes implements FindingSink {
	/** Most records have no finding: the list is made for the first. */
	private List<Finding> findings = List.of();
	/** The rules and statuses of the outcomes only counted, the first {@link #countedSize} of each. */
	private String[] countedRules;
	private Status[] countedStatuses;
	private int countedSize;

	@Override
	public void accept(Finding finding) {
		if (findings.isEmpty()) {
			findings = new ArrayList<>(2);
		}
		findings.add(finding);
	}

	@Override
	public void counted(RuleInfo rule, Status status) {
		if (countedRules == null) {
			countedRules = new String[4];
			countedStatuses = new Status[4];
		} else if (countedSize == countedRules.length) {
			countedRules = Arrays.copyOf(countedRules, 2 * countedSize);
			countedStatuses = Arrays.copyOf(countedStatuses, 2 * countedSize);
		}
		countedRules[countedSize] = rule.id();
		countedStatuses[countedSize] = status;
		countedSize++;
	}

	/** The findings, in the order the validators gave them. */
	public List<Finding> findings() {
		return findings.isEmpty() ? List.of() : Collections.unmodifiableList(findings);
	}

	/** Counts each outcome, finding or counted, in the counts of its rule; a rule missing from {@code counts} is not. */
	public void countInto(Map<String, RuleCounts> counts) {
		for (Finding finding : findings) {
			count(counts, finding.ruleId(), finding.status());
		}
		for (int i = 0; i < countedSize; i++) {
			count(counts, countedRules[i], countedStatuses[i]);
		}
	}

	private static void count(Map<String, RuleCounts> counts, String ruleId, Status status) {
		RuleCounts ofRule = counts.get(ruleId);
		if (ofRule != null) {
			ofRule.count(status);
		}
	}

	/** Forgets every outcome, for the next record. */
	public void clear() {
		if (!findings.isEmpty()) {
			findings.clear();
		}
		countedSize = 0;
	}
}
