package org.privacy.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The records of a {@link LookupStore} on disk, each with the key it is stored under and its index among the records
 * stored under that key, appended in order to a temporary file of the {@link RunFolder} through a buffer, and read
 * back by position from any number of threads once filled. An entry: the index, the key's length in UTF-16 units
 * and the record's length in bytes (big-endian ints), then the key's units (so that keys differing only in a lone
 * surrogate stay different) and the record. The key is kept so that a reader can tell the entry it asked for from
 * one whose fingerprint only matches.
 */
final class RecordFile implements AutoCloseable {
	private static final int HEADER_BYTES = 12;
	private static final int BUFFER_BYTES = 1 << 20;
	/** The bytes of the file a part of its mapping starts with, as a power of two. */
	private static final int PART_BYTES_LOG = 30;
	/** What a reader reads first: most entries whole, in one read. */
	private static final int FIRST_READ_BYTES = 512;

	private final Path path;
	private final FileChannel file;
	/** The end of the file, not yet written. */
	private final byte[] buffer = new byte[BUFFER_BYTES];
	private int used;
	private long written;
	private final int partBytesLog;
	/** The file mapped into memory once {@link #finish finished}, in parts of {@code 2^partBytesLog} bytes. */
	private MappedByteBuffer[] parts;
	/** Each reading thread's buffer for an entry's first bytes. */
	private final ThreadLocal<ByteBuffer> firstBytes =
			ThreadLocal.withInitial(() -> ByteBuffer.allocate(FIRST_READ_BYTES));

	RecordFile() {
		this(PART_BYTES_LOG);
	}

	/** A file mapped in parts of {@code 2^partBytesLog} bytes once finished: small in tests, to go across parts. */
	RecordFile(int partBytesLog) {
		if (partBytesLog < 4 || partBytesLog > PART_BYTES_LOG) {
			throw new IllegalArgumentException("parts of 2^" + partBytesLog + " bytes");
		}
		this.partBytesLog = partBytesLog;
		try {
			// whole records, personal data included: in the run's private folder, never loose in the temporary folder
			path = RunFolder.newFile("lookups-", ".records");
			file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create a temporary file for look-ups", e);
		}
	}

	/** The file, for tests and the run folder's checks. */
	Path path() {
		return path;
	}

	/** Appends {@code record}, the {@code index}th stored under {@code key}; returns where its entry starts. */
	long append(String key, int index, byte[] record) {
		if (parts != null) {
			throw new IllegalStateException("the file of look-ups is finished");
		}
		int size = HEADER_BYTES + 2 * key.length() + record.length;
		long position = written + used;
		if (used + size > buffer.length) {
			flush();
		}
		if (size > buffer.length) {
			byte[] entry = new byte[size];
			put(entry, 0, key, index, record);
			write(ByteBuffer.wrap(entry));
		} else {
			used = put(buffer, used, key, index, record);
		}
		return position;
	}

	/** Writes an entry at {@code at} (as a big-endian ByteBuffer would, without one); returns where it ends. */
	private static int put(byte[] target, int at, String key, int index, byte[] record) {
		putInt(target, at, index);
		putInt(target, at + 4, key.length());
		putInt(target, at + 8, record.length);
		int units = at + HEADER_BYTES;
		for (int i = 0; i < key.length(); i++) {
			char unit = key.charAt(i);
			target[units + 2 * i] = (byte) (unit >>> 8);
			target[units + 2 * i + 1] = (byte) unit;
		}
		int end = units + 2 * key.length();
		System.arraycopy(record, 0, target, end, record.length);
		return end + record.length;
	}

	private static void putInt(byte[] target, int at, int value) {
		target[at] = (byte) (value >>> 24);
		target[at + 1] = (byte) (value >>> 16);
		target[at + 2] = (byte) (value >>> 8);
		target[at + 3] = (byte) value;
	}

	/**
	 * The record of the entry at {@code position} if that entry is the {@code index}th stored under {@code key};
	 * {@code null} if it is another's.
	 */
	byte[] read(long position, String key, int index) {
		ByteBuffer entry = entry(position, key, index, true);
		if (entry == null) {
			return null;
		}
		byte[] record = new byte[entry.getInt(8)];
		entry.get(HEADER_BYTES + 2 * key.length(), record);
		return record;
	}

	/** Whether the entry at {@code position} is the {@code index}th stored under {@code key}. */
	boolean holds(long position, String key, int index) {
		return entry(position, key, index, false) != null;
	}

	/**
	 * The entry at {@code position}, its record included if {@code whole}, if it is the {@code index}th stored under
	 * {@code key}; else {@code null}.
	 */
	private ByteBuffer entry(long position, String key, int index, boolean whole) {
		ByteBuffer entry = start(position);
		int keyUnits = entry.getInt(4);
		if (entry.getInt(0) != index || keyUnits != key.length()) {
			return null;
		}
		int size = HEADER_BYTES + 2 * keyUnits + (whole ? entry.getInt(8) : 0);
		if (size > entry.limit()) {
			entry = read(ByteBuffer.allocate(size), position).flip();
		}
		for (int i = 0; i < keyUnits; i++) {
			if (entry.getChar(HEADER_BYTES + 2 * i) != key.charAt(i)) {
				return null;
			}
		}
		return entry;
	}

	/**
	 * The first bytes of the entry at {@code position}, at index 0 of the buffer: in the file's mapping once it is
	 * {@link #finish finished}, else read into the thread's buffer.
	 */
	private ByteBuffer start(long position) {
		if (parts != null) {
			MappedByteBuffer part = parts[(int) (position >>> partBytesLog)];
			int at = (int) (position & ((1 << partBytesLog) - 1));
			return part.slice(at, part.limit() - at);
		}
		return read(firstBytes.get().clear(), position).flip();
	}

	/**
	 * Ends the appends: what follows only reads, from any thread, through a mapping of the file into memory, without
	 * a call to the system a read.
	 */
	void finish() {
		flush();
		long partBytes = 1L << partBytesLog;
		MappedByteBuffer[] mapped = new MappedByteBuffer[(int) ((written + partBytes - 1) >>> partBytesLog)];
		try {
			for (int i = 0; i < mapped.length; i++) {
				long start = i * partBytes;
				// parts overlap by the buffer's size: an entry that fits in the buffer is whole in the part it starts in
				long length = Math.min(written - start, partBytes + BUFFER_BYTES);
				mapped[i] = file.map(FileChannel.MapMode.READ_ONLY, start, length);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the temporary file of look-ups", e);
		}
		parts = mapped;
	}

	/**
	 * Fills {@code target} from {@code position} on, or up to the end of what was appended: from the file, then from
	 * the buffer of its end (while the store is filled, an entry just appended is read to compare keys).
	 */
	private ByteBuffer read(ByteBuffer target, long position) {
		try {
			while (target.hasRemaining() && position < written) {
				int read = file.read(target, position);
				if (read < 0) {
					throw new IOException("the file of look-ups is shorter than written");
				}
				position += read;
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the temporary file of look-ups", e);
		}
		if (target.hasRemaining() && position >= written) {
			int from = (int) (position - written);
			target.put(buffer, from, Math.min(target.remaining(), used - from));
		}
		return target;
	}

	private void flush() {
		write(ByteBuffer.wrap(buffer, 0, used));
		used = 0;
	}

	private void write(ByteBuffer data) {
		try {
			while (data.hasRemaining()) {
				written += file.write(data, written);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the temporary file of look-ups", e);
		}
	}

	/**
	 * Closes the file and deletes it. Java 17 unmaps a file only when its buffers are collected: where an open mapping
	 * keeps a file from being deleted (Windows), it stays in the run folder, which is deleted when the run ends or by
	 * the next run.
	 */
	@Override
	public void close() throws IOException {
		try {
			file.close();
		} finally {
			try {
				Files.deleteIfExists(path);
			} catch (IOException e) {
				if (parts == null) {
					throw e;
				}
			}
		}
	}
}
