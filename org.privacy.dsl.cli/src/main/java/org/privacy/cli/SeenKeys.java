package org.privacy.cli;

/**
 * The keys of the records of one entity seen so far, to reject a second record with the same key, in 16 bytes a slot
 * whatever the key's length (a table at most three quarters full: 21 to 43 bytes a key): a 64-bit fingerprint of the
 * key and where its record was (file index and line), in an open-addressing table. Two different keys share a
 * fingerprint with a probability of about n² / 2⁶⁵ (one run in a million and a half for five million keys); such a
 * record would be reported as a duplicate of the other.
 * Not thread-safe: one thread commits the records of a file in order.
 */
final class SeenKeys {
	private static final long EMPTY = 0L;
	/** Slot i holds a fingerprint at 2i and its location at 2i + 1: one cache line for both. */
	private long[] table = new long[2 * 1024];
	private int size;

	/**
	 * Records {@code key} as seen at ({@code file}, {@code line}) unless it was seen before; returns the earlier
	 * location as {@code file << 32 | line}, or {@code -1} if the key is new.
	 */
	long putIfAbsent(String key, int file, int line) {
		long fingerprint = fingerprint(key);
		int mask = table.length / 2 - 1;
		for (int slot = (int) fingerprint & mask;; slot = (slot + 1) & mask) {
			long stored = table[2 * slot];
			if (stored == EMPTY) {
				table[2 * slot] = fingerprint;
				table[2 * slot + 1] = (long) file << 32 | (line & 0xFFFFFFFFL);
				if (++size * 4 > mask * 3) {
					grow();
				}
				return -1;
			}
			if (stored == fingerprint) {
				return table[2 * slot + 1];
			}
		}
	}

	int size() {
		return size;
	}

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

	/** A 64-bit FNV-1a hash of the key's UTF-16 units, mixed by SplitMix64's finaliser; never {@link #EMPTY}. */
	static long fingerprint(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
		}
		hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
		hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
		hash ^= hash >>> 31;
		return hash == EMPTY ? 1 : hash;
	}
}
