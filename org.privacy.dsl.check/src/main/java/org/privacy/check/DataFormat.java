package org.privacy.check;

import java.nio.file.Path;

/** The data file formats {@code privacy check} reads, by file extension. */
public enum DataFormat {
	/** {@code .jsonl}: one JSON object a line; a broken line is rejected and reading goes on with the next. */
	JSON_LINES("jsonl", new JsonLinesReader()),
	/** {@code .json}: a JSON array of objects. */
	JSON_ARRAY("json", new JsonArrayReader()),
	/** {@code .csv}: RFC 4180 with a header row, CRLF or LF line ends. */
	CSV("csv", new CsvRecordReader());

	private final String extension;
	private final DataReader reader;

	DataFormat(String extension, DataReader reader) {
		this.extension = extension;
		this.reader = reader;
	}

	DataReader reader() {
		return reader;
	}

	/** The format of a file by its extension, or {@code null} if it does not look like data. */
	static DataFormat of(Path file) {
		String extension = FileTree.extension(file);
		for (DataFormat format : values()) {
			if (format.extension.equals(extension)) {
				return format;
			}
		}
		return null;
	}
}
