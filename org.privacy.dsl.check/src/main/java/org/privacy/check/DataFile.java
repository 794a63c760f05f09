package org.privacy.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data file to read: where it is, its name in reports (relative to the checked folder, with {@code /}), the entity
 * its records belong to, and its format; or, for data that is no file, the {@link Source} its bytes come from.
 */
public record DataFile(Path path, String name, String entity, DataFormat format, Source source) {

	/** A file on disk. */
	public DataFile(Path path, String name, String entity, DataFormat format) {
		this(path, name, entity, format, null);
	}

	/** Where the bytes of data that is no file come from (a network stream, an object store, a pipe). */
	@FunctionalInterface
	public interface Source {
		/**
		 * A new stream from the first byte; it is opened once, or twice for an entity whose records rules look up
		 * (once to keep them, once to check them), and closed by the engine.
		 */
		InputStream open() throws IOException;
	}

	/** The bytes, from the first one. */
	InputStream open() throws IOException {
		return source != null ? source.open() : Files.newInputStream(path);
	}

	/** The size in bytes, for progress and look-up placement; 0 for a {@link Source}, whose size is not known. */
	long size() throws IOException {
		return source != null ? 0 : Files.size(path);
	}
}
