package org.privacy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.privacy.runtime.Lookup;
import org.privacy.runtime.Record;

/**
 * The records a check finds again ({@link LookupPlan}), kept in an embedded key-value store (H2's MVStore): in memory
 * for small data, or in a temporary file when the data is large, so that look-ups work on exports larger than the
 * Java heap. The store holds each record in {@link RecordCodec}'s form in two kinds of maps: by key
 * ({@code key → record}) and by reference ({@code referenced key NUL sequence → record}, scanned by prefix in file
 * order). Filled by one thread before checking starts, then only read, from any number of threads.
 */
final class LookupStore implements Lookup, AutoCloseable {
	/** Where the store keeps its records. */
	enum Placement {
		/** Decided by the check from the size of the data ({@link BulkCheck#AUTO_DISK_MB}); not a place itself. */
		AUTO,
		/** In the Java heap: fastest, for data that fits. */
		MEMORY,
		/** In a temporary file with a bounded cache: memory stays flat whatever the size of the data. */
		DISK
	}

	private static final char SEPARATOR = '\u0000';
	private static final int SEQUENCE_DIGITS = 16;
	private static final int CACHE_MB = 32;

	private final MVStore store;
	private final Path file;
	private final List<String> files = new ArrayList<>();
	private final Map<String, MVMap<String, byte[]>> maps = new HashMap<>();
	private long sequence;

	private LookupStore(MVStore store, Path file) {
		this.store = store;
		this.file = file;
	}

	/**
	 * An empty store; a {@link Placement#DISK} store lives in a new file of the {@link RunFolder}, deleted on
	 * {@link #close()} or with the folder.
	 */
	static LookupStore open(Placement placement) throws IOException {
		if (placement == Placement.AUTO) {
			throw new IllegalArgumentException("decide where look-ups go before opening the store");
		}
		if (placement == Placement.MEMORY) {
			return new LookupStore(new MVStore.Builder().open(), null);
		}
		// whole records, personal data included: in the run's private folder, never loose in the temporary folder
		Path file = RunFolder.newFile("lookups-", ".mv.db");
		MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).open();
		return new LookupStore(store, file);
	}

	/** The index of a data file, for the locations of the records stored from it. */
	int file(String name) {
		files.add(name);
		return files.size() - 1;
	}

	/**
	 * Stores the record with key {@code key} ({@code null} if the entity has none) unless another record of
	 * {@code entity} has that key; returns whether it was stored.
	 */
	boolean addKeyed(String entity, String key, byte[] record) {
		if (key == null) {
			return true;
		}
		return map("key:" + entity).putIfAbsent(key, record) == null;
	}

	/** Stores a record of {@code entity} whose via field {@code field} holds {@code referencedKey}. */
	void addReference(String entity, String field, String referencedKey, byte[] record) {
		map("via:" + entity + "." + field).put(referencedKey + SEPARATOR + String.format("%016x", sequence++),
				record);
	}

	@Override
	public Record find(String entity, String key) {
		MVMap<String, byte[]> byKey = maps.get("key:" + entity);
		byte[] record = key == null || byKey == null ? null : byKey.get(key);
		return record == null ? null : RecordCodec.decode(record, files);
	}

	@Override
	public List<Record> referencing(String entity, String field, String key) {
		MVMap<String, byte[]> byReference = maps.get("via:" + entity + "." + field);
		if (key == null || byReference == null) {
			return List.of();
		}
		String prefix = key + SEPARATOR;
		List<Record> records = new ArrayList<>();
		Cursor<String, byte[]> cursor = byReference.cursor(prefix);
		while (cursor.hasNext()) {
			String stored = cursor.next();
			if (!stored.startsWith(prefix)) {
				break;
			}
			// a key that holds the separator itself must not match a shorter one
			if (stored.length() == prefix.length() + SEQUENCE_DIGITS) {
				records.add(RecordCodec.decode(cursor.getValue(), files));
			}
		}
		return records;
	}

	/** The store's temporary file, or {@code null} if it is in memory. */
	Path file() {
		return file;
	}

	/** Closes the store and deletes its file. */
	@Override
	public void close() throws IOException {
		store.closeImmediately();
		if (file != null) {
			Files.deleteIfExists(file);
		}
	}

	private MVMap<String, byte[]> map(String name) {
		return maps.computeIfAbsent(name, store::openMap);
	}
}
