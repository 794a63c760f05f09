package org.privacy.check;

import java.util.Map;

import org.privacy.runtime.Record;

/** A record read from a data file: its values by field name, and where it starts ({@code data/Call.csv:17}). */
final class DataRecord implements Record {
	private final Map<String, Object> values;
	private final String file;
	private final int line;
	/** {@code file:line}, made on the first call: validators ask for it for every finding of a record without a key. */
	private String location;

	DataRecord(Map<String, Object> values, String file, int line) {
		this.values = values;
		this.file = file;
		this.line = line;
	}

	@Override
	public Object get(String field) {
		return values.get(field);
	}

	@Override
	public String location() {
		String made = location;
		if (made == null) {
			made = file + ":" + line;
			location = made;
		}
		return made;
	}

	String file() {
		return file;
	}

	int line() {
		return line;
	}

	/** No values: a record's content is never printed, so that personal data stays out of logs and reports. */
	@Override
	public String toString() {
		return "record at " + location();
	}
}
