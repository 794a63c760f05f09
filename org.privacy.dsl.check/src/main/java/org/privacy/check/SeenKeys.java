package org.privacy.check;

import java.security.SecureRandom;
import java.util.function.ToLongFunction;

/**
 * The keys of the records of one entity seen so far, to reject a second record with the same key, in 16 bytes a slot
 * of the heap whatever the key's length (a table at most three quarters full: 21 to 43 bytes a key): a 64-bit
 * fingerprint of the key and the key's position in a {@link KeyLog}, which holds the key and where its record was.
 * <p>
 * A fingerprint never decides alone: when two match, the key is read back from the log and compared, so two
 * different keys are never taken for one, and no record can make another disappear, whatever its key. The
 * fingerprint is SipHash-2-4 under a key drawn at random for each table, so no one can make keys whose fingerprints
 * match on purpose (with a fixed hash, such as the FNV-1a this table used, matching keys can be made in minutes and
 * would make every look-up walk the same slots).
 * Not thread-safe but for {@link #fingerprint}: one thread commits the records of a file in order.
 */
final class SeenKeys {
	private static final long EMPTY = 0L;
	private static final SecureRandom SEEDS = new SecureRandom();

	private final KeyLog log;
	private final ToLongFunction<String> hash;
	/** Slot i holds a fingerprint at 2i and the key's position in the log at 2i + 1: one cache line for both. */
	private long[] table = new long[2 * 1024];
	private int size;

	/** An empty table whose keys go to {@code log} (which may be shared with other tables). */
	SeenKeys(KeyLog log) {
		this(log, SipHash.withRandomKey(SEEDS)::hash);
	}

	/** A table with the fingerprint {@code hash}: for tests, which need fingerprints that match. */
	SeenKeys(KeyLog log, ToLongFunction<String> hash) {
		this.log = log;
		this.hash = hash;
	}

	/**
	 * Records {@code key} as seen at ({@code file}, {@code line}) unless it was seen before; returns the earlier
	 * location as {@code file << 32 | line}, or {@code -1} if the key is new.
	 */
	long putIfAbsent(String key, int file, int line) {
		return putIfAbsent(key, fingerprint(key), file, line);
	}

	/**
	 * {@link #putIfAbsent(String, int, int)} with the key's {@link #fingerprint}, computed before (by the thread that
	 * checked the record, so that the committing thread does not hash).
	 */
	long putIfAbsent(String key, long fingerprint, int file, int line) {
		int mask = table.length / 2 - 1;
		for (int slot = (int) fingerprint & mask;; slot = (slot + 1) & mask) {
			long stored = table[2 * slot];
			if (stored == EMPTY) {
				table[2 * slot] = fingerprint;
				table[2 * slot + 1] = log.append(key, file, line);
				if (++size * 4 > mask * 3) {
					grow();
				}
				return -1;
			}
			if (stored == fingerprint && log.keyAt(table[2 * slot + 1], key)) {
				return log.locationAt(table[2 * slot + 1]);
			}
		}
	}

	int size() {
		return size;
	}

	/**
	 * Reads the first slot of each of {@code count} fingerprints, keys about to be {@link #putIfAbsent put}, without
	 * changing the table. Once the table is larger than the processor's caches, each look-up waits for a slot from
	 * memory; these reads do not depend on one another, so the processor has many of them under way at once, and the
	 * look-ups that follow find their slots in the cache (a batch's slots: 64 bytes each, a few tens of kilobytes).
	 */
	void touch(long[] fingerprints, int count) {
		long[] slots = table;
		int mask = slots.length / 2 - 1;
		long any = 0;
		for (int i = 0; i < count; i++) {
			any ^= slots[2 * ((int) fingerprints[i] & mask)];
		}
		touched ^= any;
	}

	/** What {@link #touch} read, kept (it means nothing) so that its reads are not left out. */
	private long touched;

	private void grow() {
		long[] old = table;
		table = new long[old.length * 2];
		int mask = table.length / 2 - 1;
		for (int i = 0; i < old.length; i += 2) {
			if (old[i] != EMPTY) {
				int slot = (int) old[i] & mask;
				while (table[2 * slot] != EMPTY) {
					slot = (slot + 1) & mask;
				}
				table[2 * slot] = old[i];
				table[2 * slot + 1] = old[i + 1];
			}
		}
	}

	/** The key's fingerprint, never {@link #EMPTY}; any thread may ask. */
	long fingerprint(String key) {
		long fingerprint = hash.applyAsLong(key);
		return fingerprint == EMPTY ? 1 : fingerprint;
	}
}
