package org.privacy.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Entries appended in order and read back by position, for {@link KeyLog} and {@link RecordFile}: the first
 * {@code memoryBytes} stay in the heap; beyond that the entries go to a temporary file of the {@link RunFolder}
 * (readable by its owner only: entries may hold personal data), written through a buffer, and the heap does not grow
 * with them. An entry is wholly in the file or wholly in the buffer. Not thread-safe while appending; once the
 * appends end, any number of threads may read.
 */
final class AppendFile implements AutoCloseable {
	/** Writes an entry of the announced size into {@code target} at {@code at}. */
	@FunctionalInterface
	interface Entry {
		void put(byte[] target, int at);
	}

	private final String what;
	private final String prefix;
	private final String suffix;
	private final int memoryBytes;
	private final int bufferBytes;
	/** The entries while they are in memory; then the buffer of the file's end, not yet written. */
	private byte[] bytes;
	private int used;
	private Path path;
	private FileChannel file;
	private long fileSize;
	private boolean mapped;

	/**
	 * An empty file of {@code what} ("record keys"), named {@code prefix}...{@code suffix} once on disk: at once if
	 * {@code memoryBytes} is 0.
	 */
	AppendFile(String what, String prefix, String suffix, int memoryBytes, int bufferBytes) {
		this.what = what;
		this.prefix = prefix;
		this.suffix = suffix;
		this.memoryBytes = memoryBytes;
		this.bufferBytes = bufferBytes;
		this.bytes = new byte[Math.min(4096, Math.max(memoryBytes, bufferBytes))];
		if (memoryBytes == 0) {
			toFile();
		}
	}

	/** Appends an entry of {@code size} bytes that {@code entry} writes; returns its position. */
	long append(int size, Entry entry) {
		long position = size();
		if (file == null && used + size > memoryBytes) {
			toFile();
		}
		if (file == null) {
			if (used + size > bytes.length) {
				bytes = Arrays.copyOf(bytes, Math.max(used + size, Math.min(2 * bytes.length, memoryBytes)));
			}
		} else if (used + size > bytes.length) {
			flush();
			if (size > bytes.length) {
				byte[] whole = new byte[size];
				entry.put(whole, 0);
				write(ByteBuffer.wrap(whole));
				return position;
			}
		}
		entry.put(bytes, used);
		used += size;
		return position;
	}

	/**
	 * Fills {@code target} from {@code position} on, or up to the end of what was appended: from the file, then from
	 * the entries not yet written; returns it.
	 */
	ByteBuffer read(ByteBuffer target, long position) {
		try {
			while (target.hasRemaining() && position < fileSize) {
				int read = file.read(target, position);
				if (read < 0) {
					throw new IOException("the file is shorter than written");
				}
				position += read;
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the temporary file of " + what, e);
		}
		if (target.hasRemaining()) {
			int from = (int) (position - fileSize);
			target.put(bytes, from, Math.min(target.remaining(), used - from));
		}
		return target;
	}

	/**
	 * Writes what is left in memory and maps the file read-only in parts of {@code 2^partBytesLog} bytes, each
	 * overlapping the next by {@code overlap} bytes (an entry that short is whole in the part it starts in).
	 */
	MappedByteBuffer[] map(int partBytesLog, int overlap) {
		flush();
		long partBytes = 1L << partBytesLog;
		MappedByteBuffer[] parts = new MappedByteBuffer[(int) ((fileSize + partBytes - 1) >>> partBytesLog)];
		try {
			for (int i = 0; i < parts.length; i++) {
				long start = i * partBytes;
				long length = Math.min(fileSize - start, partBytes + overlap);
				parts[i] = file.map(FileChannel.MapMode.READ_ONLY, start, length);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the temporary file of " + what, e);
		}
		mapped = true;
		return parts;
	}

	/** The bytes appended; {@code 0} for none. */
	long size() {
		return fileSize + used;
	}

	/** The file, or {@code null} while the entries are in memory. */
	Path path() {
		return path;
	}

	/** Writes {@code value} at {@code at} as a big-endian ByteBuffer would, without one. */
	static void putInt(byte[] target, int at, int value) {
		target[at] = (byte) (value >>> 24);
		target[at + 1] = (byte) (value >>> 16);
		target[at + 2] = (byte) (value >>> 8);
		target[at + 3] = (byte) value;
	}

	/** Writes the UTF-16 units of {@code text} at {@code at}, big-endian, lone surrogates too; returns the end. */
	static int putUnits(byte[] target, int at, String text) {
		for (int i = 0; i < text.length(); i++) {
			char unit = text.charAt(i);
			target[at + 2 * i] = (byte) (unit >>> 8);
			target[at + 2 * i + 1] = (byte) unit;
		}
		return at + 2 * text.length();
	}

	/**
	 * Closes the file and deletes it. Java 17 unmaps a file only when its buffers are collected: where a mapping keeps
	 * a file from being deleted (Windows), it stays in the run folder, deleted when the run ends or by the next run.
	 */
	@Override
	public void close() throws IOException {
		if (file == null) {
			return;
		}
		try {
			file.close();
		} finally {
			try {
				Files.deleteIfExists(path);
			} catch (IOException e) {
				if (!mapped) {
					throw e;
				}
			}
		}
	}

	private void toFile() {
		try {
			path = RunFolder.newFile(prefix, suffix);
			file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create a temporary file of " + what, e);
		}
		flush();
		bytes = new byte[bufferBytes];
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
			throw new UncheckedIOException("cannot write the temporary file of " + what, e);
		}
	}
}
