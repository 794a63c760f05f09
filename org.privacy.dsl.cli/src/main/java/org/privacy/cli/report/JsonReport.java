package org.privacy.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.privacy.check.DataProblem;
import org.privacy.check.EntityCounts;
import org.privacy.check.LocatedFinding;
import org.privacy.check.RuleCounts;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Severity;
import org.privacy.runtime.Status;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON report: {@code now}, a {@code summary} (record counts, findings, violations, counts by status, and per
 * rule the records judged, in scope and passed), the {@code findings} in report order (with {@code --outcomes all},
 * every satisfied and not-applicable outcome too), the {@code dataProblems} and the {@code ignoredFiles}. Same input, same bytes.
 * Written with Jackson's streaming generator, one finding at a time, so that millions of findings need no memory.
 */
public final class JsonReport {
	private static final ObjectWriter WRITER = new JsonMapper().writer()
			.with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
			.without(StreamWriteFeature.AUTO_CLOSE_TARGET);

	/*
	 * The names of a finding's properties and the words of its status and severity, quoted once: written for every
	 * finding (millions in a bulk report). All are plain ASCII words, which need no escape, so the bytes are the ones
	 * writing the strings gives.
	 */
	private static final SerializableString RULE = new SerializedString("rule");
	private static final SerializableString TITLE = new SerializedString("title");
	private static final SerializableString STATUS = new SerializedString("status");
	private static final SerializableString SEVERITY = new SerializedString("severity");
	private static final SerializableString BASIS = new SerializedString("basis");
	private static final SerializableString ENTITY = new SerializedString("entity");
	private static final SerializableString RECORD = new SerializedString("record");
	private static final SerializableString LOCATION = new SerializedString("location");
	private static final SerializableString FIELDS = new SerializedString("fields");
	private static final SerializableString EXPLANATION = new SerializedString("explanation");
	private static final SerializableString[] STATUS_WORDS = words(Status.values(), Status::word);
	private static final SerializableString[] SEVERITY_WORDS = words(Severity.values(), Severity::word);

	private JsonReport() {
	}

	/** The word of each value, quoted once, by ordinal. */
	private static <E extends Enum<E>> SerializableString[] words(E[] values, Function<E, String> word) {
		SerializableString[] words = new SerializableString[values.length];
		for (E value : values) {
			words[value.ordinal()] = new SerializedString(word.apply(value));
		}
		return words;
	}

	public static void write(CheckReport report, PrintWriter out) {
		try (JsonGenerator json = WRITER.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("now", report.now().toString());
			json.writeName("summary");
			summary(report, json);
			json.writeArrayPropertyStart("findings");
			for (LocatedFinding finding : report.findings()) {
				finding(finding, json);
			}
			json.writeEndArray();
			json.writeArrayPropertyStart("dataProblems");
			for (DataProblem problem : report.problems()) {
				json.writeStartObject();
				json.writeStringProperty("file", problem.file());
				json.writeNumberProperty("line", problem.line());
				json.writeStringProperty("message", problem.message());
				json.writeEndObject();
			}
			json.writeEndArray();
			stringArray(json, "ignoredFiles", report.ignoredFiles());
			json.writeEndObject();
		}
		out.write("\n");
		out.flush();
	}

	private static void summary(CheckReport report, JsonGenerator json) {
		json.writeStartObject();
		json.writeName("records");
		counts(report.totals(), json);
		json.writeNumberProperty("findings", report.findings().size());
		json.writeNumberProperty("violations", report.violations());
		json.writeNumberProperty("dataErrors", report.dataErrors());
		json.writeNumberProperty("dataProblems", report.problems().size());
		json.writeObjectPropertyStart("byStatus");
		for (Map.Entry<Status, Long> entry : report.byStatus().entrySet()) {
			json.writeNumberProperty(entry.getKey().word(), entry.getValue());
		}
		json.writeEndObject();
		json.writeObjectPropertyStart("entities");
		for (Map.Entry<String, EntityCounts> entity : report.counts().entrySet()) {
			json.writeName(entity.getKey());
			counts(entity.getValue(), json);
		}
		json.writeEndObject();
		json.writeObjectPropertyStart("rules");
		for (Map.Entry<String, RuleCounts> rule : report.ruleCounts().entrySet()) {
			json.writeObjectPropertyStart(rule.getKey());
			json.writeNumberProperty("records", rule.getValue().records());
			json.writeNumberProperty("inScope", rule.getValue().inScope());
			json.writeNumberProperty("passed", rule.getValue().passed());
			json.writeEndObject();
		}
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void counts(EntityCounts counts, JsonGenerator json) {
		json.writeStartObject();
		json.writeNumberProperty("read", counts.read());
		json.writeNumberProperty("checked", counts.checked());
		json.writeNumberProperty("rejected", counts.rejected());
		json.writeEndObject();
	}

	/** One finding or outcome, as the JSON report and the JSON Lines report write it. */
	public static void finding(LocatedFinding located, JsonGenerator json) {
		Finding finding = located.finding();
		json.writeStartObject();
		json.writeName(RULE);
		json.writeString(finding.ruleId());
		json.writeName(TITLE);
		json.writeString(finding.rule().title());
		json.writeName(STATUS);
		json.writeString(STATUS_WORDS[finding.status().ordinal()]);
		json.writeName(SEVERITY);
		json.writeString(SEVERITY_WORDS[finding.severity().ordinal()]);
		stringArray(json, BASIS, finding.rule().bases());
		json.writeName(ENTITY);
		json.writeString(finding.entity());
		json.writeName(RECORD);
		json.writeString(finding.record());
		json.writeName(LOCATION);
		json.writeString(located.location());
		stringArray(json, FIELDS, finding.fields());
		json.writeName(EXPLANATION);
		json.writeString(finding.explanation());
		json.writeEndObject();
	}

	private static void stringArray(JsonGenerator json, String name, List<String> values) {
		json.writeArrayPropertyStart(name);
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

	private static void stringArray(JsonGenerator json, SerializableString name, List<String> values) {
		json.writeName(name);
		json.writeStartArray();
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}
}
