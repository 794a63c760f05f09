package org.privacy.runtime;

import java.util.Map;

/**
 * A record read by name, for entities not bound to a Java class: a JSON object, a CSV row, a {@link Map}, or a row
 * of a data-processing engine. Generated validators only call {@link #get(String)}.
 */
@FunctionalInterface
public interface Record {

	/** The raw value of a field, or {@code null} if the record has no such field or its value is null. */
	Object get(String field);

	/** Where the record came from, for reports ({@code data/Call.csv:17}), or {@code null}. */
	default String location() {
		return null;
	}

	/** A record over a map; nested maps and lists of maps are read as records too. */
	static Record of(Map<String, ?> values) {
		return values::get;
	}
}
