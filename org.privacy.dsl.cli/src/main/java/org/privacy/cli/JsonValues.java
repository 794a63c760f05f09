package org.privacy.cli;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns JSON tokens into record values: objects become maps (in their order), arrays lists, numbers {@link Number}s,
 * and the rest strings, booleans and {@code null}. Messages about bad JSON name the position, never the content, so
 * that no personal data leaks into a report.
 */
final class JsonValues {
	static final JsonFactory FACTORY = new JsonFactory();

	private JsonValues() {
	}

	/** An object read from its {@code START_OBJECT}, and the first property name that appears twice, if any. */
	record JsonObject(Map<String, Object> values, String duplicate) {
	}

	static JsonObject readObject(JsonParser parser) {
		Map<String, Object> values = new LinkedHashMap<>();
		String duplicate = null;
		for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
			String name = parser.currentName();
			parser.nextToken();
			Object value = readValue(parser);
			if (values.containsKey(name) && duplicate == null) {
				duplicate = name;
			}
			values.put(name, value);
		}
		return new JsonObject(values, duplicate);
	}

	/** The value at the parser's current token; nested duplicates keep the last value. */
	private static Object readValue(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == null) {
			return null;
		}
		return switch (token) {
			case START_OBJECT -> readObject(parser).values();
			case START_ARRAY -> readArray(parser);
			case VALUE_STRING -> parser.getString();
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			default -> null;
		};
	}

	private static List<Object> readArray(JsonParser parser) {
		List<Object> values = new ArrayList<>();
		for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY;
				token = parser.nextToken()) {
			values.add(readValue(parser));
		}
		return values;
	}

	/** What a JSON value is, for messages: {@code an array}, {@code a number}, ... */
	static String kind(JsonToken token) {
		if (token == null) {
			return "nothing";
		}
		return switch (token) {
			case START_OBJECT -> "an object";
			case START_ARRAY -> "an array";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			case VALUE_NULL -> "null";
			default -> "not a value";
		};
	}

	/** A plain message for bad JSON (or text that is not UTF-8) that does not quote the content. */
	static String describe(JacksonException problem) {
		if (isNotUtf8(problem)) {
			return "the text is not UTF-8";
		}
		if (problem instanceof UnexpectedEndOfInputException) {
			return "not valid JSON: it ends before the value is complete";
		}
		if (problem instanceof StreamConstraintsException) {
			return "not valid JSON: a value is larger than the reader accepts";
		}
		int column = problem.getLocation() == null ? -1 : problem.getLocation().getColumnNr();
		return column > 0 ? "not valid JSON at column " + column : "not valid JSON";
	}

	/** Whether the problem is bytes that are not UTF-8 (Jackson's decoders and Java's report it in different ways). */
	static boolean isNotUtf8(JacksonException problem) {
		if (problem instanceof JacksonIOException) {
			return problem.getCause() instanceof CharacterCodingException
					|| problem.getCause() instanceof CharConversionException;
		}
		String message = problem.getOriginalMessage();
		return message != null && message.startsWith("Invalid UTF-8");
	}

	/** The line a parse problem is on, or {@code fallback} if Jackson does not know it. */
	static int lineOf(JacksonException problem, int fallback) {
		TokenStreamLocation location = problem.getLocation();
		return location != null && location.getLineNr() > 0 ? location.getLineNr() : fallback;
	}
}
