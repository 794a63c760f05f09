package org.privacy.check;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The keys {@link SeenKeys} has seen, each with where its record was, appended in order and read back by position,
 * so that a fingerprint that matches can be confirmed against the key itself. The first {@value #MEMORY_BYTES} bytes
 * stay in memory; beyond that the log is a temporary file, deleted on {@link #close()}, written through a small
 * buffer: the heap does not grow with the keys, and a key is read back only when its fingerprint matches another
 * one's (a repeated key, or one of a pair no one can predict). A key is kept as its UTF-16 units, so that keys
 * differing only in a lone surrogate stay different. Not thread-safe, like {@link SeenKeys}.
 */
final class KeyLog implements AutoCloseable {
	/** How many bytes of keys stay in memory before the log moves to a file. */
	static final int MEMORY_BYTES = 16 << 20;
	private static final int BUFFER_BYTES = 1 << 16;
	/** An entry: file index, line, length in UTF-16 units, then the units. */
	private static final int HEADER_BYTES = 12;

	// record keys may be personal data: kept in the run's private folder, deleted however the run ends
	private final AppendFile log;

	KeyLog() {
		this(MEMORY_BYTES);
	}

	/** A log that keeps {@code memoryBytes} in memory: small in tests, to go through the file. */
	KeyLog(int memoryBytes) {
		this.log = new AppendFile("record keys", "keys-", ".log", memoryBytes, BUFFER_BYTES);
	}

	/** Appends {@code key}, seen in file {@code fileIndex} at {@code line}; returns its position in the log. */
	long append(String key, int fileIndex, int line) {
		return log.append(HEADER_BYTES + 2 * key.length(), (target, at) -> {
			AppendFile.putInt(target, at, fileIndex);
			AppendFile.putInt(target, at + 4, line);
			AppendFile.putInt(target, at + 8, key.length());
			AppendFile.putUnits(target, at + HEADER_BYTES, key);
		});
	}

	/** Whether the key at {@code position} is {@code key}. */
	boolean keyAt(long position, String key) {
		ByteBuffer header = read(position, HEADER_BYTES);
		if (header.getInt(8) != key.length()) {
			return false;
		}
		ByteBuffer units = read(position + HEADER_BYTES, 2 * key.length());
		for (int i = 0; i < key.length(); i++) {
			if (units.getChar(2 * i) != key.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** Where the key at {@code position} was seen, as {@code file << 32 | line}. */
	long locationAt(long position) {
		ByteBuffer header = read(position, HEADER_BYTES);
		return (long) header.getInt(0) << 32 | (header.getInt(4) & 0xFFFFFFFFL);
	}

	/** The bytes of the log; {@code 0} for an empty one. */
	long size() {
		return log.size();
	}

	/** Whether the log went to a temporary file. */
	boolean onDisk() {
		return log.path() != null;
	}

	@Override
	public void close() throws IOException {
		log.close();
	}

	private ByteBuffer read(long position, int length) {
		return log.read(ByteBuffer.allocate(length), position).flip();
	}
}
