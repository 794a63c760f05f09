package org.privacy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.privacy.runtime.Record;

/** The parts of the streaming check: line splitting, the record codec, the key set, the look-up store, progress. */
class StreamingPartsTest {

	/** Collects what a reader reports, as text. */
	private static final class Collected implements RecordSink {
		final List<String> events = new ArrayList<>();

		@Override
		public void record(Map<String, Object> values, int line) {
			events.add(line + " " + values);
		}

		@Override
		public void rejected(int line, String message) {
			events.add(line + " rejected: " + message);
		}

		@Override
		public void fileProblem(int line, String message) {
			events.add(line + " file: " + message);
		}
	}

	private static List<String> readJsonLines(byte[] bytes) throws IOException {
		Collected sink = new Collected();
		new JsonLinesReader().read(new ByteArrayInputStream(bytes), sink);
		return sink.events;
	}

	@Test
	void jsonLinesAreCutAtLineEndsAcrossBlocksWithTheirNumbers() throws IOException {
		String longText = "x".repeat(200_000); // longer than the reader's 64 KB block
		String file = "\uFEFF{\"a\": 1}\r\n\n{\"b\": \"" + longText + "\"}\n   \n{\"c\": \"é\"}";

		List<String> events = readJsonLines(file.getBytes(StandardCharsets.UTF_8));

		assertThat(events).hasSize(3);
		assertThat(events.get(0)).isEqualTo("1 {a=1}");
		assertThat(events.get(1)).startsWith("3 {b=xxx").hasSize("3 {b=".length() + longText.length() + "}".length());
		assertThat(events.get(2)).isEqualTo("5 {c=é}");
	}

	@Test
	void manyShortLinesAcrossBlockBoundariesKeepTheirNumbers() throws IOException {
		StringBuilder file = new StringBuilder();
		for (int i = 1; i <= 20_000; i++) {
			file.append("{\"n\": ").append(i).append("}\n");
		}

		List<String> events = readJsonLines(file.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(events).hasSize(20_000);
		for (int i = 1; i <= 20_000; i += 997) {
			assertThat(events.get(i - 1)).isEqualTo(i + " {n=" + i + "}");
		}
	}

	@Test
	void aLineThatIsNotUtf8IsRejectedAlone() throws IOException {
		byte[] bad = { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}', '\n' };
		byte[] good = "{\"a\": \"b\"}\n".getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[bad.length + good.length];
		System.arraycopy(bad, 0, file, 0, bad.length);
		System.arraycopy(good, 0, file, bad.length, good.length);

		assertThat(readJsonLines(file)).containsExactly("1 rejected: the line is not UTF-8 text", "2 {a=b}");
	}

	@Test
	void theCodecGivesBackEveryKindOfValueExactly() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("text", "Ünïcödé \u0000 " + "y".repeat(70_000));
		values.put("int", 7);
		values.put("long", 1L << 40);
		values.put("double", 2.5);
		values.put("big", new BigInteger("123456789012345678901234567890"));
		values.put("decimal", new BigDecimal("0.1000"));
		values.put("yes", true);
		values.put("no", false);
		values.put("nothing", null);
		values.put("list", List.of(1L, "two", Map.of("three", 3L)));
		values.put("nested", Map.of("id", "c1"));
		values.put("wide", "日本語 \uD83D\uDE00 ÿ");
		values.put("lone surrogates", "a\uD800b\uDFFF");
		values.put("latin-1 edge", "\u00FF\u0100");
		values.put("empty", "");
		values.put("instant", Instant.parse("2023-03-01T09:00:00.123456789Z"));
		values.put("date", LocalDate.of(2023, 3, 1));
		values.put("negative", -1L);
		values.put("\uD800 name", "named by a lone surrogate");

		DataRecord decoded = RecordCodec.decode(RecordCodec.encode(values, 1, 42), List.of("a.jsonl", "b.jsonl"));
		Record located = RecordCodec.decode(RecordCodec.encode(values, "data/\uDC00.jsonl:7"));

		for (Record record : List.of(decoded, located)) {
			for (Map.Entry<String, Object> entry : values.entrySet()) {
				Object value = record.get(entry.getKey());
				assertThat(value).as(entry.getKey()).isEqualTo(entry.getValue());
				if (value != null && !(value instanceof List) && !(value instanceof Map)) {
					assertThat(value.getClass()).as(entry.getKey()).isEqualTo(entry.getValue().getClass());
				}
			}
		}
		assertThat(decoded.location()).isEqualTo("b.jsonl:42");
		assertThat(located.location()).isEqualTo("data/\uDC00.jsonl:7");
	}

	@Test
	void seenKeysFindEveryRepeatAndOnlyRepeats() throws IOException {
		// a log of 64 KB in memory: most keys are read back from its file
		try (KeyLog log = new KeyLog(1 << 16)) {
			SeenKeys seen = new SeenKeys(log);
			for (int i = 0; i < 200_000; i++) {
				assertThat(seen.putIfAbsent("key-" + i, i % 3, i + 1)).isEqualTo(-1);
			}
			assertThat(seen.size()).isEqualTo(200_000);
			assertThat(log.onDisk()).isTrue();
			for (int i = 0; i < 200_000; i += 4_999) {
				long first = seen.putIfAbsent("key-" + i, 9, 1);
				assertThat((int) (first >>> 32)).isEqualTo(i % 3);
				assertThat((int) first).isEqualTo(i + 1);
			}
			assertThat(seen.size()).isEqualTo(200_000);
		}
	}

	@Test
	void theStoreFindsByKeyAndByReferenceInFileOrder() throws IOException {
		for (LookupStore.Placement placement : List.of(LookupStore.Placement.MEMORY, LookupStore.Placement.DISK)) {
			Path file;
			try (LookupStore store = LookupStore.open(placement)) {
				file = store.file();
				int data = store.file("data/Consent.jsonl");
				for (int i = 1; i <= 5; i++) {
					byte[] record = RecordCodec.encode(Map.of("id", "k" + i, "owner", i % 2 == 0 ? "a" : "a\u0000b"),
							data, i);
					store.addKeyed("Consent", "k" + i, record);
					store.addReference("Consent", "owner", i % 2 == 0 ? "a" : "a\u0000b", record);
				}
				assertThat(store.addKeyed("Consent", "k1", RecordCodec.encode(Map.of(), data, 9))).isFalse();
				store.filled();
				assertThatThrownBy(() -> store.addKeyed("Consent", "k9", RecordCodec.encode(Map.of(), data, 9)))
						.as("a store is filled once").isInstanceOf(IllegalStateException.class);

				assertThat(store.find("Consent", "k3").get("id")).isEqualTo("k3");
				assertThat(store.find("Consent", "k3").location()).isEqualTo("data/Consent.jsonl:3");
				assertThat(store.find("Consent", "nope")).isNull();
				assertThat(store.find("Other", "k1")).isNull();
				assertThat(store.referencing("Consent", "owner", "a").stream().map(r -> r.get("id")))
						.as(placement.name()).containsExactly("k2", "k4");
				assertThat(store.referencing("Consent", "owner", "a\u0000b").stream().map(Record::location))
						.containsExactly("data/Consent.jsonl:1", "data/Consent.jsonl:3", "data/Consent.jsonl:5");
				assertThat(store.referencing("Consent", "other", "a")).isEmpty();
				if (placement == LookupStore.Placement.DISK) {
					assertThat(file).exists();
				}
			}
			if (file != null) {
				assertThat(Files.exists(file)).as("the temporary file is deleted").isFalse();
			}
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "MEMORY", "DISK" })
	void recordsReadAgainAreTheRightOnesWhateverTheirKeysAndThreads(LookupStore.Placement placement) throws Exception {
		try (LookupStore store = LookupStore.open(placement)) {
			int data = store.file("data/Prospect.jsonl");
			int count = 1_000; // far more keys than a thread keeps recent records: slots are shared and replaced
			for (int i = 0; i < count; i++) {
				byte[] record = RecordCodec.encode(Map.of("id", "p" + i, "group", "g" + i % 7), data, i + 1);
				store.addKeyed("Prospect", "p" + i, record);
				store.addReference("Prospect", "group", "g" + i % 7, record);
			}
			store.filled();
			Callable<Void> reader = () -> {
				SplittableRandom random = new SplittableRandom(System.identityHashCode(Thread.currentThread()));
				for (int n = 0; n < 20_000; n++) {
					int i = random.nextInt(count);
					Record found = store.find("Prospect", "p" + i);
					assertThat(found.get("id")).isEqualTo("p" + i);
					assertThat(found.location()).isEqualTo("data/Prospect.jsonl:" + (i + 1));
					List<Record> group = store.referencing("Prospect", "group", "g" + i % 7);
					assertThat(group.get(i / 7).get("id")).isEqualTo("p" + i);
				}
				return null;
			};
			ExecutorService threads = Executors.newFixedThreadPool(4);
			try {
				for (Future<Void> done : threads.invokeAll(List.of(reader, reader, reader, reader))) {
					done.get();
				}
			} finally {
				threads.shutdownNow();
			}
		}
	}

	@Test
	void progressShowsRecordsRateShareAndTimeLeftThenErasesItself() {
		StringWriter terminal = new StringWriter();
		AtomicLong clock = new AtomicLong(0);
		Progress progress = Progress.on(new PrintWriter(terminal), clock::get);
		progress.expect(1_000);

		progress.update(10, 10);
		assertThat(terminal.toString()).as("nothing during the first second").isEmpty();
		clock.set(2_000_000_000L);
		progress.update(2_000_000, 250);
		assertThat(terminal.toString())
				.isEqualTo("\rchecking: 2,000,000 records, 1,000,000 records/s, 25% read, about 6 s left");
		clock.set(2_100_000_000L);
		progress.update(2_100_000, 260);
		assertThat(terminal.toString()).as("at most four times a second").doesNotContain("2,100,000");

		String shown = "checking: 2,000,000 records, 1,000,000 records/s, 25% read, about 6 s left";
		progress.done();
		assertThat(terminal.toString()).endsWith("\r" + " ".repeat(shown.length()) + "\r");
	}

	@Test
	void progressLinesForLongRuns() {
		Progress progress = Progress.on(new PrintWriter(new StringWriter()), () -> 0);
		progress.expect(100);

		assertThat(progress.line(500, 1, 100_000_000_000L)).endsWith("1% read, about 2 h 45 min left");
		assertThat(progress.line(500, 50, 100_000_000_000L)).endsWith("50% read, about 1 min 40 s left");
		Progress unknownSize = Progress.on(new PrintWriter(new StringWriter()), () -> 0);
		assertThat(unknownSize.line(500, 50, 1_000_000_000L)).isEqualTo("checking: 500 records, 500 records/s");
	}
}
