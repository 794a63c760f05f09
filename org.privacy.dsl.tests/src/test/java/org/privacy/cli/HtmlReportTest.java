package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.check.DataProblem;
import org.privacy.check.EntityCounts;
import org.privacy.check.LocatedFinding;
import org.privacy.check.ReportInputs;
import org.privacy.cli.report.CheckReport;
import org.privacy.cli.report.FindingsChart;
import org.privacy.cli.report.Html;
import org.privacy.cli.report.HtmlReport;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Severity;
import org.privacy.runtime.Status;

/** The HTML report as text: escaping, no personal data, self-contained, deterministic. */
class HtmlReportTest {
	private static final String NOW = "2023-10-12T00:00:00Z";
	private static final String HOSTILE = "</script><script>alert(1)</script> \"quoted\" 'single' ${x} & Согласие موافقة";

	@Test
	void escapesMarkupAndQuotesAndKeepsOtherText() {
		assertThat(Html.escape("a<b>&\"c\"'d'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
		String unchanged = "${x} Согласие موافقة 😀\ttab";
		assertThat(Html.escape(unchanged)).isEqualTo(unchanged);
		assertThat(Html.escape("lone \uD800 half, nul \u0000")).isEqualTo("lone \uFFFD half, nul \uFFFD");
	}

	@Test
	void textFromRulesAndDataIsTextNotMarkup() {
		String page = HtmlReport.render(hostileReport(), false);

		assertThat(occurrences(page, "<script")).isOne();
		assertThat(occurrences(page, "</script>")).isOne();
		assertThat(page).doesNotContain("<img", "<b>", "alert(1)</script>")
				.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39; "
						+ "${x} &amp; Согласие موافقة")
				.contains("&lt;img src=x onerror=alert(2)&gt;.json", "data/&lt;b&gt;&amp;.jsonl:3",
						"<title>Privacy check of dir &quot;&lt;x&gt;&quot;</title>");
	}

	@Test
	void pageLoadsNothingFromElsewhere() {
		String page = HtmlReport.render(hostileReport(), false);

		assertThat(page).doesNotContain("http:", "https:", "url(", "@import", "<link", "<iframe", "<img")
				.doesNotContainPattern("<[a-z][^>]*\\ssrc=");
		Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
		while (href.find()) {
			assertThat(href.group(1)).startsWith("#");
		}
		assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
	}

	@Test
	void contentSecurityPolicyAllowsExactlyTheInlineStyleAndScript() throws NoSuchAlgorithmException {
		String page = HtmlReport.render(hostileReport(), false);

		String style = between(page, "<style>", "</style>");
		String script = between(page, "<script>", "</script>");
		assertThat(page).contains("style-src '" + sha256(style) + "'", "script-src '" + sha256(script) + "'");
	}

	@Test
	void chartHasOneBarPerRuleWithFindings() {
		String page = HtmlReport.render(hostileReport(), false);

		assertThat(occurrences(page, "<g class=\"bar\"")).isOne();
		assertThat(page).contains("<g class=\"bar\" data-rule=\"XSS-01\" data-total=\"2\">")
				.contains("<tr data-rule=\"QUIET-01\" class=\"quiet\">");
	}

	@Test
	void chartBarsAreProportionalAndStartAfterTheLongestRuleId() {
		Map<Status, Integer> ten = new LinkedHashMap<>();
		ten.put(Status.VIOLATED, 6);
		ten.put(Status.EXEMPT, 4);
		String svg = FindingsChart.svg(List.of(new FindingsChart.Bar("CONSENT-WITHDRAWN-01", ten),
				new FindingsChart.Bar("A-1", Map.of(Status.LATE, 5))));

		assertThat(svg).contains("<rect class=\"s-violated\" data-status=\"violated\" data-count=\"6\" x=\"172\"",
				"width=\"326.40\"", "<rect class=\"s-exempt\" data-status=\"exempt\" data-count=\"4\" x=\"498.40\"",
				"width=\"217.60\"", "<rect class=\"s-late\" data-status=\"late\" data-count=\"5\" x=\"172\"",
				"width=\"272\"");
	}

	@Test
	void aReportWithoutFindingsSaysSo() {
		CheckReport empty = new CheckReport("shop", Instant.parse(NOW), List.of("Shop"), List.of(),
				ReportParts.findings(List.of()), ReportParts.problems(List.of()), Map.of(), List.of(), Set.of());

		String page = HtmlReport.render(empty, false);

		assertThat(page).doesNotContain("<svg").contains("No rule has findings.", "No findings.",
				"no violation, no data error, no data problem");
	}

	@Test
	void sameReportSameBytesWhateverTheLocale() {
		String page = HtmlReport.render(hostileReport(), false);
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("ar-EG"));
			assertThat(HtmlReport.render(hostileReport(), false)).isEqualTo(page);
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void personalDataIsMaskedUnlessRevealed(@TempDir Path dir) throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("data/Customer.jsonl", """
				{"id": "c1", "email": "jane.doe@example.org", "age": 12}
				""", "data/Purchase.csv", "id,customer,amount\n"));

		String masked = Cli.run("check", dir.toString(), "--now", NOW, "--format", "html").out();
		String revealed = Cli.run("check", dir.toString(), "--now", NOW, "--format", "html", "--reveal-personal-data")
				.out();

		assertThat(masked).doesNotContain("jane.doe", "example.org").contains("AGE-01", "<dd>masked</dd>");
		assertThat(revealed).contains("jane.doe@example.org", "<strong>shown</strong>");
	}

	@Test
	void canalPlusPageShowsNoRawPersonalDataAndIsWrittenAtomically(@TempDir Path tmp) throws IOException {
		Path file = tmp.resolve("report.html");
		String[] args = { "check", Cli.canalPlus().toString(), "--now", NOW, "--format", "html" };

		Cli.Run printed = Cli.run(args);
		Cli.Run written = Cli.run(concat(args, "--out", file.toString()));

		assertThat(printed.exitCode()).as(printed.err()).isEqualTo(1);
		assertThat(printed.out()).doesNotContain("emp.gchevalier1").doesNotContainPattern("[\\w.+-]+@[\\w-]+\\.\\w+")
				.contains("********r1");
		assertThat(written.out()).startsWith("report written to ").contains("112 findings");
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(printed.out())
				.isEqualTo(Cli.run(args).out());
		try (var files = Files.list(tmp)) {
			assertThat(files).containsExactly(file);
		}
	}

	/** A report whose every text tries to break out of HTML. */
	private static CheckReport hostileReport() {
		RuleInfo hostile = new RuleInfo("XSS-01", HOSTILE, List.of("GDPR art. 8 <b>&</b> " + HOSTILE, "GDPR art. 7"),
				Severity.LAW, "Customer");
		RuleInfo quiet = new RuleInfo("QUIET-01", "Nothing to see", List.of("GDPR art. 5"), Severity.GUIDANCE,
				"Customer");
		List<LocatedFinding> findings = List.of(
				new LocatedFinding(new Finding(hostile, Status.VIOLATED, "c<1>", List.of("age"),
						"customer g***@***.org is 12 years old " + HOSTILE), "data/<b>&.jsonl", 3),
				new LocatedFinding(new Finding(hostile, Status.DATA_ERROR, null, List.of("age"),
						"'age' should be a number but is the text \"</script><script>alert(3)</script>\""),
						"data/<b>&.jsonl", 4));
		EntityCounts customers = ReportInputs.counts(1, 1, 0);
		Map<String, EntityCounts> counts = new TreeMap<>(Map.of("Customer<&>", customers));
		return new CheckReport("dir \"<x>\"", Instant.parse(NOW), List.of("Shop<&>"), List.of(hostile, quiet),
				ReportParts.findings(findings),
				ReportParts.problems(List.of(new DataProblem("data/a&b.csv", 2, "bad row <here>"))), counts,
				List.of("<img src=x onerror=alert(2)>.json"), Set.of("Purchase"));
	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from));
	}

	private static String sha256(String text) throws NoSuchAlgorithmException {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		return "sha256-" + Base64.getEncoder().encodeToString(digest);
	}

	private static String[] concat(String[] args, String... more) {
		String[] all = new String[args.length + more.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		return all;
	}
}
