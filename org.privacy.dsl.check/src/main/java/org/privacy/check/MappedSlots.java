package org.privacy.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A fixed number of slots of a few {@code long}s each, all zero at first, in a temporary file of the
 * {@link RunFolder} mapped into memory: the operating system keeps in memory what it has room for, the Java heap
 * holds none of it. A file over a gigabyte is mapped in parts (a mapping is at most 2 GB). Reads and writes are
 * plain memory accesses, not synchronized: written by one thread, then read by any once that thread's writes are
 * published to them (by starting them, or handing them work through an executor).
 */
final class MappedSlots implements AutoCloseable {
	/** The slots a part holds, as a power of two: a part of slots of three longs is 768 MB. */
	private static final int PART_SLOTS_LOG = 25;

	private final Path path;
	private final int width;
	private final long slots;
	private final int partSlotsLog;
	private final MappedByteBuffer[] parts;

	/** {@code slots} slots of {@code width} longs (at most 4), in a new file. */
	MappedSlots(long slots, int width) {
		this(slots, width, PART_SLOTS_LOG);
	}

	/** The same in parts of {@code 2^partSlotsLog} slots: small in tests, to go across parts. */
	MappedSlots(long slots, int width, int partSlotsLog) {
		if (width < 1 || width > 4 || slots < 1 || partSlotsLog < 0 || partSlotsLog > PART_SLOTS_LOG) {
			throw new IllegalArgumentException("slots " + slots + " of width " + width);
		}
		this.width = width;
		this.slots = slots;
		this.partSlotsLog = partSlotsLog;
		long partSlots = 1L << partSlotsLog;
		this.parts = new MappedByteBuffer[(int) ((slots + partSlots - 1) >>> partSlotsLog)];
		try {
			// fingerprints and places of records, not the records: still in the run's private folder with them
			path = RunFolder.newFile("lookups-", ".slots");
			try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
				checkRoom(path, slots * width * Long.BYTES);
				for (int i = 0; i < parts.length; i++) {
					long first = (long) i << partSlotsLog;
					long bytes = Math.min(partSlots, slots - first) * width * Long.BYTES;
					// a mapping past the end grows the file: sparse, so untouched slots take no disk
					parts[i] = file.map(FileChannel.MapMode.READ_WRITE, first * width * Long.BYTES, bytes);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create a temporary file for look-ups", e);
		}
	}

	/**
	 * Checks that the disk has room for the file before it is mapped: the file is sparse, its blocks taken when slots
	 * are written, and a disk that is full then fails a write through the mapping with an error the check could not
	 * describe. A disk that fills up afterwards, by another program, still can.
	 */
	private static void checkRoom(Path path, long bytes) throws IOException {
		long usable = Files.getFileStore(path).getUsableSpace();
		if (usable < bytes) {
			throw new IOException("the disk of " + path.getParent() + " has " + usable / (1024 * 1024)
					+ " MB free, and the look-ups need " + (bytes + (1 << 20) - 1) / (1024 * 1024) + " MB more");
		}
	}

	/** The file, for tests. */
	Path path() {
		return path;
	}

	/** How many slots there are. */
	long slots() {
		return slots;
	}

	/** The {@code column}th long of slot {@code slot}. */
	long get(long slot, int column) {
		return parts[(int) (slot >>> partSlotsLog)].getLong(offset(slot, column));
	}

	void set(long slot, int column, long value) {
		parts[(int) (slot >>> partSlotsLog)].putLong(offset(slot, column), value);
	}

	private int offset(long slot, int column) {
		return ((int) (slot & ((1 << partSlotsLog) - 1)) * width + column) * Long.BYTES;
	}

	/**
	 * Deletes the file. Java 17 unmaps a file only when its buffers are collected: where an open mapping keeps a
	 * file from being deleted (Windows), it stays in the run folder, which is deleted when the run ends.
	 */
	@Override
	public void close() {
		try {
			Files.deleteIfExists(path);
		} catch (IOException e) {
			// left to the run folder's clean-up
		}
	}
}
