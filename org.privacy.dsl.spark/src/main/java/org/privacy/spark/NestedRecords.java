package org.privacy.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.privacy.check.JsonNumbers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The records a JSON Lines record nests in its fields of an entity's type: a reference holding the referenced record
 * as an object ({@code "recipient": {"id": "p-1", "kind": "business"}}) instead of its key, a list of records
 * ({@code "devices": [{"model": "x1"}]}). Spark's reader gives such a field as text (an object as its JSON text),
 * which cannot tell an object from a key whose text looks like one; so the record's line is read again, for these
 * fields only, and their objects become maps of values as the check's reader builds them (numbers as
 * {@link JsonNumbers} decides, booleans, text, lists, maps): the rules then read the nested record itself, and
 * look-ups and {@code via} lists its key, as {@code privacy check} does.
 * <p>
 * Uses Spark's own JSON parser (Jackson 2, on every Spark class path), not the engine's.
 */
final class NestedRecords {
	private static final JsonFactory JSON = new JsonFactory();
	/** How the text Spark's reader gives for an object starts: it writes the object back, with no space before. */
	static final String OBJECT = "{";

	private NestedRecords() {
	}

	/**
	 * Whether a value Spark's reader gave for a field of an entity's type may hold an object (or be a key whose text
	 * starts as one): then the line is read again.
	 */
	static boolean mayNest(Object value) {
		if (value instanceof String text) {
			return text.startsWith(OBJECT);
		}
		if (value instanceof Iterable<?> list) {
			for (Object element : list) {
				if (mayNest(element)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Puts into {@code values} the values of {@code fields} as the JSON object {@code line} holds them, objects and
	 * lists built; gives why the record cannot be read (never a value), or {@code null}.
	 */
	static String read(String line, Set<String> fields, Map<String, Object> values) {
		try (JsonParser parser = JSON.createParser(line)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return "not a JSON object; this record is not checked";
			}
			Set<String> seen = new HashSet<>();
			for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
				String name = parser.currentName();
				parser.nextToken();
				if (!fields.contains(name)) {
					parser.skipChildren();
				} else if (!seen.add(name)) {
					return duplicate(name);
				} else {
					boolean[] duplicate = new boolean[1];
					values.put(name, value(parser, duplicate));
					if (duplicate[0]) {
						return "a property name appears twice in an object nested in '" + name
								+ "', so which value holds is unknown; this record is not checked";
					}
				}
			}
			return null;
		} catch (IOException e) {
			// Spark's reader read the line as an object: only a limit of the parser can fail here
			return "the objects nested in this record cannot be read (" + e.getClass().getSimpleName()
					+ "); this record is not checked";
		}
	}

	private static String duplicate(String field) {
		return "the property '" + field + "' appears twice in the object, so which value holds is unknown; "
				+ "this record is not checked";
	}

	/** The value at the parser's current token; a name twice in one object sets {@code duplicate[0]}. */
	private static Object value(JsonParser parser, boolean[] duplicate) throws IOException {
		JsonToken token = parser.currentToken();
		if (token == null) {
			return null;
		}
		return switch (token) {
			case START_OBJECT -> {
				Map<String, Object> object = new LinkedHashMap<>();
				for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
					String name = parser.currentName();
					parser.nextToken();
					if (object.containsKey(name)) {
						duplicate[0] = true;
					}
					object.put(name, value(parser, duplicate));
				}
				yield object;
			}
			case START_ARRAY -> {
				List<Object> list = new ArrayList<>();
				for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
					list.add(value(parser, duplicate));
				}
				yield list;
			}
			case VALUE_STRING -> parser.getText();
			case VALUE_NUMBER_INT -> parser.getNumberValue();
			case VALUE_NUMBER_FLOAT -> JsonNumbers.ofFloat(parser.getDoubleValue(), parser.getText());
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			default -> null;
		};
	}
}
