package org.privacy.check;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * What a check found: findings in report order ({@link LocatedFinding#ORDER}), problems by location, record counts
 * by entity, the entities some rule is about, and per rule the records it judged. Findings and problems beyond
 * {@value Findings#IN_MEMORY} are kept in sorted runs on disk: closing the result deletes them.
 *
 * @param findings        the findings (with a {@link CheckListener}, only counted: the listener had them)
 * @param problems        the data problems, by file and line
 * @param counts          records read, checked and rejected, by entity name, sorted
 * @param checkedEntities the entities some rule is about, sorted
 * @param ruleCounts      per rule id, in rule order: the records it judged, those in its scope and those passed
 */
public record CheckResult(Findings findings, SpillList<DataProblem> problems, Map<String, EntityCounts> counts,
		Set<String> checkedEntities, Map<String, RuleCounts> ruleCounts) implements AutoCloseable {

	/** Findings that break a rule (violated, late, overdue), data errors or data problems: the data is not clean. */
	public boolean isClean() {
		return findings.violations() == 0 && findings.dataErrors() == 0 && problems.isEmpty();
	}

	@Override
	public void close() throws IOException {
		try (findings; problems) {
			// both closed, even if one fails
		}
	}
}
