package org.privacy.cli.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.privacy.check.DataProblem;
import org.privacy.check.EntityCounts;
import org.privacy.check.Findings;
import org.privacy.check.LocatedFinding;
import org.privacy.check.RuleCounts;
import org.privacy.check.SpillList;
import org.privacy.cli.exit.ExitCode;
import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Status;

/**
 * Everything a {@code privacy check} report shows: when it was run for, what was checked, the findings in report
 * order, the data problems, the record counts per entity and the files that were not read. Findings and problems may
 * live partly on disk: reports iterate them.
 *
 * @param subject         the folder checked, as the user named it
 * @param policies        the names of the policies that ran
 * @param rules           their rules
 * @param counts          record counts by entity name, sorted
 * @param ignoredFiles    data-looking files whose name matches no entity
 * @param entitiesNoData  entities that rules check but no data file holds
 * @param ruleCounts      per rule id, in rule order: the records it judged, those in its scope and those that passed
 */
public record CheckReport(String subject, Instant now, List<String> policies, List<RuleInfo> rules, Findings findings,
		SpillList<DataProblem> problems, Map<String, EntityCounts> counts, List<String> ignoredFiles,
		Set<String> entitiesNoData, Map<String, RuleCounts> ruleCounts) {

	/** A report without per-rule counts (reports built by hand). */
	public CheckReport(String subject, Instant now, List<String> policies, List<RuleInfo> rules, Findings findings,
			SpillList<DataProblem> problems, Map<String, EntityCounts> counts, List<String> ignoredFiles,
			Set<String> entitiesNoData) {
		this(subject, now, policies, rules, findings, problems, counts, ignoredFiles, entitiesNoData, Map.of());
	}

	/** Satisfied and not-applicable: outcomes that are no finding, reported with {@code --outcomes all} only. */
	public static boolean isPass(Status status) {
		return Findings.isPass(status);
	}

	/** The statuses a finding can have, in report order. */
	public static final List<Status> REPORTED = Findings.REPORTED;

	/** The number of findings of each reported status, zeros included. */
	public Map<Status, Long> byStatus() {
		return findings.byStatus();
	}

	/** What the reports show for a rule that cites no article. */
	public static final String NO_BASIS = "(no stated basis)";

	/**
	 * The ids of the rules with findings by article, both in natural order; a rule citing two articles is under both,
	 * one citing none under {@link #NO_BASIS}.
	 */
	public Map<String, Set<String>> articles() {
		Map<String, Set<String>> articles = new TreeMap<>(NaturalOrder.INSTANCE);
		for (String ruleId : findings.ruleIds()) {
			List<String> bases = findings.rule(ruleId).bases();
			for (String article : bases.isEmpty() ? List.of(NO_BASIS) : bases) {
				articles.computeIfAbsent(article, a -> new TreeSet<>(NaturalOrder.INSTANCE)).add(ruleId);
			}
		}
		return articles;
	}

	/**
	 * The findings by article, then by rule id, as {@link #articles()} orders them. Holds every finding in memory: for
	 * the HTML page, which shows them all at once; the text report reads them rule by rule instead.
	 */
	public Map<String, Map<String, List<LocatedFinding>>> byArticle() {
		Map<String, Map<String, List<LocatedFinding>>> byArticle = new LinkedHashMap<>();
		articles().forEach((article, ruleIds) -> {
			Map<String, List<LocatedFinding>> byRule = new LinkedHashMap<>();
			for (String ruleId : ruleIds) {
				List<LocatedFinding> ofRule = new ArrayList<>();
				findings.ofRule(ruleId).forEach(ofRule::add);
				byRule.put(ruleId, ofRule);
			}
			byArticle.put(article, byRule);
		});
		return byArticle;
	}

	/** Findings that break a rule: violated, late or overdue. */
	public long violations() {
		return findings.violations();
	}

	public long dataErrors() {
		return findings.dataErrors();
	}

	/** The counts of all entities together. */
	public EntityCounts totals() {
		return EntityCounts.sum(counts.values());
	}

	/** {@link ExitCode#FINDINGS} if anything is wrong with the data or the rules were broken, else {@link ExitCode#OK}. */
	public int exitCode() {
		return violations() > 0 || dataErrors() > 0 || !problems.isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
	}
}
