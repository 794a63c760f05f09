package org.privacy.check;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

import org.privacy.runtime.Lookup;
import org.privacy.runtime.Record;

/**
 * The records a check finds again ({@link LookupPlan}): in hash maps of the heap for small data, or in a temporary
 * file when the data is large, so that look-ups work on exports larger than the Java heap. Each record is kept in
 * {@link RecordCodec}'s form on a {@link Shelf}: by key ({@code key → record}) for an entity's own records, and by
 * reference for a via field ({@code referenced key, n → the nth record that refers to it}, in file order, with how
 * many refer to each key). A record is stored once, whatever the number of records before it with the same
 * reference, and a {@code via} list is a view that knows its size and reads its records when asked: a hot key
 * (100,000 orders of one customer) costs each of its records a look-up, not a copy of the whole list. Filled by one
 * thread before checking starts, then only read, from any number of threads.
 * <p>
 * On disk the records are appended to one file ({@link RecordFile}) and each shelf is a hash table in a file mapped
 * into memory ({@link DiskShelf}): a record is found in a slot or two and one read, and storing one is an append
 * and a slot written, whatever the size of the data.
 */
public final class LookupStore implements Lookup, AutoCloseable {
	/** Where the store keeps its records. */
	public enum Placement {
		/** Decided by the check from the size of the data ({@link BulkCheck#AUTO_DISK_MB}); not a place itself. */
		AUTO,
		/** In the Java heap: fastest, for data that fits. */
		MEMORY,
		/** In temporary files, found through hash tables mapped into memory: the heap stays flat whatever the data. */
		DISK
	}

	private static final SecureRandom SEEDS = new SecureRandom();

	/** The records on disk, or {@code null} for a store in memory. */
	private final RecordFile disk;
	private final ToLongFunction<String> hash = SipHash.withRandomKey(SEEDS)::hash;
	private final List<String> files = new ArrayList<>();
	/*
	 * The shelves by entity, then by via field. Plain hash maps: they change only while the store is filled, by one
	 * thread, before any look-up.
	 */
	/** For each entity, its records by key. */
	private final Map<String, Shelf> byKey = new HashMap<>();
	/** For each entity, then each via field of it, the records by reference. */
	private final Map<String, Map<String, Shelf>> byReference = new HashMap<>();

	/** Whether the store is {@link #filled()}. */
	private boolean filled;

	/** The records each thread read last: see {@link Recent}. */
	private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

	/**
	 * Records by key, in the order they were added under each: the first by {@link #addFirst} (an entity's records by
	 * their keys) or all by {@link #addNext} (the records that refer to a key).
	 */
	interface Shelf extends AutoCloseable {
		/** Stores {@code record} as the first under {@code key} unless there is one; returns whether it did. */
		boolean addFirst(String key, byte[] record);

		/** Stores {@code record} as the next under {@code key}. */
		void addNext(String key, byte[] record);

		/** How many records are stored under {@code key}. */
		int count(String key);

		/** The {@code index}th record stored under {@code key}, or {@code null}. */
		byte[] get(String key, int index);

		@Override
		void close();
	}

	/** A shelf in the heap. */
	private static final class MemoryShelf implements Shelf {
		private final Map<String, List<byte[]>> records = new HashMap<>();

		@Override
		public boolean addFirst(String key, byte[] record) {
			return records.putIfAbsent(key, List.of(record)) == null;
		}

		@Override
		public void addNext(String key, byte[] record) {
			records.computeIfAbsent(key, k -> new ArrayList<>(1)).add(record);
		}

		@Override
		public int count(String key) {
			List<byte[]> stored = records.get(key);
			return stored == null ? 0 : stored.size();
		}

		@Override
		public byte[] get(String key, int index) {
			List<byte[]> stored = records.get(key);
			return stored == null || index >= stored.size() ? null : stored.get(index);
		}

		@Override
		public void close() {
			records.clear();
		}
	}

	private LookupStore(RecordFile disk) {
		this.disk = disk;
	}

	/**
	 * An empty store; a {@link Placement#DISK} store lives in new files of the {@link RunFolder}, deleted on
	 * {@link #close()} or with the folder.
	 */
	public static LookupStore open(Placement placement) throws IOException {
		if (placement == Placement.AUTO) {
			throw new IllegalArgumentException("decide where look-ups go before opening the store");
		}
		return new LookupStore(placement == Placement.MEMORY ? null : new RecordFile());
	}

	/** The index of a data file, for the locations of the records stored from it. */
	int file(String name) {
		files.add(name);
		return files.size() - 1;
	}

	private Shelf shelf() {
		return disk == null ? new MemoryShelf() : new DiskShelf(disk, hash);
	}

	/**
	 * Stores the record with key {@code key} ({@code null} if the entity has none) unless another record of
	 * {@code entity} has that key; returns whether it was stored.
	 */
	public boolean addKeyed(String entity, String key, byte[] record) {
		checkNotFilled();
		if (key == null) {
			return true;
		}
		return byKey.computeIfAbsent(entity, e -> shelf()).addFirst(key, record);
	}

	/** Stores a record of {@code entity} whose via field {@code field} holds {@code referencedKey}. */
	void addReference(String entity, String field, String referencedKey, byte[] record) {
		checkNotFilled();
		byReference.computeIfAbsent(entity, e -> new HashMap<>()).computeIfAbsent(field, f -> shelf())
				.addNext(referencedKey, record);
	}

	/**
	 * Tells the store that it is filled: from now on it is only read, from any thread (on disk through a mapping of
	 * its file into memory); storing a record is an error.
	 */
	public void filled() {
		filled = true;
		if (disk != null) {
			disk.finish();
		}
	}

	private void checkNotFilled() {
		if (filled) {
			throw new IllegalStateException("the look-up store is filled");
		}
	}

	@Override
	public Record find(String entity, String key) {
		Shelf records = byKey.get(entity);
		return key == null || records == null ? null : read(records, key, 0);
	}

	/**
	 * The {@code index}th record stored under {@code key} on {@code shelf}, or {@code null}: from the thread's recent
	 * ones if it is.
	 */
	private Record read(Shelf shelf, String key, int index) {
		Recent mine = recent.get();
		Record record = mine.get(shelf, key, index);
		if (record == null) {
			byte[] stored = shelf.get(key, index);
			if (stored == null) {
				return null;
			}
			record = RecordCodec.decode(stored, files);
			mine.put(shelf, key, index, record);
		}
		return record;
	}

	/**
	 * The last records one thread read, by shelf, key and index, in a few slots (a new record takes the slot of its
	 * shelf, key and index): the check of one record asks for the same records several times (each rule and term that
	 * reads a send's recipient, or goes through the recipient's consents), and each ask would otherwise read and
	 * decode them from the store again. Records are never changed once decoded, and each thread has its own slots.
	 */
	private static final class Recent {
		private static final int SLOTS = 64;
		private final Shelf[] shelves = new Shelf[SLOTS];
		private final String[] keys = new String[SLOTS];
		private final int[] indexes = new int[SLOTS];
		private final Record[] records = new Record[SLOTS];

		Record get(Shelf shelf, String key, int index) {
			int slot = slot(shelf, key, index);
			return shelves[slot] == shelf && indexes[slot] == index && key.equals(keys[slot]) ? records[slot] : null;
		}

		void put(Shelf shelf, String key, int index, Record record) {
			int slot = slot(shelf, key, index);
			shelves[slot] = shelf;
			keys[slot] = key;
			indexes[slot] = index;
			records[slot] = record;
		}

		private static int slot(Shelf shelf, String key, int index) {
			return ((System.identityHashCode(shelf) * 31 + key.hashCode()) * 31 + index) & (SLOTS - 1);
		}
	}

	@Override
	public List<Record> referencing(String entity, String field, String key) {
		Map<String, Shelf> fields = byReference.get(entity);
		Shelf shelf = fields == null ? null : fields.get(field);
		int count = key == null || shelf == null ? 0 : shelf.count(key);
		return count == 0 ? List.of() : new Referring(shelf, key, count);
	}

	/** The records that refer to one key, read from the store one at a time, when asked. */
	private final class Referring extends AbstractList<Record> {
		private final Shelf shelf;
		private final String key;
		private final int size;

		Referring(Shelf shelf, String key, int size) {
			this.shelf = shelf;
			this.key = key;
			this.size = size;
		}

		@Override
		public Record get(int index) {
			Objects.checkIndex(index, size);
			return read(shelf, key, index);
		}

		@Override
		public int size() {
			return size;
		}
	}

	/** The store's file of records, or {@code null} if it is in memory. */
	public Path file() {
		return disk == null ? null : disk.path();
	}

	/** Closes the store and deletes its files. */
	@Override
	public void close() throws IOException {
		try {
			byKey.values().forEach(Shelf::close);
			byReference.values().forEach(fields -> fields.values().forEach(Shelf::close));
		} finally {
			if (disk != null) {
				disk.close();
			}
		}
	}
}
