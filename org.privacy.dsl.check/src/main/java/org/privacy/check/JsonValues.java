package org.privacy.check;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns JSON tokens into record values: objects become maps (in their order), arrays lists, numbers {@link Number}s
 * (exact when a {@code double} would be wrong: {@link JsonNumbers}),
 * and the rest strings, booleans and {@code null}. Messages about bad JSON name the position, never the content, so
 * that no personal data leaks into a report.
 */
final class JsonValues {
	static final JsonFactory FACTORY = new JsonFactory();

	private JsonValues() {
	}

	/**
	 * An object read from its {@code START_OBJECT}, and where a property name first appears a second time in it or in
	 * an object nested in it, or {@code null}. The name itself is data, so messages give only its position.
	 */
	record JsonObject(Map<String, Object> values, TokenStreamLocation duplicate) {

		/**
		 * Why an object with a duplicate cannot be a record: which value holds would be a guess. {@code firstLine}
		 * is the file's line where the parser's line 1 is.
		 */
		String duplicateMessage(int firstLine) {
			int line = firstLine - 1 + duplicate.getLineNr();
			return "a property name appears twice in the object (again at line " + line + ", column "
					+ duplicate.getColumnNr() + "), so which value holds is unknown";
		}
	}

	static JsonObject readObject(JsonParser parser) {
		TokenStreamLocation[] duplicate = new TokenStreamLocation[1];
		Map<String, Object> values = readObject(parser, duplicate);
		return new JsonObject(values, duplicate[0]);
	}

	/**
	 * The object at the parser, read from {@code source[from, to)}, with only the values of the fields {@code layout}
	 * keeps built ({@link RecordValues}), or all of them if it is {@code null}. The values of other properties are
	 * passed over without being built, but still read: a duplicate property name in them makes the object a
	 * duplicate, as it would with every value kept, and bad JSON in them is still an error.
	 */
	static JsonObject readObject(JsonParser parser, FieldLayout layout, byte[] source, int from, int to) {
		return readObject(parser, layout, null, source, from, to);
	}

	/**
	 * The slots of the property names met at each position of the objects a parser read so far: the objects of one
	 * export name their properties in the same order, and a parser gives the same string for the same name, so that
	 * a name is found by one comparison of identity.
	 */
	static final class SlotMemo {
		private String[] names = new String[8];
		private int[] slots = new int[8];

		int slot(FieldLayout layout, String name, int position) {
			if (position < names.length && names[position] == name) {
				return slots[position];
			}
			int slot = layout.slot(name);
			if (position >= names.length) {
				names = java.util.Arrays.copyOf(names, Math.max(2 * names.length, position + 1));
				slots = java.util.Arrays.copyOf(slots, names.length);
			}
			names[position] = name;
			slots[position] = slot;
			return slot;
		}
	}

	/** {@link #readObject(JsonParser, FieldLayout, byte[], int, int)}, finding names with {@code memo} if given. */
	static JsonObject readObject(JsonParser parser, FieldLayout layout, SlotMemo memo, byte[] source, int from,
			int to) {
		if (layout == null) {
			return readObject(parser);
		}
		TokenStreamLocation[] duplicate = new TokenStreamLocation[1];
		RecordValues values = new RecordValues(layout, source, from, to);
		long seen = 0; // the slots named so far, while the layout has at most 64
		boolean[] seenSlots = layout.size() > Long.SIZE ? new boolean[layout.size()] : null;
		Set<String> others = null;
		int position = 0;
		for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
			String name = parser.currentName();
			int slot = memo == null ? layout.slot(name) : memo.slot(layout, name, position);
			position++;
			boolean again;
			if (slot < 0) {
				if (others == null) {
					others = new HashSet<>();
				}
				again = !others.add(name);
			} else if (seenSlots == null) {
				again = (seen & 1L << slot) != 0;
				seen |= 1L << slot;
			} else {
				again = seenSlots[slot];
				seenSlots[slot] = true;
			}
			if (again && duplicate[0] == null) {
				duplicate[0] = parser.currentTokenLocation();
			}
			parser.nextToken();
			if (slot < 0) {
				skipValue(parser, duplicate);
			} else {
				values.set(slot, readValue(parser, duplicate));
			}
		}
		values.others(others);
		return new JsonObject(values, duplicate[0]);
	}

	/** Every value of the one object in {@code source[from, to)}, read before with a layout: it is valid JSON. */
	static Map<String, Object> readWhole(byte[] source, int from, int to) {
		try (JsonParser parser = FACTORY.createParser(source, from, to - from)) {
			parser.nextToken();
			return readObject(parser).values();
		}
	}

	/**
	 * Reads past the value at the parser's current token without building it (texts are not even decoded), noting
	 * the first property name that appears twice in an object of it.
	 */
	private static void skipValue(JsonParser parser, TokenStreamLocation[] duplicate) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT) {
			if (duplicate[0] != null) {
				parser.skipChildren();
				return;
			}
			Set<String> names = new HashSet<>();
			for (token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
				if (!names.add(parser.currentName()) && duplicate[0] == null) {
					duplicate[0] = parser.currentTokenLocation();
				}
				parser.nextToken();
				skipValue(parser, duplicate);
			}
		} else if (token == JsonToken.START_ARRAY) {
			for (token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				skipValue(parser, duplicate);
			}
		}
	}

	/** The object at the parser; the first duplicate at any depth goes to {@code duplicate[0]}. */
	private static Map<String, Object> readObject(JsonParser parser, TokenStreamLocation[] duplicate) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
			String name = parser.currentName();
			if (values.containsKey(name) && duplicate[0] == null) {
				duplicate[0] = parser.currentTokenLocation();
			}
			parser.nextToken();
			values.put(name, readValue(parser, duplicate));
		}
		return values;
	}

	/** The value at the parser's current token. */
	private static Object readValue(JsonParser parser, TokenStreamLocation[] duplicate) {
		JsonToken token = parser.currentToken();
		if (token == null) {
			return null;
		}
		return switch (token) {
			case START_OBJECT -> readObject(parser, duplicate);
			case START_ARRAY -> readArray(parser, duplicate);
			case VALUE_STRING -> parser.getString();
			case VALUE_NUMBER_INT -> parser.getNumberValue();
			case VALUE_NUMBER_FLOAT -> floatValue(parser);
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			default -> null;
		};
	}

	/** A number with a fraction or an exponent, as {@link JsonNumbers#ofFloat} decides (its text read only if needed). */
	private static Object floatValue(JsonParser parser) {
		double d = parser.getDoubleValue();
		return Double.isFinite(d) && d != 0 ? d : JsonNumbers.ofFloat(d, parser.getString());
	}

	private static List<Object> readArray(JsonParser parser, TokenStreamLocation[] duplicate) {
		List<Object> values = new ArrayList<>();
		for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY;
				token = parser.nextToken()) {
			values.add(readValue(parser, duplicate));
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
