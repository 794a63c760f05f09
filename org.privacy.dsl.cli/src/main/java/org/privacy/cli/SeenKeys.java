package org.privacy.cli;

import java.util.Arrays;

/**
 * The keys of the records of one entity seen so far, to reject a second record with the same key, in 16 bytes a key
 * whatever its length: a 64-bit fingerprint of the key and where its record was (file index and line), in an
 * open-addressing table. Two different keys share a fingerprint with a probability of about n² / 2⁶⁵ (one in
 * seven hundred thousand runs for five million keys); such a record would be reported as a duplicate of the other.
 * Not thread-safe: one thread commits the records of a file in order.
 */
final class SeenKeys {
	private static final long EMPTY = 0L;
	private long[] fingerprints = new long[1024];
	private long[] locations = new long[1024];
	private int size;

	/**
	 * Records {@code key} as seen at ({@code file}, {@code line}) unless it was seen before; returns the earlier
	 * location as {@code file << 32 | line}, or {@code -1} if the key is new.
	 */
	long putIfAbsent(String key, int file, int line) {
		long fingerprint = fingerprint(key);
		int mask = fingerprints.length - 1;
		for (int slot = (int) fingerprint & mask;; slot = (slot + 1) & mask) {
			if (fingerprints[slot] == EMPTY) {
				fingerprints[slot] = fingerprint;
				locations[slot] = (long) file << 32 | (line & 0xFFFFFFFFL);
				if (++size * 4 > fingerprints.length * 3) {
					grow();
				}
				return -1;
			}
			if (fingerprints[slot] == fingerprint) {
				return locations[slot];
			}
		}
	}

	int size() {
		return size;
	}

	private void grow() {
		long[] oldFingerprints = fingerprints;
		long[] oldLocations = locations;
		fingerprints = new long[oldFingerprints.length * 2];
		locations = new long[oldLocations.length * 2];
		int mask = fingerprints.length - 1;
		for (int i = 0; i < oldFingerprints.length; i++) {
			if (oldFingerprints[i] != EMPTY) {
				int slot = (int) oldFingerprints[i] & mask;
				while (fingerprints[slot] != EMPTY) {
					slot = (slot + 1) & mask;
				}
				fingerprints[slot] = oldFingerprints[i];
				locations[slot] = oldLocations[i];
			}
		}
		Arrays.fill(oldFingerprints, EMPTY);
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
