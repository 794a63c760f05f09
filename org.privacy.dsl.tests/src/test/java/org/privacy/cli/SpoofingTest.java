package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacy.check.VisibleText;
import org.privacy.cli.exit.ExitCode;
import org.privacy.cli.report.Html;

/**
 * Line and paragraph separators and bidirectional controls in titles, bases, explanations, scenario names, file names
 * and record keys are shown as escapes in every report people read, so that a finding cannot span lines or read
 * reversed (issue 10: they were printed raw in the text report, and masking kept a leading U+202E).
 */
class SpoofingTest {
	/** The characters that forge or disguise text, as they are escaped. */
	private static final Map<Character, String> DISGUISING = Map.of('\u2028', "\\u2028", '\u2029', "\\u2029", '\u202e',
			"\\u202e", '\u202a', "\\u202a", '\u2066', "\\u2066", '\u2067', "\\u2067", '\u2069', "\\u2069", '\u200f',
			"\\u200f", '\u061c', "\\u061c", '\u202c', "\\u202c");

	@TempDir
	Path dir;

	private void write(String text) throws IOException {
		Cli.write(dir, Map.of("rules/model.privacy", """
				package spoof
				entity Note {
					id: text key
					author: text category user.contact.email
					body: text
				}
				""", "rules/rules.privacy", """
				package spoof
				policy Spoof "TEXT"
				rule S-1 "TEXT"
					basis "TEXT", "GDPR art. 5"
					Note requires body = "ok"
					explain "TEXT by {author}"
				""".replace("TEXT", text), "rules/scenarios.privacy", """
				package spoof
				scenario "TEXT"
					now 2024-01-01T00:00Z
					given Note n1 { id = "TEXT", author = "\u202eevil@example.com", body = "other" }
					expect S-1 satisfied
				""".replace("TEXT", text), "data/Note.jsonl",
				"{\"id\": \"key\\u202e" + text + "\", \"author\": \"\\u202eevil@example.com\", \"body\": \"no\"}\n"));
	}

	static List<String> texts() {
		return List.of("invoice \u202egpj.exe", "one\u2028two\u2029three", "\u2066isolated\u2069 \u2067rtl\u2069",
				"mark\u200f \u061c \u202aembedding\u202c");
	}

	@ParameterizedTest(name = "{index}")
	@ValueSource(ints = { 0, 1, 2, 3 })
	void theTextReportShowsThemAsEscapes(int which) throws IOException {
		String text = texts().get(which);
		write(text);

		Cli.Run run = check("text");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		assertNoneRaw(run.out());
		assertThat(run.out()).contains("\nS-1 (law) " + VisibleText.of(text) + "\n",
				"  violated    key\\u202e" + VisibleText.of(text));
		// the masked author keeps no override
		assertThat(run.out()).contains(VisibleText.of(text) + " by ****@***.com;");
	}

	@ParameterizedTest(name = "{index}")
	@ValueSource(ints = { 0, 1, 2, 3 })
	void theHtmlReportShowsThemAsEscapes(int which) throws IOException {
		String text = texts().get(which);
		write(text);

		Cli.Run run = check("html");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		assertNoneRaw(run.out());
		assertThat(run.out()).contains(Html.escape(VisibleText.of(text)));
	}

	@ParameterizedTest(name = "{index}")
	@ValueSource(ints = { 0, 1, 2, 3 })
	void theJsonReportKeepsThemForPrograms(int which) throws IOException {
		String text = texts().get(which);
		write(text);

		Cli.Run run = check("json");

		assertThat(run.json().get("findings").get(0).get("title").asString()).isEqualTo(text);
		assertThat(run.json().get("findings").get(0).get("record").asString()).isEqualTo("key\u202e" + text);
	}

	@Test
	void testOutputAndJunitShowThemAsEscapes() throws IOException {
		String text = texts().get(0) + texts().get(1);
		write(text);
		Path junit = dir.resolve("junit.xml");

		Cli.Run run = Cli.run("test", dir.resolve("rules").toString(), "--junit", junit.toString());

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		assertNoneRaw(run.out());
		assertThat(run.out()).contains("FAIL " + VisibleText.of(text) + " (");
		String xml = Files.readString(junit, StandardCharsets.UTF_8);
		assertNoneRaw(xml);
		assertThat(xml).contains("name=\"" + VisibleText.of(text) + "\"");
	}

	@Test
	void lintShowsThemAsEscapesInFileNames() throws IOException {
		Path rules = Files.createDirectories(dir.resolve("lint"));
		Files.writeString(rules.resolve("rules\u202egpj.privacy"), "package spoof\nentity {\n", StandardCharsets.UTF_8);

		Cli.Run text = Cli.run("lint", rules.toString());
		Cli.Run check = Cli.run("check", rules.toString(), "--rules", rules.toString());

		assertThat(text.exitCode()).as(text.err()).isEqualTo(ExitCode.FINDINGS);
		assertNoneRaw(text.out() + text.err());
		assertThat(text.out()).contains("rules\\u202egpj.privacy:");
		assertThat(check.exitCode()).isEqualTo(ExitCode.INVALID);
		assertNoneRaw(check.out() + check.err());
		assertThat(check.err()).contains("rules\\u202egpj.privacy:");
	}

	private static void assertNoneRaw(String report) {
		for (Map.Entry<Character, String> c : DISGUISING.entrySet()) {
			assertThat(report.indexOf(c.getKey())).as("raw %s in the report", c.getValue()).isEqualTo(-1);
		}
	}

	private Cli.Run check(String format) {
		return Cli.run("check", dir.toString(), "--rules", dir.resolve("rules").toString(), "--data",
				dir.resolve("data").toString(), "--now", "2024-01-01T00:00:00Z", "--format", format);
	}
}
