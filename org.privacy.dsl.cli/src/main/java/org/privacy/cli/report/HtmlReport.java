package org.privacy.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.privacy.check.DataProblem;
import org.privacy.check.EntityCounts;
import org.privacy.check.LocatedFinding;
import org.privacy.check.VisibleText;
import org.privacy.cli.exit.ExitCode;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Severity;
import org.privacy.runtime.Status;

/**
 * The HTML report, a page a data protection officer can read on screen or print: a summary (when, what, records read
 * and counts by status), a chart and a table of findings per rule, the findings by severity, then by article and
 * rule with each explanation, then the data problems and notes. One self-contained file: the style sheet, the
 * chart (inline SVG) and a small status filter script are in the page, and its Content-Security-Policy lets nothing
 * else load or run. Every text from rules or data is escaped; like the other reports it quotes no record content,
 * only explanations, which come masked from the validators unless personal data is revealed. Same report, same bytes.
 */
public final class HtmlReport {
	/** What each status means, for readers who do not know the words. */
	private static final Map<Status, String> MEANINGS = Map.of(Status.VIOLATED, "the rule is broken",
			Status.LATE, "done, after the deadline", Status.OVERDUE, "not done, deadline passed", Status.PENDING,
			"not done yet, deadline ahead", Status.EXEMPT, "an exception applies", Status.DATA_ERROR,
			"could not be checked");

	private static final Comparator<RuleInfo> BY_SEVERITY_THEN_ID = Comparator.comparing(RuleInfo::severity)
			.thenComparing(RuleInfo::id, NaturalOrder.INSTANCE);

	private final CheckReport report;
	private final StringBuilder html = new StringBuilder();

	private HtmlReport(CheckReport report) {
		this.report = report;
	}

	public static String render(CheckReport report, boolean revealsPersonalData) {
		HtmlReport page = new HtmlReport(report);
		page.head();
		page.html.append("<body>\n<main>\n");
		page.header(revealsPersonalData);
		page.contents();
		page.summary();
		page.perRule();
		page.bySeverity();
		page.byArticle();
		page.problems();
		page.notes();
		page.footer(revealsPersonalData);
		page.html.append("</main>\n<script>").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
		return page.html.toString();
	}

	private void head() {
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
				.append(HtmlAssets.CONTENT_SECURITY_POLICY)
				.append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<meta name=\"generator\" content=\"privacy check\">\n")
				.append("<title>Privacy check of ").append(esc(report.subject())).append("</title>\n")
				.append("<style>").append(HtmlAssets.STYLE).append("</style>\n</head>\n");
	}

	private void header(boolean revealsPersonalData) {
		EntityCounts totals = report.totals();
		html.append("<header class=\"report-header\">\n<h1>Privacy check report</h1>\n")
				.append("<p class=\"lead\">Findings of the rules on the data of <code id=\"subject\">")
				.append(esc(report.subject())).append("</code></p>\n<dl class=\"facts\">\n");
		fact("Now", "<time id=\"now\" datetime=\"" + esc(report.now().toString()) + "\">" + esc(report.now().toString())
				+ "</time> (deadlines are counted to this instant)");
		fact("Rules", report.policies().isEmpty() ? "none: the rule files declare no policy"
				: report.rules().size() + " in " + plural(report.policies().size(), "policy", "policies") + " ("
						+ esc(String.join(", ", report.policies())) + ")");
		fact("Records", totals.read() + " read, " + totals.checked() + " checked, " + totals.rejected() + " rejected");
		fact("Personal data", revealsPersonalData ? "<strong>shown</strong> (the run was given --reveal-personal-data)"
				: "masked");
		fact("Outcome", outcome());
		html.append("</dl>\n</header>\n");
	}

	private String outcome() {
		if (report.exitCode() == ExitCode.OK) {
			return "no violation, no data error, no data problem";
		}
		return plural(report.violations(), "violation", "violations") + ", "
				+ plural(report.dataErrors(), "data error", "data errors") + ", "
				+ plural(report.problems().size(), "data problem", "data problems");
	}

	private void contents() {
		html.append("<nav class=\"contents\" aria-label=\"Contents\">\n<strong>Contents</strong>\n<ol>\n")
				.append("<li><a href=\"#summary\">Summary</a></li>\n")
				.append("<li><a href=\"#rules\">Findings per rule</a></li>\n")
				.append("<li><a href=\"#severity\">Findings by severity</a></li>\n")
				.append("<li><a href=\"#articles\">Findings by article</a></li>\n")
				.append("<li><a href=\"#problems\">Data problems</a></li>\n");
		if (hasNotes()) {
			html.append("<li><a href=\"#notes\">Notes</a></li>\n");
		}
		html.append("</ol>\n</nav>\n");
	}

	private void summary() {
		html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"tiles\">\n");
		tile("findings", "main", report.findings().size(), "findings");
		tile("violations", "", report.violations(), "violations (violated, late, overdue)");
		tile("data-errors", "", report.dataErrors(), "data errors");
		tile("data-problems", "", report.problems().size(), "data problems");
		html.append("</div>\n<div class=\"tiles\" id=\"by-status\">\n");
		report.byStatus().forEach((status, count) -> html.append("<div class=\"tile s-").append(status.word())
				.append("\" data-status=\"").append(status.word()).append("\"><span class=\"count\">").append(count)
				.append("</span><span class=\"badge s-").append(status.word()).append("\">").append(status.word())
				.append("</span><span class=\"what\">").append(MEANINGS.get(status)).append("</span></div>\n"));
		html.append("</div>\n<h3>Records</h3>\n<table class=\"counts\" id=\"records\">\n<thead><tr><th>Entity</th>")
				.append("<th class=\"num\">Read</th><th class=\"num\">Checked</th><th class=\"num\">Rejected</th>")
				.append("</tr></thead>\n<tbody>\n");
		report.counts().forEach((entity, counts) -> recordsRow(
				"<tr data-entity=\"" + esc(entity) + "\"><td>" + esc(entity) + "</td>", counts));
		html.append("</tbody>\n<tfoot>\n");
		recordsRow("<tr><th>All</th>", report.totals());
		html.append("</tfoot>\n</table>\n");
		ruleRecords();
		html.append("</section>\n");
	}

	private void perRule() {
		Map<String, Map<Status, Integer>> byRule = new TreeMap<>(NaturalOrder.INSTANCE);
		report.rules().forEach(rule -> byRule.put(rule.id(), zeros()));
		report.findings().forEach(f -> byRule.computeIfAbsent(f.finding().ruleId(), id -> zeros())
				.merge(f.finding().status(), 1, Integer::sum));
		html.append("<section id=\"rules\">\n<h2>Findings per rule</h2>\n");
		List<FindingsChart.Bar> bars = new ArrayList<>();
		byRule.forEach((id, counts) -> {
			FindingsChart.Bar bar = new FindingsChart.Bar(id, counts);
			if (bar.total() > 0) {
				bars.add(bar);
			}
		});
		if (bars.isEmpty()) {
			html.append("<p class=\"none\">No rule has findings.</p>\n");
		} else {
			html.append(FindingsChart.svg(bars)).append("<ul class=\"legend\">\n");
			CheckReport.REPORTED.forEach(status -> html.append("<li><span class=\"swatch s-").append(status.word())
					.append("\"></span>").append(status.word()).append("</li>\n"));
			html.append("</ul>\n");
		}
		html.append("<table id=\"rule-table\">\n<thead><tr><th>Rule</th><th>Title</th><th>Severity</th>");
		statusHeadings();
		html.append("</tr></thead>\n<tbody>\n");
		Map<String, RuleInfo> rules = new LinkedHashMap<>();
		report.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
		report.findings().forEach(f -> rules.putIfAbsent(f.finding().ruleId(), f.finding().rule()));
		byRule.forEach((id, counts) -> {
			RuleInfo rule = rules.get(id);
			int total = counts.values().stream().mapToInt(Integer::intValue).sum();
			html.append("<tr data-rule=\"").append(esc(id)).append('"').append(total == 0 ? " class=\"quiet\"" : "")
					.append("><td class=\"mono\">").append(esc(id)).append("</td><td dir=\"auto\">")
					.append(esc(rule.title())).append("</td><td>").append(severityBadge(rule.severity()))
					.append("</td>");
			countCells(counts);
			html.append("</tr>\n");
		});
		html.append("</tbody>\n</table>\n</section>\n");
	}

	private void bySeverity() {
		Map<Severity, Map<Status, Integer>> bySeverity = new LinkedHashMap<>();
		for (Severity severity : Severity.values()) {
			bySeverity.put(severity, zeros());
		}
		report.findings().forEach(f -> bySeverity.get(f.finding().severity()).merge(f.finding().status(), 1,
				Integer::sum));
		html.append("<section id=\"severity\">\n<h2>Findings by severity</h2>\n<p class=\"lead\">Law: rules that ")
				.append("state a statute; guidance: a regulator's recommendation.</p>\n")
				.append("<table id=\"severity-table\">\n<thead><tr><th>Severity</th>");
		statusHeadings();
		html.append("</tr></thead>\n<tbody>\n");
		bySeverity.forEach((severity, counts) -> {
			html.append("<tr data-severity=\"").append(severity.word()).append("\"><td>")
					.append(severityBadge(severity)).append("</td>");
			countCells(counts);
			html.append("</tr>\n");
		});
		html.append("</tbody>\n</table>\n</section>\n");
	}

	private void byArticle() {
		html.append("<section id=\"articles\">\n<h2>Findings by article</h2>\n");
		Map<String, Map<String, List<LocatedFinding>>> byArticle = report.byArticle();
		if (byArticle.isEmpty()) {
			html.append("<p class=\"none\">No findings.</p>\n</section>\n");
			return;
		}
		html.append("<p class=\"lead\">Each legal basis a rule cites, in order; a rule that cites two articles is ")
				.append("shown under both. Within an article, law comes before guidance.</p>\n");
		articleTable(byArticle);
		statusFilter();
		int number = 0;
		for (Map.Entry<String, Map<String, List<LocatedFinding>>> article : byArticle.entrySet()) {
			number++;
			List<List<LocatedFinding>> rules = new ArrayList<>(article.getValue().values());
			rules.sort(Comparator.comparing(findings -> findings.get(0).finding().rule(), BY_SEVERITY_THEN_ID));
			html.append("<section class=\"article\" id=\"article-").append(number).append("\">\n")
					.append("<h3><span dir=\"auto\">")
					.append(esc(article.getKey())).append("</span> <span class=\"article-counts\">")
					.append(articleCounts(rules)).append("</span></h3>\n");
			rules.forEach(this::rule);
			html.append("</section>\n");
		}
		html.append("</section>\n");
	}

	/** One line per article: its findings under rules of law and of guidance, and how many are violations. */
	private void articleTable(Map<String, Map<String, List<LocatedFinding>>> byArticle) {
		html.append("<table class=\"counts\" id=\"article-table\">\n<thead><tr><th>Article</th>")
				.append("<th class=\"num\">law</th><th class=\"num\">guidance</th>")
				.append("<th class=\"num\">violations</th><th class=\"num\">findings</th></tr></thead>\n<tbody>\n");
		int number = 0;
		for (Map.Entry<String, Map<String, List<LocatedFinding>>> article : byArticle.entrySet()) {
			number++;
			int law = 0;
			int guidance = 0;
			int violations = 0;
			for (List<LocatedFinding> findings : article.getValue().values()) {
				for (LocatedFinding located : findings) {
					Finding finding = located.finding();
					law += finding.severity() == Severity.LAW ? 1 : 0;
					guidance += finding.severity() == Severity.GUIDANCE ? 1 : 0;
					violations += finding.status().isViolation() ? 1 : 0;
				}
			}
			html.append("<tr><td dir=\"auto\"><a href=\"#article-").append(number).append("\">")
					.append(esc(article.getKey())).append("</a></td>");
			for (int count : new int[] { law, guidance, violations, law + guidance }) {
				html.append("<td class=\"num").append(count == 0 ? " zero" : "").append("\">").append(count)
						.append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n");
	}

	private void statusFilter() {
		html.append("<fieldset class=\"filter\" id=\"status-filter\" hidden>\n<legend>Show</legend>\n");
		report.byStatus().forEach((status, count) -> html.append("<label><input type=\"checkbox\" value=\"")
				.append(status.word()).append("\" checked> <span class=\"badge s-").append(status.word()).append("\">")
				.append(status.word()).append("</span> ").append(count).append("</label>\n"));
		html.append("</fieldset>\n");
	}

	private String articleCounts(List<List<LocatedFinding>> rules) {
		Map<Status, Integer> counts = zeros();
		rules.forEach(findings -> findings.forEach(f -> counts.merge(f.finding().status(), 1, Integer::sum)));
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		List<String> parts = new ArrayList<>();
		counts.forEach((status, count) -> {
			if (count > 0) {
				parts.add(count + " " + status.word());
			}
		});
		return plural(total, "finding", "findings") + ": " + String.join(", ", parts);
	}

	private void rule(List<LocatedFinding> findings) {
		RuleInfo rule = findings.get(0).finding().rule();
		html.append("<div class=\"rule\" data-rule=\"").append(esc(rule.id())).append("\">\n")
				.append("<h4><span class=\"rule-id\">").append(esc(rule.id())).append("</span> ")
				.append("<span class=\"rule-title\" dir=\"auto\">").append(esc(rule.title()))
				.append("</span> ").append(severityBadge(rule.severity())).append("</h4>\n<p class=\"basis\">Basis: ")
				.append("<span dir=\"auto\">").append(esc(rule.basesText())).append("</span></p>\n")
				.append("<table class=\"findings\">\n<thead><tr><th>Status</th><th>Record</th><th>Location</th>")
				.append("<th>Explanation</th></tr></thead>\n<tbody>\n");
		for (LocatedFinding located : findings) {
			Finding finding = located.finding();
			String status = finding.status().word();
			html.append("<tr data-status=\"").append(status).append("\"><td><span class=\"badge s-").append(status)
					.append("\">").append(status).append("</span></td><td class=\"record mono\">")
					.append(finding.record() == null ? "-"
							: esc(VisibleText.shortened(finding.record(), VisibleText.KEY_LENGTH)))
					.append("</td><td class=\"location mono\">").append(esc(located.location()))
					.append("</td><td class=\"explanation\" dir=\"auto\">").append(esc(finding.explanation()))
					.append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</div>\n");
	}

	private void problems() {
		html.append("<section id=\"problems\">\n<h2>Data problems</h2>\n");
		if (report.problems().isEmpty()) {
			html.append("<p class=\"none\">None: every record could be read.</p>\n</section>\n");
			return;
		}
		html.append("<p class=\"lead\">Data that could not become records to check; the rules did not see it.</p>\n")
				.append("<table id=\"problem-table\">\n<thead><tr><th>Location</th><th>Problem</th></tr></thead>\n")
				.append("<tbody>\n");
		for (DataProblem problem : report.problems()) {
			html.append("<tr><td class=\"location mono\">").append(esc(problem.location()))
					.append("</td><td dir=\"auto\">").append(esc(problem.message())).append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n");
	}

	private boolean hasNotes() {
		return !report.ignoredFiles().isEmpty() || !report.entitiesNoData().isEmpty();
	}

	private void notes() {
		if (!hasNotes()) {
			return;
		}
		html.append("<section id=\"notes\">\n<h2>Notes</h2>\n<ul>\n");
		for (String file : report.ignoredFiles()) {
			html.append("<li>Not read: <code>").append(esc(file))
					.append("</code> (its name is not an entity's)</li>\n");
		}
		for (String entity : report.entitiesNoData()) {
			html.append("<li>No data file for <code>").append(esc(entity)).append("</code>, which rules check</li>\n");
		}
		html.append("</ul>\n</section>\n");
	}

	private void footer(boolean revealsPersonalData) {
		html.append("<footer>\n<p>Written by <code>privacy check</code>. ")
				.append(revealsPersonalData
						? "This report shows personal data: the run was given --reveal-personal-data."
						: "Values of personal data are masked; the report quotes no record content.")
				.append(" Findings are sorted by rule, entity and record.</p>\n</footer>\n");
	}

	private void fact(String name, String valueHtml) {
		html.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>\n");
	}

	private void tile(String id, String kind, long count, String what) {
		html.append("<div class=\"tile").append(kind.isEmpty() ? "" : " " + kind).append("\" id=\"count-").append(id)
				.append("\"><span class=\"count\">").append(count).append("</span><span class=\"what\">").append(what)
				.append("</span></div>\n");
	}

	/** Per rule, the records it judged, those in its scope and those that passed. */
	private void ruleRecords() {
		if (report.ruleCounts().isEmpty()) {
			return;
		}
		html.append("<h3>Records per rule</h3>\n<table class=\"counts\" id=\"rule-records\">\n<thead><tr><th>Rule</th>")
				.append("<th class=\"num\">Records</th><th class=\"num\">In scope</th><th class=\"num\">Passed</th>")
				.append("</tr></thead>\n<tbody>\n");
		report.ruleCounts().forEach((rule, counts) -> {
			html.append("<tr data-rule=\"").append(esc(rule)).append("\"><td class=\"mono\">").append(esc(rule))
					.append("</td>");
			for (long count : new long[] { counts.records(), counts.inScope(), counts.passed() }) {
				html.append("<td class=\"num\">").append(count).append("</td>");
			}
			html.append("</tr>\n");
		});
		html.append("</tbody>\n</table>\n");
	}

	/** A row of the records table: {@code start} opens it and names the entity, the counts follow. */
	private void recordsRow(String start, EntityCounts counts) {
		html.append(start);
		for (int count : new int[] { counts.read(), counts.checked(), counts.rejected() }) {
			html.append("<td class=\"num\">").append(count).append("</td>");
		}
		html.append("</tr>\n");
	}

	private void statusHeadings() {
		CheckReport.REPORTED.forEach(status -> html.append("<th class=\"num\">").append(status.word()).append("</th>"));
		html.append("<th class=\"num\">total</th>");
	}

	private void countCells(Map<Status, Integer> counts) {
		int total = 0;
		for (Map.Entry<Status, Integer> entry : counts.entrySet()) {
			int count = entry.getValue();
			total += count;
			html.append("<td class=\"num").append(count == 0 ? " zero" : "").append("\" data-status=\"")
					.append(entry.getKey().word()).append("\">").append(count).append("</td>");
		}
		html.append("<td class=\"num\" data-status=\"total\">").append(total).append("</td>");
	}

	private static String severityBadge(Severity severity) {
		return "<span class=\"badge severity-" + severity.word() + "\">" + severity.word() + "</span>";
	}

	/** Zero findings of each reported status, in report order. */
	private static Map<Status, Integer> zeros() {
		Map<Status, Integer> counts = new LinkedHashMap<>();
		CheckReport.REPORTED.forEach(status -> counts.put(status, 0));
		return counts;
	}

	private static String esc(String text) {
		return Html.escape(text);
	}

	private static String plural(long n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}
}
