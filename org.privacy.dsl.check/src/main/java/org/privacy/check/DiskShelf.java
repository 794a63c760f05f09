package org.privacy.check;

import java.util.function.ToLongFunction;

/**
 * One map of a {@link LookupStore} on disk: the records are entries of the store's {@link RecordFile}, found by a
 * hash table whose slots are in a {@link MappedSlots} file, so that neither grows the heap. A slot holds a 64-bit
 * fingerprint of (key, index), where the entry is, and, in the slot of a key's first record, how many records are
 * stored under the key. The table is at most half full (linear probing: a look-up reads a slot or two) and doubles
 * into a new file when it would be fuller.
 * <p>
 * A fingerprint never decides alone: the entry it leads to holds the key and the index, compared with the ones asked
 * for, so two keys are never taken for one. Fingerprints come from SipHash-2-4 under a key drawn at random for each
 * store, so no one can make records whose fingerprints match on purpose and make every look-up walk the same slots.
 * Filled by one thread, then read by any.
 */
final class DiskShelf implements LookupStore.Shelf {
	private static final int FINGERPRINT = 0;
	private static final int POSITION = 1;
	private static final int COUNT = 2;
	private static final int WIDTH = 3;
	private static final long EMPTY = 0L;
	private static final int FIRST_SLOTS = 1 << 12;

	private final RecordFile records;
	private final ToLongFunction<String> hash;
	private MappedSlots slots = new MappedSlots(FIRST_SLOTS, WIDTH);
	private long size;

	/** A map whose entries go to {@code records}, with fingerprints from {@code hash}. */
	DiskShelf(RecordFile records, ToLongFunction<String> hash) {
		this.records = records;
		this.hash = hash;
	}

	@Override
	public boolean addFirst(String key, byte[] record) {
		long fingerprint = fingerprint(key, 0);
		long slot = find(key, 0, fingerprint);
		if (slot >= 0) {
			return false;
		}
		put(-slot - 1, fingerprint, records.append(key, 0, record), 1);
		return true;
	}

	@Override
	public void addNext(String key, byte[] record) {
		long head = fingerprint(key, 0);
		long first = find(key, 0, head);
		if (first < 0) {
			put(-first - 1, head, records.append(key, 0, record), 1);
			return;
		}
		long count = slots.get(first, COUNT);
		if (count >= Integer.MAX_VALUE) {
			throw new IllegalStateException("more than " + Integer.MAX_VALUE + " records refer to one key");
		}
		slots.set(first, COUNT, count + 1);
		int index = (int) count;
		long fingerprint = fingerprint(key, index);
		// a new index: its slot is the first empty one, no entry to compare
		put(empty(fingerprint), fingerprint, records.append(key, index, record), 0);
	}

	@Override
	public int count(String key) {
		long first = find(key, 0, fingerprint(key, 0));
		return first < 0 ? 0 : (int) slots.get(first, COUNT);
	}

	@Override
	public byte[] get(String key, int index) {
		long fingerprint = fingerprint(key, index);
		long mask = slots.slots() - 1;
		for (long slot = fingerprint & mask;; slot = (slot + 1) & mask) {
			long stored = slots.get(slot, FINGERPRINT);
			if (stored == EMPTY) {
				return null;
			}
			if (stored == fingerprint) {
				byte[] record = records.read(slots.get(slot, POSITION), key, index);
				if (record != null) {
					return record;
				}
			}
		}
	}

	/** The slot of ({@code key}, {@code index}), or, if there is none, {@code -1 -} the empty slot for it. */
	private long find(String key, int index, long fingerprint) {
		long mask = slots.slots() - 1;
		for (long slot = fingerprint & mask;; slot = (slot + 1) & mask) {
			long stored = slots.get(slot, FINGERPRINT);
			if (stored == EMPTY) {
				return -1 - slot;
			}
			if (stored == fingerprint && records.holds(slots.get(slot, POSITION), key, index)) {
				return slot;
			}
		}
	}

	/** The first empty slot from the one {@code fingerprint} starts at. */
	private long empty(long fingerprint) {
		long mask = slots.slots() - 1;
		long slot = fingerprint & mask;
		while (slots.get(slot, FINGERPRINT) != EMPTY) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void put(long slot, long fingerprint, long position, long count) {
		write(slots, slot, fingerprint, position, count);
		if (++size * 2 > slots.slots()) {
			grow();
		}
	}

	private static void write(MappedSlots to, long slot, long fingerprint, long position, long count) {
		to.set(slot, FINGERPRINT, fingerprint);
		to.set(slot, POSITION, position);
		to.set(slot, COUNT, count);
	}

	/** Moves the slots to a table twice as large: by their fingerprints, without reading an entry. */
	private void grow() {
		MappedSlots old = slots;
		slots = new MappedSlots(2 * old.slots(), WIDTH);
		for (long i = 0; i < old.slots(); i++) {
			long fingerprint = old.get(i, FINGERPRINT);
			if (fingerprint != EMPTY) {
				write(slots, empty(fingerprint), fingerprint, old.get(i, POSITION), old.get(i, COUNT));
			}
		}
		old.close();
	}

	/**
	 * The fingerprint of the {@code index}th record stored under {@code key}, never {@link #EMPTY}: the key's hash for
	 * the first, mixed with the index for the others (by MurmurHash3's finalizer, a bijection, so that the other
	 * records of one key never share a fingerprint).
	 */
	private long fingerprint(String key, int index) {
		long fingerprint = hash.applyAsLong(key);
		if (index > 0) {
			fingerprint = mix(fingerprint + index * 0x9E3779B97F4A7C15L);
		}
		return fingerprint == EMPTY ? 1 : fingerprint;
	}

	private static long mix(long value) {
		value = (value ^ (value >>> 33)) * 0xFF51AFD7ED558CCDL;
		value = (value ^ (value >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return value ^ (value >>> 33);
	}

	@Override
	public void close() {
		slots.close();
	}
}
