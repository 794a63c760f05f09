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
	 * A line of JSON Lines, not yet parsed. By default it is parsed at once into {@link #record} or {@link #rejected};
	 * a sink that checks on several threads keeps it to parse on one of them.
	 */
	default void line(byte[] bytes, int number) {
		JsonLinesReader.parseLine(bytes, number, this);
	}
}
