package org.privacy.check;

import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a JSON array of objects. An element that is not an object, or holds bytes that are not UTF-8
 * ({@link MarkingUtf8Reader}), is rejected and reading goes on; a syntax error ends the file, since JSON cannot be
 * resynchronised after one (JSON Lines can: prefer it for large exports).
 */
final class JsonArrayReader implements DataReader {

	@Override
	public void read(InputStream in, RecordSink sink) {
		int line = 1;
		MarkingUtf8Reader text = new MarkingUtf8Reader(in);
		try (JsonParser parser = JsonValues.FACTORY.createParser(text)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				return;
			}
			if (first != JsonToken.START_ARRAY) {
				sink.fileProblem(1, "the file holds " + JsonValues.kind(first) + ", not a JSON array of objects");
				return;
			}
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				line = parser.currentTokenLocation().getLineNr();
				if (token == null) {
					sink.fileProblem(line, "not valid JSON: the array is not closed");
					return;
				}
				if (token == JsonToken.START_OBJECT) {
					JsonValues.JsonObject object = JsonValues.readObject(parser);
					if (text.replacedBefore(parser.currentLocation().getCharOffset())) {
						sink.rejected(line, "the object is not UTF-8 text");
					} else {
						accept(object, line, sink);
					}
				} else {
					sink.rejected(line, "the element is " + JsonValues.kind(token) + ", not a JSON object");
					parser.skipChildren();
					text.replacedBefore(parser.currentLocation().getCharOffset());
				}
			}
			if (parser.nextToken() != null) {
				sink.fileProblem(parser.currentTokenLocation().getLineNr(), "there is more after the JSON array");
			}
		} catch (JacksonException e) {
			sink.fileProblem(JsonValues.lineOf(e, line),
					JsonValues.describe(e) + "; the rest of the file could not be read");
		}
	}

	private static void accept(JsonValues.JsonObject object, int line, RecordSink sink) {
		if (object.duplicate() != null) {
			sink.rejected(line, object.duplicateMessage(1));
		} else {
			sink.record(object.values(), line);
		}
	}
}
