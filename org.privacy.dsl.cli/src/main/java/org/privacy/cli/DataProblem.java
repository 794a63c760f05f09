package org.privacy.cli;

import java.util.Comparator;

/**
 * Data that could not become a record to check (a line that is not JSON, a CSV row with the wrong number of cells,
 * a duplicate key) or a file that could not be read to its end. The message never quotes the data.
 */
record DataProblem(String file, int line, String message) {

	/** By file, then line. */
	static final Comparator<DataProblem> ORDER = Comparator.comparing(DataProblem::file)
			.thenComparingInt(DataProblem::line).thenComparing(DataProblem::message);

	String location() {
		return file + ":" + line;
	}
}
