package org.privacy.check;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads CSV with a header row (RFC 4180: quoted cells may hold commas, quotes and line breaks; CRLF or LF). Rows are
 * read as arrays so that a row with too many or too few cells, or with bytes that are not UTF-8
 * ({@link MarkingUtf8Reader}), is rejected on its own instead of ending the file; the header gives the schema that
 * names the cells. An empty cell is a missing value; values stay text, which the
 * runtime's {@code Values} parses.
 * <p>
 * The cells are separated by commas, or by semicolons or tabs ({@link CsvSeparator}).
 */
final class CsvRecordReader implements DataReader {
	private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY)
			.enable(CsvReadFeature.SKIP_EMPTY_LINES).build();
	/** How far into the file the header row is looked for when choosing the separator. */
	private static final int HEADER_BYTES = 1 << 16;

	@Override
	public void read(InputStream in, RecordSink sink) {
		int line = 1;
		BufferedInputStream buffered = new BufferedInputStream(in, HEADER_BYTES);
		ObjectReader reader = MAPPER.reader()
				.with(CsvSchema.emptySchema().withColumnSeparator(separator(buffered)));
		MarkingUtf8Reader text = new MarkingUtf8Reader(buffered);
		try (JsonParser parser = reader.createParser(text)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				return;
			}
			CsvSchema header = null;
			while (parser.nextToken() == JsonToken.START_ARRAY) {
				List<String> cells = new ArrayList<>();
				line = -1;
				for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY;
						token = parser.nextToken()) {
					if (line < 0) {
						line = parser.currentTokenLocation().getLineNr();
					}
					cells.add(parser.getString());
				}
				if (cells.isEmpty()) {
					continue;
				}
				boolean utf8 = !text.replacedBefore(parser.currentLocation().getCharOffset());
				if (header == null && !utf8) {
					sink.fileProblem(line, "the header row is not UTF-8 text; the rest of the file could not be read");
					return;
				}
				if (!utf8) {
					sink.rejected(line, "the row is not UTF-8 text");
				} else if (header == null) {
					header = header(cells, line, sink);
					if (header == null || !sink.columns(columnNames(header), line)) {
						return;
					}
				} else if (cells.size() != header.size()) {
					sink.rejected(line, "the row has " + cells.size() + " cells but the header has " + header.size());
				} else {
					sink.record(values(header, cells), line);
				}
			}
		} catch (JacksonException e) {
			String problem = JsonValues.isNotUtf8(e) ? "the text is not UTF-8"
					: "not valid CSV (a quoted cell may not be closed)";
			sink.fileProblem(JsonValues.lineOf(e, Math.max(line, 1)),
					problem + "; the rest of the file could not be read");
		}
	}

	/** The separator of the file's cells ({@link CsvSeparator}), from its first line (64 KiB at most), left unread. */
	static char separator(BufferedInputStream in) {
		StringBuilder header = new StringBuilder();
		in.mark(HEADER_BYTES);
		try {
			boolean quoted = false;
			for (int i = 0, b = in.read(); i < HEADER_BYTES && b >= 0 && (quoted || b != '\n'); i++, b = in.read()) {
				quoted ^= b == '"';
				header.append((char) b); // the separators and quotes are ASCII: other bytes only need to be there
			}
			in.reset();
		} catch (IOException e) {
			return ','; // the parser reads on and reports the failure as a problem of the file
		}
		return CsvSeparator.of(header);
	}

	/** The schema the header row gives, or {@code null} (and a file problem) if the header cannot name the cells. */
	private static CsvSchema header(List<String> cells, int line, RecordSink sink) {
		CsvSchema.Builder schema = CsvSchema.builder();
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String name = cells.get(i).strip();
			if (name.isEmpty()) {
				sink.fileProblem(line, "column " + (i + 1) + " of the header has no name");
				return null;
			}
			Integer first = columns.putIfAbsent(name, i + 1);
			if (first != null) {
				// never the name: in a file without a header row, the "header" is a record of personal data
				sink.fileProblem(line, "columns " + first + " and " + (i + 1)
						+ " of the header have the same name; does the file start with a header row?");
				return null;
			}
			schema.addColumn(name, CsvSchema.ColumnType.STRING);
		}
		return schema.build();
	}

	private static Set<String> columnNames(CsvSchema header) {
		Set<String> names = new HashSet<>();
		for (int i = 0; i < header.size(); i++) {
			names.add(header.columnName(i));
		}
		return names;
	}

	private static Map<String, Object> values(CsvSchema header, List<String> cells) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			values.put(header.columnName(i), cell == null || cell.isEmpty() ? null : cell);
		}
		return values;
	}
}
