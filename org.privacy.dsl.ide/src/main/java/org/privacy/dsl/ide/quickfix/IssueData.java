package org.privacy.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The data of a diagnostic as a list of texts. The server publishes an issue's data as an array of strings; a client
 * sends it back inside the code action request, where it arrives as JSON, or unchanged when called in-process.
 */
final class IssueData {
	private IssueData() {
	}

	static List<String> of(Object data) {
		List<String> result = new ArrayList<>();
		if (data instanceof String[] array) {
			result.addAll(Arrays.asList(array));
		} else if (data instanceof Iterable<?> items && !(data instanceof JsonElement)) {
			items.forEach(item -> result.add(text(item)));
		} else if (data instanceof JsonArray array) {
			array.forEach(item -> result.add(text(item)));
		} else if (data != null) {
			result.add(text(data));
		}
		return result;
	}

	private static String text(Object item) {
		if (item instanceof JsonElement json) {
			return json.isJsonNull() ? null : json.isJsonPrimitive() ? json.getAsString() : json.toString();
		}
		return item == null ? null : item.toString();
	}
}
