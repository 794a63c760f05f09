package org.privacy.check;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;

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

	// whole records, personal data included: in the run's private folder, never loose in the temporary folder
	private final AppendFile file = new AppendFile("look-ups", "lookups-", ".records", 0, BUFFER_BYTES);
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
	}

	/** The file, for tests and the run folder's checks. */
	Path path() {
		return file.path();
	}

	/** Appends {@code record}, the {@code index}th stored under {@code key}; returns where its entry starts. */
	long append(String key, int index, byte[] record) {
		if (parts != null) {
			throw new IllegalStateException("the file of look-ups is finished");
		}
		return file.append(HEADER_BYTES + 2 * key.length() + record.length, (target, at) -> {
			AppendFile.putInt(target, at, index);
			AppendFile.putInt(target, at + 4, key.length());
			AppendFile.putInt(target, at + 8, record.length);
			int end = AppendFile.putUnits(target, at + HEADER_BYTES, key);
			System.arraycopy(record, 0, target, end, record.length);
		});
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
			entry = file.read(ByteBuffer.allocate(size), position).flip();
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
		return file.read(firstBytes.get().clear(), position).flip();
	}

	/**
	 * Ends the appends: what follows only reads, from any thread, through a mapping of the file into memory, without
	 * a call to the system a read.
	 */
	void finish() {
		// parts overlap by the buffer's size: an entry that fits in the buffer is whole in the part it starts in
		parts = file.map(partBytesLog, BUFFER_BYTES);
	}

	/** Closes the file and deletes it. */
	@Override
	public void close() throws IOException {
		file.close();
	}
}
