package org.privacy.cli;

import java.util.Map;

import org.privacy.runtime.Finding;
import org.privacy.runtime.Status;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON report: {@code now}, a {@code summary} (record counts, findings, violations, counts by status), the
 * {@code findings} in report order, the {@code dataProblems} and the {@code ignoredFiles}. Same input, same bytes.
 */
final class JsonReport {
	private static final JsonMapper MAPPER = new JsonMapper();
	private static final ObjectWriter WRITER = MAPPER.writer().with(
			new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

	private JsonReport() {
	}

	static String render(CheckReport report) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("now", report.now().toString());
		root.set("summary", summary(report));
		ArrayNode findings = root.putArray("findings");
		report.findings().forEach(f -> findings.add(finding(f)));
		ArrayNode problems = root.putArray("dataProblems");
		for (DataProblem problem : report.problems()) {
			problems.addObject().put("file", problem.file()).put("line", problem.line())
					.put("message", problem.message());
		}
		ArrayNode ignored = root.putArray("ignoredFiles");
		report.ignoredFiles().forEach(ignored::add);
		return WRITER.writeValueAsString(root) + "\n";
	}

	private static ObjectNode summary(CheckReport report) {
		ObjectNode summary = MAPPER.createObjectNode();
		summary.set("records", counts(report.totals()));
		summary.put("findings", report.findings().size());
		summary.put("violations", report.violations());
		summary.put("dataErrors", report.dataErrors());
		summary.put("dataProblems", report.problems().size());
		ObjectNode byStatus = summary.putObject("byStatus");
		for (Map.Entry<Status, Integer> entry : report.byStatus().entrySet()) {
			byStatus.put(entry.getKey().word(), entry.getValue());
		}
		ObjectNode entities = summary.putObject("entities");
		report.counts().forEach((entity, counts) -> entities.set(entity, counts(counts)));
		return summary;
	}

	private static ObjectNode counts(EntityCounts counts) {
		ObjectNode node = MAPPER.createObjectNode();
		node.put("read", counts.read());
		node.put("checked", counts.checked());
		node.put("rejected", counts.rejected());
		return node;
	}

	private static ObjectNode finding(LocatedFinding located) {
		Finding finding = located.finding();
		ObjectNode node = MAPPER.createObjectNode();
		node.put("rule", finding.ruleId());
		node.put("title", finding.rule().title());
		node.put("status", finding.status().word());
		node.put("severity", finding.severity().word());
		ArrayNode basis = node.putArray("basis");
		finding.rule().bases().forEach(basis::add);
		node.put("entity", finding.entity());
		node.put("record", finding.record());
		node.put("location", located.location());
		ArrayNode fields = node.putArray("fields");
		finding.fields().forEach(fields::add);
		node.put("explanation", finding.explanation());
		return node;
	}
}
