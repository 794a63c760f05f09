package org.privacy.cli.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.privacy.check.VisibleText;
import org.privacy.dsl.scenarios.ScenarioCoverage;
import org.privacy.dsl.scenarios.ScenarioResult;

/**
 * The reports of {@code privacy test}: text for people, JUnit XML for CI, coverage as text or JSON. Text meant for
 * people (the text report, the JUnit messages) shows disguising characters as escapes ({@link VisibleText}).
 */
public final class ScenarioReport {
	private ScenarioReport() {
	}

	public static String text(List<ScenarioResult> results) {
		StringBuilder out = new StringBuilder();
		int passed = 0;
		for (ScenarioResult r : results) {
			if (r.passed()) {
				passed++;
				out.append("pass ").append(VisibleText.of(r.scenario().name())).append('\n');
				continue;
			}
			out.append("FAIL ").append(VisibleText.of(r.scenario().name())).append(" (")
					.append(VisibleText.of(r.scenario().file().toString())).append(':')
					.append(r.scenario().line()).append(")\n");
			if (r.error() != null) {
				out.append("  error: ").append(VisibleText.of(r.error())).append('\n');
			}
			for (ScenarioResult.Outcome o : r.outcomes()) {
				if (o.passed()) {
					continue;
				}
				out.append("  ").append(VisibleText.of(o.expected().text())).append(" (line ")
						.append(o.expected().line()).append(")\n");
				out.append("    expected: ").append(VisibleText.of(expectedText(o))).append('\n');
				out.append("    actual:   ").append(VisibleText.of(o.actualText())).append('\n');
				for (String explanation : o.explanations()) {
					out.append("    because:  ").append(VisibleText.of(explanation)).append('\n');
				}
			}
		}
		out.append(passed).append(" passed, ").append(results.size() - passed).append(" failed\n");
		return out.toString();
	}

	private static String expectedText(ScenarioResult.Outcome o) {
		var e = o.expected();
		String status = e.status() == null ? "" : e.status();
		String forRecord = e.record() == null ? "" : " for " + e.record();
		if (e.count() != null) {
			return e.count() + (status.isEmpty() ? "" : " " + status) + (e.count() == 1 ? " finding" : " findings")
					+ forRecord;
		}
		return status + forRecord;
	}

	public static String junit(List<ScenarioResult> results) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
		for (Map.Entry<String, List<ScenarioResult>> file : byFile(results).entrySet()) {
			List<ScenarioResult> suite = file.getValue();
			long failures = suite.stream().filter(r -> !r.passed()).count();
			xml.append("  <testsuite name=\"").append(xml(file.getKey())).append("\" tests=\"").append(suite.size())
					.append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
			for (ScenarioResult r : suite) {
				xml.append("    <testcase name=\"").append(xml(r.scenario().name())).append("\" classname=\"")
						.append(xml(file.getKey())).append("\"");
				if (r.passed()) {
					xml.append("/>\n");
					continue;
				}
				StringBuilder message = new StringBuilder();
				StringBuilder body = new StringBuilder();
				if (r.error() != null) {
					message.append(r.error());
				}
				for (ScenarioResult.Outcome o : r.outcomes()) {
					if (!o.passed()) {
						String line = o.expected().text() + ": expected " + expectedText(o) + ", actual " + o.actualText();
						message.append(message.isEmpty() ? "" : "; ").append(line);
						body.append(line).append('\n');
						o.explanations().forEach(x -> body.append("  because: ").append(x).append('\n'));
					}
				}
				xml.append(">\n      <failure message=\"").append(xml(message.toString())).append("\">")
						.append(xml(body.toString())).append("</failure>\n    </testcase>\n");
			}
			xml.append("  </testsuite>\n");
		}
		return xml.append("</testsuites>\n").toString();
	}

	public static String coverageText(ScenarioCoverage coverage) {
		StringBuilder out = new StringBuilder();
		long full = coverage.rules().stream().filter(ScenarioCoverage.Entry::full).count();
		out.append("coverage: ").append(full).append(" of ").append(coverage.rules().size())
				.append(" rules have a violating and a passing scenario\n");
		int width = 8;
		for (ScenarioCoverage.Entry e : coverage.rules()) {
			width = Math.max(width, e.name().length());
		}
		for (ScenarioCoverage.Entry e : coverage.articles()) {
			width = Math.max(width, e.name().length());
		}
		String format = "  %-" + width + "s  %-9s  %s%n";
		out.append(String.format(format, "rule", "violation", "pass"));
		coverage.rules().forEach(e -> out.append(String.format(format, e.name(), yes(e.violation()), yes(e.pass()))));
		out.append(String.format(format, "article", "violation", "pass"));
		coverage.articles().forEach(e -> out.append(String.format(format, e.name(), yes(e.violation()), yes(e.pass()))));
		return out.toString();
	}

	private static String yes(boolean b) {
		return b ? "yes" : "no";
	}

	public static String coverageJson(ScenarioCoverage coverage) {
		StringBuilder json = new StringBuilder("{\n  \"full\": ").append(coverage.full()).append(",\n  \"rules\": [");
		entries(json, coverage.rules(), "rule");
		json.append("],\n  \"articles\": [");
		entries(json, coverage.articles(), "article");
		return json.append("]\n}\n").toString();
	}

	private static void entries(StringBuilder json, List<ScenarioCoverage.Entry> entries, String key) {
		for (int i = 0; i < entries.size(); i++) {
			ScenarioCoverage.Entry e = entries.get(i);
			json.append(i == 0 ? "\n" : ",\n").append("    {\"").append(key).append("\": ").append(quote(e.name()))
					.append(", \"violation\": ").append(e.violation()).append(", \"pass\": ").append(e.pass()).append('}');
		}
		if (!entries.isEmpty()) {
			json.append("\n  ");
		}
	}

	private static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			} else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

	private static String xml(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\n' -> out.append("&#10;");
				// as references, so that XML's attribute normalisation keeps them
				case '\t' -> out.append("&#9;");
				case '\r' -> out.append("&#13;");
				default -> {
					if (c >= 0x20 && VisibleText.disguises(c)) {
						// people read these in CI: a bidirectional control would reorder the text around it
						VisibleText.appendEscape(out, c);
					} else if (c >= 0x20) {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/** The results grouped by file, in order. */
	public static Map<String, List<ScenarioResult>> byFile(List<ScenarioResult> results) {
		Map<String, List<ScenarioResult>> files = new LinkedHashMap<>();
		for (ScenarioResult r : results) {
			files.computeIfAbsent(String.valueOf(r.scenario().file()), f -> new java.util.ArrayList<>()).add(r);
		}
		return files;
	}
}
