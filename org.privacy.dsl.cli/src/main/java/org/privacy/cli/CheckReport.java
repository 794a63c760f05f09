package org.privacy.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Status;

/**
 * Everything a {@code privacy check} report shows: when it was run for, what was checked, the findings in report
 * order, the data problems, the record counts per entity and the files that were not read.
 *
 * @param subject         the folder checked, as the user named it
 * @param policies        the names of the policies that ran
 * @param rules           their rules
 * @param counts          record counts by entity name, sorted
 * @param ignoredFiles    data-looking files whose name matches no entity
 * @param entitiesNoData  entities that rules check but no data file holds
 */
record CheckReport(String subject, Instant now, List<String> policies, List<RuleInfo> rules,
		List<LocatedFinding> findings, List<DataProblem> problems, Map<String, EntityCounts> counts,
		List<String> ignoredFiles, Set<String> entitiesNoData) {

	/** The statuses a finding can have, in report order. */
	static final List<Status> REPORTED = List.of(Status.VIOLATED, Status.LATE, Status.OVERDUE, Status.PENDING,
			Status.EXEMPT, Status.DATA_ERROR);

	/** The number of findings of each reported status, zeros included. */
	Map<Status, Integer> byStatus() {
		Map<Status, Integer> counts = new EnumMap<>(Status.class);
		REPORTED.forEach(status -> counts.put(status, 0));
		findings.forEach(f -> counts.merge(f.finding().status(), 1, Integer::sum));
		return counts;
	}

	/** What the reports show for a rule that cites no article. */
	static final String NO_BASIS = "(no stated basis)";

	/**
	 * The findings by article, then by rule id, both in natural order; a finding whose rule cites two articles is
	 * under both, one citing none under {@link #NO_BASIS}.
	 */
	Map<String, Map<String, List<LocatedFinding>>> byArticle() {
		Map<String, Map<String, List<LocatedFinding>>> byArticle = new TreeMap<>(NaturalOrder.INSTANCE);
		for (LocatedFinding finding : findings) {
			List<String> bases = finding.finding().rule().bases();
			for (String article : bases.isEmpty() ? List.of(NO_BASIS) : bases) {
				byArticle.computeIfAbsent(article, a -> new TreeMap<>(NaturalOrder.INSTANCE))
						.computeIfAbsent(finding.finding().ruleId(), r -> new ArrayList<>()).add(finding);
			}
		}
		return byArticle;
	}

	/** Findings that break a rule: violated, late or overdue. */
	long violations() {
		return findings.stream().filter(f -> f.finding().status().isViolation()).count();
	}

	long dataErrors() {
		return findings.stream().filter(f -> f.finding().status() == Status.DATA_ERROR).count();
	}

	/** The counts of all entities together. */
	EntityCounts totals() {
		EntityCounts totals = new EntityCounts();
		counts.values().forEach(totals::add);
		return totals;
	}

	/** {@link ExitCode#FINDINGS} if anything is wrong with the data or the rules were broken, else {@link ExitCode#OK}. */
	int exitCode() {
		return violations() > 0 || dataErrors() > 0 || !problems.isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
	}
}
