package org.privacy.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.privacy.check.VisibleText;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.IssueCodeRegistry;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A lint report as SARIF 2.1.0, for code review tools: one run of the {@code privacy} tool whose rules are the
 * language's issue codes, one result per diagnostic. Locations are relative to {@code %SRCROOT%}, the folder the
 * command ran in. No timestamp: the same rules, run from the same folder, give the same bytes.
 */
public final class SarifReport {
	public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	public static final String VERSION = "2.1.0";
	public static final String SRCROOT = "%SRCROOT%";

	private static final JsonMapper MAPPER = new JsonMapper();
	private static final ObjectWriter WRITER = MAPPER.writer().with(
			new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

	private SarifReport() {
	}

	public static String render(LintReport report, String toolVersion) {
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		List<IssueCodeRegistry.IssueCode> rules = new ArrayList<>(IssueCodeRegistry.all());
		rules.forEach(rule -> ruleIndex.put(rule.code(), ruleIndex.size()));
		for (Diagnostic diagnostic : report.diagnostics()) { // a code the table lacks still gets a rule
			if (!ruleIndex.containsKey(diagnostic.code())) {
				ruleIndex.put(diagnostic.code(), ruleIndex.size());
				rules.add(new IssueCodeRegistry.IssueCode(diagnostic.code(), diagnostic.kind(), diagnostic.code(), ""));
			}
		}

		ObjectNode root = MAPPER.createObjectNode();
		root.put("$schema", SCHEMA);
		root.put("version", VERSION);
		ObjectNode run = root.putArray("runs").addObject();
		ObjectNode driver = run.putObject("tool").putObject("driver");
		driver.put("name", "privacy");
		driver.put("version", toolVersion);
		ArrayNode ruleNodes = driver.putArray("rules");
		for (IssueCodeRegistry.IssueCode rule : rules) {
			ObjectNode node = ruleNodes.addObject();
			node.put("id", rule.code());
			node.putObject("shortDescription").put("text", rule.description());
			if (!rule.example().isEmpty()) {
				ObjectNode help = node.putObject("help");
				help.put("text", rule.description() + " For example: " + rule.example());
				help.put("markdown", rule.description() + "\n\nFor example:\n\n```privacy\n" + rule.example() + "\n```");
			}
			node.putObject("defaultConfiguration").put("level", sarifLevel(rule.level()));
		}
		String base = report.base().toUri().toASCIIString();
		run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", base.endsWith("/") ? base : base + "/");
		run.put("columnKind", "utf16CodeUnits");
		ArrayNode results = run.putArray("results");
		for (Diagnostic diagnostic : report.diagnostics()) {
			results.add(result(report, diagnostic, ruleIndex.get(diagnostic.code())));
		}
		return WRITER.writeValueAsString(root) + "\n";
	}

	private static ObjectNode result(LintReport report, Diagnostic diagnostic, int ruleIndex) {
		ObjectNode result = MAPPER.createObjectNode();
		result.put("ruleId", diagnostic.code());
		result.put("ruleIndex", ruleIndex);
		result.put("level", sarifLevel(diagnostic.kind()));
		result.putObject("message").put("text", VisibleText.of(diagnostic.message())); // shown to people
		ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
		ObjectNode artifact = physical.putObject("artifactLocation");
		artifact.put("uri", report.uri(diagnostic));
		if (report.underBase(diagnostic)) {
			artifact.put("uriBaseId", SRCROOT);
		}
		physical.putObject("region").put("startLine", Math.max(1, diagnostic.line()))
				.put("startColumn", Math.max(1, diagnostic.column()));
		if (diagnostic.suppressed()) { // silenced by a "// privacy: allow CODE" comment in the file
			result.putArray("suppressions").addObject().put("kind", "inSource");
		}
		return result;
	}

	/** The SARIF level of a kind: {@code error}, {@code warning} or {@code note}. */
	public static String sarifLevel(Diagnostic.Kind kind) {
		return switch (kind) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}
}
