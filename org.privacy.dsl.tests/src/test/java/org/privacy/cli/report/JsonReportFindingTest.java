package org.privacy.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.privacy.check.LocatedFinding;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Severity;
import org.privacy.runtime.Status;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A finding in the JSON report is written with its property names and words quoted once, in advance; the text must
 * be the one writing each string gives, for every status and severity and for texts that need escapes.
 */
class JsonReportFindingTest {
	private static final ObjectWriter PRETTY = new JsonMapper().writer()
			.with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
			.without(StreamWriteFeature.AUTO_CLOSE_TARGET);
	private static final ObjectWriter COMPACT = new JsonMapper().writer().withRootValueSeparator("")
			.without(StreamWriteFeature.AUTO_CLOSE_TARGET);

	@Test
	void aFindingIsWrittenAsWritingEachStringWrites() {
		List<LocatedFinding> findings = new ArrayList<>();
		for (Severity severity : Severity.values()) {
			RuleInfo rule = new RuleInfo("R/1", "A \"title\" with a / slash, é, \u2028 and \t", List.of("GDPR art. 5(1)(c)",
					"CNIL </script>"), severity, "Account");
			for (Status status : Status.values()) {
				findings.add(new LocatedFinding(new Finding(rule, status, status.ordinal() % 2 == 0 ? "a-1" : null,
						List.of("email", "consentAt"), "Account a-1: \"x\" \\ \u0001 ok"), "data/Account.jsonl", 7));
			}
		}
		for (ObjectWriter writer : Arrays.asList(PRETTY, COMPACT)) {
			for (LocatedFinding finding : findings) {
				StringWriter quick = new StringWriter();
				try (JsonGenerator json = writer.createGenerator(quick)) {
					JsonReport.finding(finding, json);
				}
				StringWriter plain = new StringWriter();
				try (JsonGenerator json = writer.createGenerator(plain)) {
					plainly(finding, json);
				}
				assertThat(quick.toString()).isEqualTo(plain.toString()).contains(finding.finding().status().word());
			}
		}
	}

	/** A finding written one string at a time, as the report did before its names and words were quoted once. */
	private static void plainly(LocatedFinding located, JsonGenerator json) {
		Finding finding = located.finding();
		json.writeStartObject();
		json.writeStringProperty("rule", finding.ruleId());
		json.writeStringProperty("title", finding.rule().title());
		json.writeStringProperty("status", finding.status().word());
		json.writeStringProperty("severity", finding.severity().word());
		json.writeArrayPropertyStart("basis");
		finding.rule().bases().forEach(json::writeString);
		json.writeEndArray();
		json.writeStringProperty("entity", finding.entity());
		json.writeStringProperty("record", finding.record());
		json.writeStringProperty("location", located.location());
		json.writeArrayPropertyStart("fields");
		finding.fields().forEach(json::writeString);
		json.writeEndArray();
		json.writeStringProperty("explanation", finding.explanation());
		json.writeEndObject();
	}
}
