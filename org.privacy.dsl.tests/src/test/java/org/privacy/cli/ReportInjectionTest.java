package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacy.check.VisibleText;
import org.privacy.cli.exit.ExitCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

/**
 * Hostile text in rule titles, bases, explanations, string literals, scenario names and file names ends up as data in
 * every report format: the JSON and SARIF parse and give the text back, the JUnit XML parses and gives it back, the
 * text report keeps one finding a line. (The HTML page has its own tests: HtmlReportTest, HtmlReportBrowserTest.)
 */
class ReportInjectionTest {
	/** Each string as written in a rule file (with the language's escapes) and as its value. */
	record Hostile(String written, String value) {
		@Override
		public String toString() {
			return written;
		}
	}

	static List<Hostile> hostile() {
		return List.of(new Hostile("a \\\"quoted\\\" title", "a \"quoted\" title"),
				new Hostile("back\\\\slash \\\\u000a not an escape", "back\\slash \\u000a not an escape"),
				new Hostile("ends a comment */ and opens one /*", "ends a comment */ and opens one /*"),
				new Hostile("line\\nbreak and\\ttab", "line\nbreak and\ttab"),
				new Hostile("${java.home} #{1+1} %s %n {0}", "${java.home} #{1+1} %s %n {0}"),
				new Hostile("</script><script>alert(1)</script> & <![CDATA[ ]]>",
						"</script><script>alert(1)</script> & <![CDATA[ ]]>"),
				new Hostile("Données — 個人情報 — حماية البيانات — Персональные", "Données — 個人情報 — حماية البيانات — Персональные"),
				new Hostile("\\\"}, \\\"injected\\\": true, \\\"x\\\": {\\\"", "\"}, \"injected\": true, \"x\": {\""));
	}

	@TempDir
	Path dir;

	private void writeRules(Hostile text) throws IOException {
		Cli.write(dir, Map.of("rules/model.privacy", """
				package hostile
				entity Note {
					id: text key
					body: text
				}
				""", "rules/rules.privacy", """
				package hostile
				policy Hostile "TEXT"
				rule H-1 "TEXT"
					basis "TEXT", "GDPR art. 5"
					Note requires body = "TEXT"
					explain "TEXT {id}"
				""".replace("TEXT", text.written()), "data/Note.jsonl", "{\"id\": \"n1\", \"body\": \"something else\"}\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void jsonReportGivesTheTextBack(Hostile text) throws IOException {
		writeRules(text);
		Cli.Run run = check("--format", "json");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		JsonNode finding = run.json().get("findings").get(0);
		assertThat(run.json().get("findings")).hasSize(1);
		assertThat(finding.get("title").asString()).isEqualTo(text.value());
		assertThat(finding.get("basis").get(0).asString()).isEqualTo(text.value());
		assertThat(finding.get("explanation").asString())
				.isEqualTo(text.value() + " n1; required by " + text.value() + ", GDPR art. 5");
		assertThat(run.json().has("injected")).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void textReportKeepsEveryTextOnItsLine(Hostile text) throws IOException {
		writeRules(text);
		String report = check().out();

		String shown = VisibleText.of(text.value());
		assertThat(report).contains("\nH-1 (law) " + shown + "\n", "\n" + shown + "\n",
				"  violated    n1  " + shown + " n1; required by " + shown + ", GDPR art. 5\n");
		// one finding, under each of its two articles, each time on one line
		assertThat(report.lines().filter(line -> line.startsWith("  violated"))).hasSize(2);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void junitXmlParsesAndGivesTheTextBack(Hostile text) throws Exception {
		writeRules(text);
		Cli.write(dir, Map.of("rules/scenarios.privacy", """
				package hostile
				scenario "TEXT"
					now 2024-01-01T00:00Z
					given Note n1 { id = "n1", body = "other" }
					expect H-1 satisfied
				""".replace("TEXT", text.written())));
		Path xml = dir.resolve("junit.xml");

		Cli.Run run = Cli.run("test", dir.resolve("rules").toString(), "--junit", xml.toString());

		assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.FINDINGS);
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
		Element testcase = (Element) document.getElementsByTagName("testcase").item(0);
		assertThat(testcase.getAttribute("name")).isEqualTo(text.value());
		Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
		assertThat(failure.getTextContent()).contains(text.value() + " n1");
		assertThat(document.getElementsByTagName("script").getLength()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void sarifGivesTheFileNameBack(Hostile text) throws IOException {
		String name = text.value().replaceAll("[/\\\\\\n\\t*<>\"]", "_") + ".privacy";
		Path rules = Files.createDirectories(dir.resolve("lint"));
		Files.writeString(rules.resolve(name), "package hostile\nentity {\n", StandardCharsets.UTF_8);

		Cli.Run run = Cli.run("lint", rules.toString(), "--format", "sarif");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		JsonNode result = run.json().get("runs").get(0).get("results").get(0);
		String uri = result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
				.asString();
		assertThat(Path.of(URI.create(uri)).getFileName().toString()).isEqualTo(name);
		assertThat(result.get("message").get("text").asString()).isNotBlank();
	}

	private Cli.Run check(String... options) {
		List<String> args = new ArrayList<>(List.of("check", dir.toString(), "--rules", dir.resolve("rules").toString(),
				"--data", dir.resolve("data").toString(), "--now", "2024-01-01T00:00:00Z"));
		args.addAll(List.of(options));
		return Cli.run(args.toArray(String[]::new));
	}
}
