package org.privacy.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

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

	private final int memoryBytes;
	/** The log while it is in memory; then the buffer of its end, not yet in the file. */
	private byte[] bytes = new byte[4096];
	private int used;
	private Path path;
	private FileChannel file;
	private long fileSize;

	KeyLog() {
		this(MEMORY_BYTES);
	}

	/** A log that keeps {@code memoryBytes} in memory: small in tests, to go through the file. */
	KeyLog(int memoryBytes) {
		this.memoryBytes = memoryBytes;
	}

	/** Appends {@code key}, seen in file {@code fileIndex} at {@code line}; returns its position in the log. */
	long append(String key, int fileIndex, int line) {
		int size = HEADER_BYTES + 2 * key.length();
		long position = size();
		if (file == null && used + size > memoryBytes) {
			toFile();
		}
		if (file == null) {
			if (used + size > bytes.length) {
				bytes = Arrays.copyOf(bytes, Math.max(used + size, Math.min(2 * bytes.length, memoryBytes)));
			}
		} else if (used + size > bytes.length) {
			// an entry is wholly in the file or wholly in the buffer
			flush();
			if (size > bytes.length) {
				byte[] entry = new byte[size];
				put(entry, 0, key, fileIndex, line);
				write(ByteBuffer.wrap(entry));
				return position;
			}
		}
		// written in place, as a ByteBuffer would (big-endian), without a buffer a key
		put(bytes, used, key, fileIndex, line);
		used += size;
		return position;
	}

	private static void put(byte[] target, int at, String key, int fileIndex, int line) {
		putInt(target, at, fileIndex);
		putInt(target, at + 4, line);
		putInt(target, at + 8, key.length());
		int units = at + HEADER_BYTES;
		for (int i = 0; i < key.length(); i++) {
			char unit = key.charAt(i);
			target[units + 2 * i] = (byte) (unit >>> 8);
			target[units + 2 * i + 1] = (byte) unit;
		}
	}

	private static void putInt(byte[] target, int at, int value) {
		target[at] = (byte) (value >>> 24);
		target[at + 1] = (byte) (value >>> 16);
		target[at + 2] = (byte) (value >>> 8);
		target[at + 3] = (byte) value;
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
		return fileSize + used;
	}

	/** Whether the log went to a temporary file. */
	boolean onDisk() {
		return file != null;
	}

	@Override
	public void close() throws IOException {
		if (file != null) {
			try (FileChannel closing = file) {
				file = null;
			} finally {
				Files.deleteIfExists(path);
			}
		}
	}

	private ByteBuffer read(long position, int length) {
		if (position >= fileSize) {
			return ByteBuffer.wrap(bytes, (int) (position - fileSize), length).slice();
		}
		ByteBuffer read = ByteBuffer.allocate(length);
		try {
			while (read.hasRemaining()) {
				if (file.read(read, position + read.position()) < 0) {
					throw new IOException("the file of keys is shorter than written");
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the temporary file of record keys", e);
		}
		return read.flip();
	}

	private void toFile() {
		try {
			// record keys may be personal data: kept in the run's private folder, deleted however the run ends
			path = RunFolder.newFile("keys-", ".log");
			file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write a temporary file of record keys", e);
		}
		flush();
		bytes = new byte[BUFFER_BYTES];
	}

	private void flush() {
		write(ByteBuffer.wrap(bytes, 0, used));
		used = 0;
	}

	private void write(ByteBuffer data) {
		try {
			while (data.hasRemaining()) {
				fileSize += file.write(data, fileSize);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write a temporary file of record keys", e);
		}
	}
}
