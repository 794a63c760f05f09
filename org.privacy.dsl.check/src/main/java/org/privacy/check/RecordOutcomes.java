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
	/**
	 * The outcomes only counted, the first {@link #countedSize}: outcome i's rule id at 2i and its status at 2i + 1
	 * (one array a record, not two).
	 */
	private Object[] counted;
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
		if (counted == null) {
			counted = new Object[8];
		} else if (2 * countedSize == counted.length) {
			counted = Arrays.copyOf(counted, 2 * counted.length);
		}
		counted[2 * countedSize] = rule.id();
		counted[2 * countedSize + 1] = status;
		countedSize++;
	}

	/** The findings, in the order the validators gave them. */
	public List<Finding> findings() {
		return findings.isEmpty() ? List.of() : Collections.unmodifiableList(findings);
	}

	/** Counts each outcome, finding or counted, in the counts of its rule; a rule missing from {@code counts} is not. */
	public void countInto(Map<String, RuleCounts> counts) {
		for (int i = 0; i < findings.size(); i++) {
			Finding finding = findings.get(i);
			count(counts, finding.ruleId(), finding.status());
		}
		for (int i = 0; i < countedSize; i++) {
			count(counts, (String) counted[2 * i], (Status) counted[2 * i + 1]);
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
