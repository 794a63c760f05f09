package org.privacy.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads JSON Lines: each non-blank line is one JSON object, decoded and parsed on its own so that a broken line, even
 * one that is not UTF-8, costs only itself.
 */
final class JsonLinesReader implements DataReader {

	@Override
	public void read(InputStream in, RecordSink sink) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int number = 1;
		skipByteOrderMark(in);
		for (int b = in.read(); b != -1; b = in.read()) {
			if (b == '\n') {
				readLine(line.toByteArray(), number++, sink);
				line.reset();
			} else {
				line.write(b);
			}
		}
		if (line.size() > 0) {
			readLine(line.toByteArray(), number, sink);
		}
	}

	private static void skipByteOrderMark(InputStream in) throws IOException {
		in.mark(3);
		if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
			in.reset();
		}
	}

	private static void readLine(byte[] bytes, int number, RecordSink sink) {
		String line;
		try {
			line = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			sink.rejected(number, "the line is not UTF-8 text");
			return;
		}
		if (!line.isBlank()) {
			parse(line, number, sink);
		}
	}

	private static void parse(String line, int number, RecordSink sink) {
		try (JsonParser parser = JsonValues.FACTORY.createParser(line)) {
			JsonToken first = parser.nextToken();
			if (first != JsonToken.START_OBJECT) {
				sink.rejected(number, "the line holds " + JsonValues.kind(first) + ", not a JSON object");
				return;
			}
			JsonValues.JsonObject object = JsonValues.readObject(parser);
			if (parser.nextToken() != null) {
				sink.rejected(number, "the line holds more than one JSON value");
			} else if (object.duplicate() != null) {
				sink.rejected(number, "the property '" + object.duplicate() + "' appears twice");
			} else {
				sink.record(object.values(), number);
			}
		} catch (JacksonException e) {
			sink.rejected(number, JsonValues.describe(e));
		}
	}
}
