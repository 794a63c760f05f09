package org.privacy.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.LongDataType;
import org.h2.mvstore.type.StringDataType;
import org.privacy.runtime.Lookup;
import org.privacy.runtime.Record;

/**
 * The records a check finds again ({@link LookupPlan}), kept in an embedded key-value store (H2's MVStore): in memory
 * for small data, or in a temporary file when the data is large, so that look-ups work on exports larger than the
 * Java heap. The store holds each record in {@link RecordCodec}'s form in two kinds of maps: by key
 * ({@code key → record}) and by reference ({@code referenced key NUL index → record}, the index counting the records
 * that refer to one key, in file order), with the number of records that refer to each key. A record is stored
 * once, whatever the number of records before it with the same reference, and a {@code via} list is a view that
 * knows its size and reads its records when asked: a hot key (100,000 orders of one customer) costs each of its
 * records a look-up, not a copy of the whole list. Filled by one thread before checking starts, then only read,
 * from any number of threads.
 */
public final class LookupStore implements Lookup, AutoCloseable {
	/** Where the store keeps its records. */
	public enum Placement {
		/** Decided by the check from the size of the data ({@link BulkCheck#AUTO_DISK_MB}); not a place itself. */
		AUTO,
		/** In the Java heap: fastest, for data that fits. */
		MEMORY,
		/** In a temporary file with a bounded cache: memory stays flat whatever the size of the data. */
		DISK
	}

	private static final char SEPARATOR = '\u0000';
	private static final int INDEX_DIGITS = 8;
	private static final int CACHE_MB = 32;

	private final MVStore store;
	private final Path file;
	private final List<String> files = new ArrayList<>();
	/*
	 * The store's maps by entity, then by via field: a map's name in the store is made once, when it is opened.
	 * Plain hash maps: they change only while the store is filled, by one thread, before any look-up.
	 */
	/** For each entity, its records by key. */
	private final Map<String, MVMap<String, byte[]>> byKey = new HashMap<>();
	/** For each entity, then each via field of it, the records by reference and how many refer to each key. */
	private final Map<String, Map<String, Referenced>> byReference = new HashMap<>();

	/** The records each thread read last: see {@link Recent}. */
	private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

	/** The maps of one via field: the records, and how many refer to each key. */
	private record Referenced(MVMap<String, byte[]> records, MVMap<String, Long> counts) {
	}

	private LookupStore(MVStore store, Path file) {
		this.store = store;
		this.file = file;
	}

	/**
	 * An empty store; a {@link Placement#DISK} store lives in a new file of the {@link RunFolder}, deleted on
	 * {@link #close()} or with the folder.
	 */
	public static LookupStore open(Placement placement) throws IOException {
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
	public boolean addKeyed(String entity, String key, byte[] record) {
		if (key == null) {
			return true;
		}
		MVMap<String, byte[]> records = byKey.get(entity);
		if (records == null) {
			records = map("key:" + entity, ByteArrayDataType.INSTANCE);
			byKey.put(entity, records);
		}
		return records.putIfAbsent(key, record) == null;
	}

	/** Stores a record of {@code entity} whose via field {@code field} holds {@code referencedKey}. */
	void addReference(String entity, String field, String referencedKey, byte[] record) {
		Map<String, Referenced> fields = byReference.computeIfAbsent(entity, e -> new HashMap<>());
		Referenced via = fields.get(field);
		if (via == null) {
			String name = entity + "." + field;
			via = new Referenced(map("via:" + name, ByteArrayDataType.INSTANCE),
					map("count:" + name, LongDataType.INSTANCE));
			fields.put(field, via);
		}
		Long count = via.counts().get(referencedKey);
		int index = count == null ? 0 : count.intValue();
		via.counts().put(referencedKey, index + 1L);
		via.records().put(referenceKey(referencedKey, index), record);
	}

	/**
	 * A map of the store with text keys and values of one type: written and read by the types' own codecs, not by
	 * the store's general one, which writes a type tag with every value and makes a reader for it on every read.
	 */
	private <V> MVMap<String, V> map(String name, DataType<V> values) {
		return store.openMap(name, new MVMap.Builder<String, V>().keyType(StringDataType.INSTANCE).valueType(values));
	}

	@Override
	public Record find(String entity, String key) {
		MVMap<String, byte[]> records = byKey.get(entity);
		return key == null || records == null ? null : read(records, key);
	}

	/** The record stored under {@code key} in {@code map}, or {@code null}: from the thread's recent ones if it is. */
	private Record read(MVMap<String, byte[]> map, String key) {
		Recent mine = recent.get();
		Record record = mine.get(map, key);
		if (record == null) {
			byte[] stored = map.get(key);
			if (stored == null) {
				return null;
			}
			record = RecordCodec.decode(stored, files);
			mine.put(map, key, record);
		}
		return record;
	}

	/**
	 * The last records one thread read, by map and key, in a few slots (a new record takes the slot of its map and
	 * key): the check of one record asks for the same records several times (each rule and term that reads a send's
	 * recipient, or goes through the recipient's consents), and each ask would otherwise read and decode them from
	 * the store again. Records are never changed once decoded, and each thread has its own slots.
	 */
	private static final class Recent {
		private static final int SLOTS = 64;
		private final Object[] maps = new Object[SLOTS];
		private final String[] keys = new String[SLOTS];
		private final Record[] records = new Record[SLOTS];

		Record get(Object map, String key) {
			int slot = slot(map, key);
			return maps[slot] == map && key.equals(keys[slot]) ? records[slot] : null;
		}

		void put(Object map, String key, Record record) {
			int slot = slot(map, key);
			maps[slot] = map;
			keys[slot] = key;
			records[slot] = record;
		}

		private static int slot(Object map, String key) {
			return (System.identityHashCode(map) * 31 + key.hashCode()) & (SLOTS - 1);
		}
	}

	@Override
	public List<Record> referencing(String entity, String field, String key) {
		Map<String, Referenced> fields = byReference.get(entity);
		Referenced referenced = fields == null ? null : fields.get(field);
		Long count = key == null || referenced == null ? null : referenced.counts().get(key);
		return count == null ? List.of() : new Referring(referenced.records(), key, count.intValue());
	}

	/** The records that refer to one key, read from the store one at a time, when asked. */
	private final class Referring extends AbstractList<Record> {
		private final MVMap<String, byte[]> byReference;
		private final String key;
		private final int size;

		Referring(MVMap<String, byte[]> byReference, String key, int size) {
			this.byReference = byReference;
			this.key = key;
			this.size = size;
		}

		@Override
		public Record get(int index) {
			Objects.checkIndex(index, size);
			return read(byReference, referenceKey(key, index));
		}

		@Override
		public int size() {
			return size;
		}
	}

	/**
	 * Where the {@code index}th record referring to {@code key} is stored: the key, NUL and the index in a fixed
	 * number of hexadecimal digits, so that a key holding NUL itself cannot name another key's record (the two
	 * would differ in length).
	 */
	private static String referenceKey(String key, int index) {
		String digits = Integer.toHexString(index);
		return key + SEPARATOR + "0".repeat(INDEX_DIGITS - digits.length()) + digits;
	}

	/** The store's temporary file, or {@code null} if it is in memory. */
	public Path file() {
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
}
