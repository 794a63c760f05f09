package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import tools.jackson.databind.JsonNode;

/**
 * The HTML report in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's chromedriver
 * (never one that Selenium Manager would download). The page must load without script errors or blocked content,
 * draw its chart, show the counts of the JSON report, and show hostile text from rules and data as text.
 */
@Tag("slow") // a headless browser; -Dprivacy.fast leaves it out
class HtmlReportBrowserTest {
	private static final String NOW = "2023-10-12T00:00:00Z";
	private static final Path CHROMIUM = Path.of(System.getProperty("privacy.chromium", "/usr/bin/chromium"));
	private static final Path CHROMEDRIVER = Path.of(System.getProperty("privacy.chromedriver",
			"/usr/bin/chromedriver"));
	private static final String INSTALL = "the HTML report's browser test needs Chromium and its driver: on Debian or "
			+ "Ubuntu run 'sudo apt-get install -y chromium chromium-driver', or point -Dprivacy.chromium and "
			+ "-Dprivacy.chromedriver at a Chromium and the chromedriver of the same version";

	/**
	 * Runs in every page before its own script: records script errors, blocked content (Content-Security-Policy)
	 * and alerts, where a test can read them.
	 */
	private static final String WATCH = """
			window.problems = [];
			window.addEventListener("error", e => window.problems.push("error: " + e.message), true);
			document.addEventListener("securitypolicyviolation",
					e => window.problems.push("blocked by " + e.violatedDirective + ": " + e.blockedURI), true);
			window.alerts = [];
			window.alert = message => window.alerts.push(String(message));
			""";

	@TempDir
	static Path tmp;
	private static ChromeDriver browser;

	@BeforeAll
	static void startBrowser() {
		assertThat(Files.isExecutable(CHROMIUM)).as("no Chromium at %s: %s", CHROMIUM, INSTALL).isTrue();
		assertThat(Files.isExecutable(CHROMEDRIVER)).as("no chromedriver at %s: %s", CHROMEDRIVER, INSTALL).isTrue();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + tmp.resolve("profile"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.build();
		browser = new ChromeDriver(service, options);
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void canalPlusPageShowsTheCountsOfTheJsonReport() {
		JsonNode json = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", "json").json();
		open(writeHtml("canal-plus.html", Cli.canalPlus()));

		assertLoadedCleanly();
		JsonNode summary = json.get("summary");
		assertThat(count(By.cssSelector("#count-findings .count"))).isEqualTo(summary.get("findings").asInt())
				.isEqualTo(112);
		assertThat(count(By.cssSelector("#count-violations .count"))).isEqualTo(summary.get("violations").asInt());
		assertThat(count(By.cssSelector("#count-data-errors .count"))).isEqualTo(summary.get("dataErrors").asInt());
		assertThat(count(By.cssSelector("#count-data-problems .count")))
				.isEqualTo(summary.get("dataProblems").asInt());
		summary.get("byStatus").properties().forEach(status -> assertThat(
				count(By.cssSelector("#by-status [data-status='" + status.getKey() + "'] .count")))
				.as(status.getKey()).isEqualTo(status.getValue().asInt()));
		summary.get("entities").properties().forEach(entity -> {
			List<WebElement> cells = browser
					.findElements(By.cssSelector("#records tr[data-entity='" + entity.getKey() + "'] td.num"));
			assertThat(cells).extracting(cell -> Integer.parseInt(cell.getText())).as(entity.getKey())
					.containsExactly(entity.getValue().get("read").asInt(), entity.getValue().get("checked").asInt(),
							entity.getValue().get("rejected").asInt());
		});
		JsonNode records = summary.get("records");
		assertThat(browser.findElements(By.cssSelector("#records tfoot td.num")))
				.extracting(cell -> Integer.parseInt(cell.getText())).containsExactly(records.get("read").asInt(),
						records.get("checked").asInt(), records.get("rejected").asInt());
		assertThat(ruleTableCounts()).isEqualTo(countsByRuleAndStatus(json));
	}

	@Test
	void chartHasOneVisibleBarPerRuleWithFindingsProportionalToItsCount() {
		JsonNode json = Cli.run("check", Cli.canalPlus().toString(), "--now", NOW, "--format", "json").json();
		open(writeHtml("chart.html", Cli.canalPlus()));

		assertLoadedCleanly();
		Map<String, Map<String, Integer>> expected = countsByRuleAndStatus(json);
		expected.values().removeIf(byStatus -> byStatus.get("total") == 0);
		List<WebElement> bars = browser.findElements(By.cssSelector("svg#rule-chart g.bar"));
		assertThat(bars).extracting(bar -> bar.getDomAttribute("data-rule"))
				.containsExactlyElementsOf(expected.keySet());
		List<Double> pixelsPerFinding = new ArrayList<>();
		for (WebElement bar : bars) {
			String rule = bar.getDomAttribute("data-rule");
			double width = 0;
			for (WebElement segment : bar.findElements(By.tagName("rect"))) {
				Rectangle box = segment.getRect();
				assertThat(box.getWidth()).as(rule).isPositive();
				assertThat(box.getHeight()).as(rule).isPositive();
				assertThat(Integer.parseInt(segment.getDomAttribute("data-count"))).as(rule)
						.isEqualTo(expected.get(rule).get(segment.getDomAttribute("data-status")));
				width += segment.getSize().getWidth();
			}
			int total = Integer.parseInt(bar.findElement(By.cssSelector("text.total")).getText());
			assertThat(total).as(rule).isEqualTo(expected.get(rule).get("total"));
			pixelsPerFinding.add(width / total);
		}
		double first = pixelsPerFinding.get(0);
		assertThat(pixelsPerFinding).allSatisfy(ratio -> assertThat(ratio).isBetween(first * 0.9, first * 1.1));
	}

	@Test
	void statusFilterHidesAndShowsFindings() {
		open(writeHtml("filter.html", Cli.canalPlus()));

		assertLoadedCleanly();
		WebElement exempt = browser.findElement(By.cssSelector("#status-filter input[value='exempt']"));
		assertThat(exempt.isDisplayed()).isTrue();
		By exemptRows = By.cssSelector("#articles tr[data-status='exempt']");
		assertThat(browser.findElements(exemptRows)).isNotEmpty().allMatch(WebElement::isDisplayed);

		exempt.click();

		assertThat(browser.findElements(exemptRows)).noneMatch(WebElement::isDisplayed);
		assertThat(browser.findElements(By.cssSelector("#articles tr[data-status='violated']")))
				.allMatch(WebElement::isDisplayed);
		exempt.click();
		assertThat(browser.findElements(exemptRows)).allMatch(WebElement::isDisplayed);
	}

	@Test
	void printedPageShowsEveryFindingWithoutTheControls() {
		open(writeHtml("print.html", Cli.canalPlus()));
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertLoadedCleanly();
			assertThat(browser.findElement(By.id("status-filter")).isDisplayed()).isFalse();
			assertThat(browser.findElement(By.cssSelector("nav.contents")).isDisplayed()).isFalse();
			assertThat(browser.findElement(By.id("rule-chart")).isDisplayed()).isTrue();
			assertThat(browser.findElements(By.cssSelector("#articles tr[data-status]")))
					.hasSizeGreaterThanOrEqualTo(112).allMatch(WebElement::isDisplayed);
		} finally {
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	void hostileTextFromRulesAndDataIsShownAsWritten() throws IOException {
		String title = "Adults only </script><script>alert(1)</script> \\\"quoted\\\" 'single' ${x} Согласие موافقة";
		String basis = "GDPR art. 8 <b>&amp;</b> <img src=x onerror=alert(2)> ${y} Статья ٨";
		Path dir = Cli.write(tmp.resolve("we<ird> & \"folder\" ${z}"), Map.of(
				"rules/model.privacy", """
						package shop
						entity Customer {
							id: text key
							email: text category user.contact.email
							age: number
						}
						""",
				"rules/rules.privacy", """
						package shop
						policy Shop "Shop rules"
						rule XSS-01 "%s"
							basis "%s"
							Customer requires age >= 18
							explain "customer {email} is {age} years old"
						""".formatted(title, basis),
				"data/Customer.jsonl", """
						{"id": "c<1>&", "email": "jane.doe@example.org", "age": 12}
						{"id": "c2", "email": "x@example.org", "age": "</script><script>alert(3)</script>"}
						""",
				"data/<img src=x onerror=alert(4)>.json", "[]"));
		JsonNode json = Cli.run("check", dir.toString(), "--now", NOW, "--format", "json").json();
		String expectedTitle = json.get("findings").get(0).get("title").asString();
		open(writeHtml("hostile.html", dir));

		assertLoadedCleanly();
		assertThat(expectedTitle).contains("</script><script>alert(1)</script>", "\"quoted\"", "${x}", "Согласие",
				"موافقة");
		assertThat(browser.findElements(By.cssSelector("#articles .rule-title")))
				.extracting(WebElement::getText).containsOnly(expectedTitle);
		assertThat(browser.findElement(By.cssSelector("#articles .basis")).getText())
				.isEqualTo("Basis: GDPR art. 8 <b>&amp;</b> <img src=x onerror=alert(2)> ${y} Статья ٨");
		assertThat(browser.findElement(By.id("subject")).getText()).isEqualTo(dir.toString());
		assertThat(browser.getTitle()).isEqualTo("Privacy check of " + dir);
		assertThat(browser.findElement(By.id("notes")).getText()).contains("<img src=x onerror=alert(4)>.json");
		assertThat(browser.findElement(By.id("articles")).getText()).contains("c<1>&", "j***@***.org")
				.doesNotContain("jane.doe");
		assertThat(browser.getPageSource()).as("record values are never quoted").doesNotContain("alert(3)");
		assertThat(browser.findElements(By.tagName("img"))).isEmpty();
		assertThat(browser.findElements(By.tagName("b"))).isEmpty();
		assertThat(browser.findElements(By.tagName("script"))).hasSize(1);
	}

	/** No script error, nothing blocked, no alert, no error in the console, and the page's own script ran. */
	private static void assertLoadedCleanly() {
		assertThat((List<?>) browser.executeScript("return window.problems")).isEmpty();
		assertThat((List<?>) browser.executeScript("return window.alerts")).isEmpty();
		List<String> consoleErrors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
				.filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString)
				.toList();
		assertThat(consoleErrors).isEmpty();
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("data-script")).isEqualTo("ready");
		String badgeColour = browser.findElement(By.cssSelector(".badge.s-violated")).getCssValue("background-color");
		assertThat(badgeColour).as("the style sheet applies").isNotIn("transparent", "rgba(0, 0, 0, 0)");
	}

	private static Path writeHtml(String name, Path folder) {
		Path file = tmp.resolve(name);
		Cli.Run run = Cli.run("check", folder.toString(), "--now", NOW, "--format", "html", "--out", file.toString());
		assertThat(run.out()).as(run.err()).startsWith("report written to ");
		return file;
	}

	private static void open(Path file) {
		browser.manage().logs().get(LogType.BROWSER); // reading empties it: what an earlier page logged stays there
		browser.get(file.toUri().toString());
	}

	private static int count(By element) {
		return Integer.parseInt(browser.findElement(element).getText());
	}

	/** Rule id to status (and "total") to count, as the page's rule table shows them. */
	private static Map<String, Map<String, Integer>> ruleTableCounts() {
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		for (WebElement row : browser.findElements(By.cssSelector("#rule-table tbody tr"))) {
			Map<String, Integer> byStatus = new TreeMap<>();
			row.findElements(By.cssSelector("td[data-status]")).forEach(
					cell -> byStatus.put(cell.getDomAttribute("data-status"), Integer.parseInt(cell.getText())));
			counts.put(row.getDomAttribute("data-rule"), byStatus);
		}
		return counts;
	}

	/** The same, computed from the JSON report's findings: every rule of the rule table, zeros included. */
	private static Map<String, Map<String, Integer>> countsByRuleAndStatus(JsonNode json) {
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		for (String rule : ruleTableCounts().keySet()) {
			Map<String, Integer> zeros = new TreeMap<>();
			json.get("summary").get("byStatus").propertyNames().forEach(status -> zeros.put(status, 0));
			zeros.put("total", 0);
			counts.put(rule, zeros);
		}
		for (JsonNode finding : json.get("findings")) {
			Map<String, Integer> byStatus = counts.computeIfAbsent(finding.get("rule").asString(),
					rule -> new TreeMap<>());
			byStatus.merge(finding.get("status").asString(), 1, Integer::sum);
			byStatus.merge("total", 1, Integer::sum);
		}
		return counts;
	}
}
