package org.privacy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The decoder that lets the CSV and JSON array readers reject one record for bytes that are not UTF-8. */
class MarkingUtf8ReaderTest {

	@Test
	void decodesAsJavaDoesAndNotesEachReplacement() throws IOException {
		Random random = new Random(20261206);
		for (int round = 0; round < 300; round++) {
			byte[] bytes = randomText(random, random.nextInt(round < 200 ? 200 : 200_000));
			String expected = new String(bytes, StandardCharsets.UTF_8);
			if (expected.startsWith("\uFEFF")) {
				expected = expected.substring(1);
			}
			MarkingUtf8Reader reader = new MarkingUtf8Reader(trickle(bytes, random));
			StringBuilder read = new StringBuilder();
			char[] buffer = new char[1 + random.nextInt(5000)];
			for (int n = reader.read(buffer, 0, buffer.length); n != -1; n = reader.read(buffer, 0, buffer.length)) {
				read.append(buffer, 0, n);
			}
			assertThat(read.toString()).as("round " + round).isEqualTo(expected);
			// the random text has no U+FFFD of its own: each one stands for bad bytes
			for (int i = expected.indexOf('\uFFFD'); i >= 0; i = expected.indexOf('\uFFFD', i + 1)) {
				assertThat(reader.replacedBefore(i)).as("round %d, before %d", round, i).isFalse();
				assertThat(reader.replacedBefore(i + 1)).as("round %d, at %d", round, i).isTrue();
			}
			assertThat(reader.replacedBefore(Long.MAX_VALUE)).isFalse();
		}
	}

	@Test
	void aByteOrderMarkIsSkippedAndOffsetsCountFromTheTextAfterIt() throws IOException {
		byte[] bytes = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF, 'b', (byte) 0xE2, (byte) 0x82 };
		MarkingUtf8Reader reader = new MarkingUtf8Reader(new ByteArrayInputStream(bytes));
		StringBuilder read = new StringBuilder();
		char[] buffer = new char[16];
		for (int n = reader.read(buffer, 0, 16); n != -1; n = reader.read(buffer, 0, 16)) {
			read.append(buffer, 0, n);
		}
		assertThat(read.toString()).isEqualTo("a\uFFFDb\uFFFD");
		assertThat(reader.read(buffer, 0, 16)).as("again at the end").isEqualTo(-1);
		assertThat(reader.replacedBefore(1)).isFalse();
		assertThat(reader.replacedBefore(2)).isTrue();
		assertThat(reader.replacedBefore(3)).isFalse();
		assertThat(reader.replacedBefore(4)).isTrue();
		assertThat(reader.replacedBefore(100)).isFalse();
	}

	/** Mostly ASCII and valid multi-byte characters, with some bad or cut sequences, and no U+FFFD of its own. */
	private static byte[] randomText(Random random, int length) {
		List<byte[]> pieces = new ArrayList<>();
		int size = 0;
		while (size < length) {
			int kind = random.nextInt(20);
			byte[] piece = switch (kind) {
				case 0 -> new byte[] { (byte) (0x80 + random.nextInt(0x80)) };
				case 1 -> new byte[] { (byte) 0xE2, (byte) 0x82 };
				case 2 -> new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 };
				case 3 -> new byte[] { (byte) 0xC0, (byte) 0xAF };
				case 4 -> "é€😀".getBytes(StandardCharsets.UTF_8);
				default -> new byte[] { (byte) (0x20 + random.nextInt(0x5F)) };
			};
			pieces.add(piece);
			size += piece.length;
		}
		byte[] bytes = new byte[size];
		int at = 0;
		for (byte[] piece : pieces) {
			System.arraycopy(piece, 0, bytes, at, piece.length);
			at += piece.length;
		}
		return bytes;
	}

	/** A stream that returns few bytes a read, so that sequences are cut between reads. */
	private static InputStream trickle(byte[] bytes, Random random) {
		int most = 1 + random.nextInt(7000);
		return new ByteArrayInputStream(bytes) {
			@Override
			public synchronized int read(byte[] buffer, int offset, int length) {
				return super.read(buffer, offset, Math.min(length, 1 + most));
			}
		};
	}
}
