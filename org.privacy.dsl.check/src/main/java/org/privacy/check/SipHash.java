package org.privacy.check;

import java.util.Random;

/**
 * SipHash-2-4 (Aumasson and Bernstein, 2012) of a string's UTF-16 units, taken as little-endian bytes: a fast keyed
 * hash whose outputs no one can make collide without the key, the defence hash tables use against keys chosen to
 * collide. Here it gives {@link SeenKeys} its fingerprints.
 */
final class SipHash {
	private final long k0;
	private final long k1;

	SipHash(long k0, long k1) {
		this.k0 = k0;
		this.k1 = k1;
	}

	/** A hash under a key drawn from {@code random}. */
	static SipHash withRandomKey(Random random) {
		return new SipHash(random.nextLong(), random.nextLong());
	}

	long hash(String text) {
		State state = new State(k0, k1);
		int length = text.length();
		int whole = length & ~3;
		for (int i = 0; i < whole; i += 4) {
			state.absorb(text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
					| (long) text.charAt(i + 3) << 48);
		}
		long last = (long) (2 * length) << 56; // the length in bytes, modulo 256, in the last byte
		for (int i = whole; i < length; i++) {
			last |= (long) text.charAt(i) << 16 * (i - whole);
		}
		state.absorb(last);
		return state.finish();
	}

	/** The four words of SipHash's state; short-lived, so that the JIT keeps them in registers. */
	private static final class State {
		private long v0;
		private long v1;
		private long v2;
		private long v3;

		State(long k0, long k1) {
			v0 = k0 ^ 0x736f6d6570736575L;
			v1 = k1 ^ 0x646f72616e646f6dL;
			v2 = k0 ^ 0x6c7967656e657261L;
			v3 = k1 ^ 0x7465646279746573L;
		}

		void absorb(long m) {
			v3 ^= m;
			rounds(2);
			v0 ^= m;
		}

		long finish() {
			v2 ^= 0xff;
			rounds(4);
			return v0 ^ v1 ^ v2 ^ v3;
		}

		private void rounds(int n) {
			for (int round = 0; round < n; round++) {
				v0 += v1;
				v1 = Long.rotateLeft(v1, 13) ^ v0;
				v0 = Long.rotateLeft(v0, 32);
				v2 += v3;
				v3 = Long.rotateLeft(v3, 16) ^ v2;
				v0 += v3;
				v3 = Long.rotateLeft(v3, 21) ^ v0;
				v2 += v1;
				v1 = Long.rotateLeft(v1, 17) ^ v2;
				v2 = Long.rotateLeft(v2, 32);
			}
		}
	}
}
