package org.privacy.check;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the records of one data file (UTF-8, with or without a byte order mark) with Jackson's streaming API. A
 * reader never throws for bad content: it tells the sink, with the line, and goes on where the format allows it.
 */
interface DataReader {

	void read(InputStream in, RecordSink sink) throws IOException;
}
