package org.privacy.cli.report;

import java.io.PrintWriter;

import org.privacy.check.CheckListener;
import org.privacy.check.DataProblem;
import org.privacy.check.LocatedFinding;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Lines report ({@code --format jsonl}), for millions of records: one object per line, written as the check
 * commits them (in file order, not sorted), so that neither memory nor a sorted copy on disk grows with the data.
 * A finding or outcome has the fields of the JSON report's findings; a data problem has {@code "status":
 * "data-problem"}, its {@code location} and {@code message}. Values are masked as in every report.
 */
public final class JsonLinesReport implements CheckListener {
	private static final ObjectWriter WRITER = new JsonMapper().writer().withRootValueSeparator("")
			.without(StreamWriteFeature.AUTO_CLOSE_TARGET);

	private final PrintWriter out;
	private final JsonGenerator json;

	public JsonLinesReport(PrintWriter out) {
		this.out = out;
		this.json = WRITER.createGenerator(out);
	}

	@Override
	public void finding(LocatedFinding finding) {
		JsonReport.finding(finding, json);
		endLine();
	}

	@Override
	public void problem(DataProblem problem) {
		json.writeStartObject();
		json.writeStringProperty("status", "data-problem");
		json.writeStringProperty("location", problem.location());
		json.writeStringProperty("message", problem.message());
		json.writeEndObject();
		endLine();
	}

	private void endLine() {
		json.writeRaw('\n');
		json.flush();
		if (out.checkError()) {
			throw new java.io.UncheckedIOException(new java.io.IOException("the report could not be written"));
		}
	}
}
