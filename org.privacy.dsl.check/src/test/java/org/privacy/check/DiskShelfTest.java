package org.privacy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;

/**
 * The look-up store's shelves on disk ({@link DiskShelf}, {@link RecordFile}, {@link MappedSlots}) against a plain
 * map of lists: the same records for every key and index, whatever the keys, the records' sizes and the
 * fingerprints. Reading from many threads is {@code StreamingPartsTest}'s, through the store.
 */
class DiskShelfTest {

	@Test
	void keysWhoseFingerprintsAllMatchAreStillTold() throws Exception {
		try (RecordFile file = new RecordFile(); DiskShelf byKey = new DiskShelf(file, key -> 42L);
				DiskShelf byReference = new DiskShelf(file, key -> 42L)) {
			for (int i = 0; i < 300; i++) {
				assertThat(byKey.addFirst("k" + i, bytes("record " + i))).isTrue();
				byReference.addNext("r" + i % 7, bytes("referring " + i));
			}
			assertThat(byKey.addFirst("k12", bytes("another"))).as("a key stored before").isFalse();
			for (int i = 0; i < 300; i++) {
				assertThat(byKey.get("k" + i, 0)).isEqualTo(bytes("record " + i));
				assertThat(byKey.get("k" + i, 1)).isNull();
				assertThat(byReference.get("r" + i % 7, i / 7)).isEqualTo(bytes("referring " + i));
			}
			assertThat(byKey.get("k300", 0)).isNull();
			assertThat(byKey.count("k5")).isEqualTo(1);
			assertThat(byReference.count("r0")).isEqualTo(43);
			assertThat(byReference.count("r6")).isEqualTo(42);
			assertThat(byReference.count("r7")).isZero();
		}
	}

	@Test
	void agreesWithAMapOfListsWhateverTheKeysAndRecords() throws Exception {
		SplittableRandom random = new SplittableRandom(7);
		Map<String, List<byte[]>> keyed = new HashMap<>();
		Map<String, List<byte[]>> referring = new HashMap<>();
		List<String> keys = new ArrayList<>();
		// once finished, the file is mapped in parts of 4 KB (overlapping by the buffer's megabyte)
		try (RecordFile file = new RecordFile(12); DiskShelf byKey = new DiskShelf(file, randomHash());
				DiskShelf byReference = new DiskShelf(file, randomHash())) {
			for (int n = 0; n < 60_000; n++) {
				String key = keys.isEmpty() || random.nextInt(3) == 0 ? key(random)
						: keys.get(random.nextInt(keys.size()));
				keys.add(key);
				byte[] record = record(random);
				boolean stored = keyed.putIfAbsent(key, List.of(record)) == null;
				assertThat(byKey.addFirst(key, record)).isEqualTo(stored);
				referring.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
				byReference.addNext(key, record);
				// read back at once: from the buffer of the file's end, or the file
				String asked = keys.get(random.nextInt(keys.size()));
				assertThat(byKey.get(asked, 0)).isEqualTo(keyed.get(asked).get(0));
				int index = random.nextInt(referring.get(asked).size());
				assertThat(byReference.get(asked, index)).isEqualTo(referring.get(asked).get(index));
			}
			for (boolean finished : new boolean[] { false, true }) {
				if (finished) {
					file.finish();
				}
				assertThatEveryRecordIsFound(byKey, byReference, keyed, referring);
			}
			assertThatThrownBy(() -> byKey.addFirst("new", new byte[1])).isInstanceOf(IllegalStateException.class);
		}
	}

	private static void assertThatEveryRecordIsFound(DiskShelf byKey, DiskShelf byReference,
			Map<String, List<byte[]>> keyed, Map<String, List<byte[]>> referring) {
		for (String key : keyed.keySet()) {
			assertThat(byKey.get(key, 0)).isEqualTo(keyed.get(key).get(0));
			List<byte[]> expected = referring.get(key);
			assertThat(byReference.count(key)).isEqualTo(expected.size());
			for (int i = 0; i < expected.size(); i++) {
				assertThat(byReference.get(key, i)).isEqualTo(expected.get(i));
			}
			assertThat(byReference.get(key, expected.size())).isNull();
			String longer = key + "\u0000";
			assertThat(byKey.get(longer, 0)).isEqualTo(keyed.containsKey(longer) ? keyed.get(longer).get(0) : null);
		}
	}

	@Test
	void slotsGoAcrossPartsOfTheMappingAndTheirFileIsDeleted() {
		Path path;
		try (MappedSlots slots = new MappedSlots(1_000, 3, 4)) {
			path = slots.path();
			for (long slot = 0; slot < 1_000; slot++) {
				for (int column = 0; column < 3; column++) {
					assertThat(slots.get(slot, column)).isZero();
					slots.set(slot, column, slot * 3 + column + Long.MIN_VALUE);
				}
			}
			for (long slot = 0; slot < 1_000; slot++) {
				for (int column = 0; column < 3; column++) {
					assertThat(slots.get(slot, column)).isEqualTo(slot * 3 + column + Long.MIN_VALUE);
				}
			}
			assertThat(path).hasSize(1_000 * 3 * Long.BYTES);
		}
		assertThat(Files.exists(path)).isFalse();
	}

	@Test
	void theRecordsFileIsDeletedOnClose() throws Exception {
		Path path;
		try (RecordFile file = new RecordFile()) {
			path = file.path();
			long position = file.append("k", 0, bytes("jane@example.com"));
			assertThat(file.read(position, "k", 0)).isEqualTo(bytes("jane@example.com"));
			assertThat(file.read(position, "k", 1)).isNull();
			assertThat(file.read(position, "K", 0)).isNull();
		}
		assertThat(Files.exists(path)).isFalse();
	}

	/** A key of 0 to 300 units: letters, NUL, lone surrogates, beyond the first read of an entry at times. */
	private static String key(SplittableRandom random) {
		int length = random.nextInt(10) == 0 ? random.nextInt(300) : random.nextInt(12);
		StringBuilder key = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(20);
			key.append(kind == 0 ? '\u0000'
					: kind == 1 ? (char) (0xD800 + random.nextInt(0x800)) : (char) ('a' + random.nextInt(4)));
		}
		return key.toString();
	}

	/** A record of 0 to 2,000 bytes, now and then more than the file's buffer. */
	private static byte[] record(SplittableRandom random) {
		int length = random.nextInt(5_000) == 0 ? (1 << 20) + random.nextInt(1_000) : random.nextInt(2_000);
		byte[] record = new byte[length];
		random.nextBytes(record);
		return record;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static ToLongFunction<String> randomHash() {
		return SipHash.withRandomKey(new Random(3))::hash;
	}
}
