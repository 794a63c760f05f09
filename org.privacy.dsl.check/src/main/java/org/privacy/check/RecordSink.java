package org.privacy.check;

import java.util.Map;

/** Receives what a {@link DataReader} finds in a file: records, rejected records, and problems with the file. */
interface RecordSink {

	/** A record that starts at {@code line}. */
	void record(Map<String, Object> values, int line);

	/** Something at {@code line} that should have been a record but cannot be one; reading goes on. */
	void rejected(int line, String message);

	/** A problem with the file itself at {@code line}, after which the reader stops. */
	void fileProblem(int line, String message);

	/**
	 * The column names a CSV header row at {@code line} gives; {@code false} if the sink cannot take records named so
	 * (it has said why, as a {@link #fileProblem}), and the reader stops.
	 */
	default boolean columns(java.util.Set<String> names, int line) {
		return true;
	}

	/**
	 * The fields whose values the sink needs, each in its slot; a reader gives it {@link RecordValues} holding only
	 * those, and passes over the rest of a record without building it. {@code null} (the default): every value, in
	 * a map in the record's order.
	 */
	default FieldLayout fields() {
		return null;
	}

	/**
	 * Lines of JSON Lines, not yet parsed. By default they are parsed at once into {@link #record} or
	 * {@link #rejected}; a sink that checks on several threads keeps them to parse on one of them.
	 */
	default void lines(JsonLinesReader.LineBlock lines) {
		JsonLinesReader.parseLines(lines, this);
	}
}
