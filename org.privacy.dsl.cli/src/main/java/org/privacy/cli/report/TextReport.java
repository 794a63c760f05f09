package org.privacy.cli.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.privacy.check.DataProblem;
import org.privacy.check.EntityCounts;
import org.privacy.check.Findings;
import org.privacy.check.LocatedFinding;
import org.privacy.check.VisibleText;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RuleInfo;

/**
 * The text report, for a data protection officer: findings grouped by article (a finding with two bases appears
 * under both), then by rule, one line per finding with its status, record and explanation; then the data problems,
 * notes on files not read, and the totals (per entity the records read, per rule those judged, in scope and passed). It quotes no record content: explanations come masked from the validators
 * unless personal data is revealed. Characters that could forge a line or disguise text are shown as escapes
 * ({@link VisibleText}), and record keys longer than {@value VisibleText#KEY_LENGTH} characters are shortened.
 */
public final class TextReport {
	private final CheckReport report;
	private final PrintWriter text;

	private TextReport(CheckReport report, PrintWriter text) {
		this.report = report;
		this.text = text;
	}

	/** Writes the report to {@code out}, reading the findings from wherever they are, one at a time. */
	public static void write(CheckReport report, boolean revealsPersonalData, PrintWriter out) {
		TextReport r = new TextReport(report, out);
		r.header(revealsPersonalData);
		r.findings();
		r.problems();
		r.notes();
		r.totals();
		out.flush();
	}

	private void header(boolean revealsPersonalData) {
		line("Privacy check of " + report.subject());
		line("  now:           " + report.now());
		line("  rules:         " + (report.policies().isEmpty() ? "none: the rule files declare no policy"
				: report.rules().size() + " in " + plural(report.policies().size(), "policy", "policies") + " ("
						+ String.join(", ", report.policies()) + ")"));
		line("  personal data: " + (revealsPersonalData ? "shown (--reveal-personal-data)" : "masked"));
	}

	private void findings() {
		heading("Findings by article");
		Findings findings = report.findings();
		if (findings.isEmpty()) {
			line("none");
			return;
		}
		report.articles().forEach((article, ruleIds) -> {
			line("");
			line(article);
			line("-".repeat(article.length()));
			String separator = "";
			for (String ruleId : ruleIds) {
				text.append(separator);
				rule(ruleId);
				separator = "\n";
			}
		});
	}

	private void rule(String ruleId) {
		Findings findings = report.findings();
		RuleInfo rule = findings.rule(ruleId);
		line(rule.id() + " (" + rule.severity().word() + ") " + rule.title());
		// one long key must not widen every line of the rule: keys are shortened to the column's widest
		int recordWidth = Math.max(1, Math.min(VisibleText.KEY_LENGTH, findings.longestRecord(ruleId)));
		for (LocatedFinding located : findings.ofRule(ruleId)) {
			Finding finding = located.finding();
			line("  " + pad(finding.status().word(), 10) + "  " + pad(record(finding), recordWidth) + "  "
					+ finding.explanation());
		}
	}

	private void problems() {
		heading("Data problems");
		if (report.problems().isEmpty()) {
			line("none");
		}
		for (DataProblem problem : report.problems()) {
			line("  " + problem.location() + ": " + problem.message());
		}
	}

	private void notes() {
		if (report.ignoredFiles().isEmpty() && report.entitiesNoData().isEmpty()) {
			return;
		}
		heading("Notes");
		for (String file : report.ignoredFiles()) {
			line("  not read: " + file + " (its name is not an entity's)");
		}
		for (String entity : report.entitiesNoData()) {
			line("  no data file for " + entity + ", which rules check");
		}
	}

	private void totals() {
		heading("Totals");
		int width = Math.max(6, report.counts().keySet().stream().mapToInt(String::length).max().orElse(0));
		line("  " + pad("entity", width) + "      read   checked  rejected");
		report.counts().forEach((entity, counts) -> countsLine(entity, counts, width));
		countsLine("all", report.totals(), width);
		rules();
		line("");
		List<String> statuses = new ArrayList<>();
		report.byStatus().forEach((status, count) -> statuses.add(count + " " + status.word()));
		line("  findings:      " + report.findings().size() + " (" + String.join(", ", statuses) + ")");
		line("  violations:    " + report.violations());
		line("  data errors:   " + report.dataErrors());
		line("  data problems: " + report.problems().size());
		Set<String> withFindings = report.findings().ruleIds();
		List<String> quiet = report.rules().stream().map(RuleInfo::id).filter(id -> !withFindings.contains(id))
				.sorted(NaturalOrder.INSTANCE).toList();
		if (!quiet.isEmpty()) {
			line("  rules without findings: " + String.join(", ", quiet));
		}
	}

	/** Per rule, the records it judged, those in its scope and those that passed: what was checked, not only failed. */
	private void rules() {
		if (report.ruleCounts().isEmpty()) {
			return;
		}
		int width = Math.max(6, report.ruleCounts().keySet().stream().mapToInt(String::length).max().orElse(0));
		line("");
		line("  " + pad("rule", width) + "   records  in scope    passed");
		report.ruleCounts().forEach((rule, counts) -> line("  " + pad(rule, width) + String.format(Locale.ROOT,
				"  %8d  %8d  %8d", counts.records(), counts.inScope(), counts.passed())));
	}

	private void countsLine(String name, EntityCounts counts, int width) {
		line("  " + pad(name, width) + String.format(Locale.ROOT, "  %8d  %8d  %8d", counts.read(),
				counts.checked(), counts.rejected()));
	}

	private void heading(String title) {
		line("");
		line(title);
		line("=".repeat(title.length()));
	}

	private void line(String s) {
		text.append(VisibleText.of(s)).append('\n');
	}

	private static String record(Finding finding) {
		return finding.record() == null ? "-"
				: VisibleText.of(VisibleText.shortened(finding.record(), VisibleText.KEY_LENGTH));
	}

	private static String pad(String s, int width) {
		return s.length() >= width ? s : s + " ".repeat(width - s.length());
	}

	private static String plural(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}
}
