package org.privacy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Text through {@link RecordCodec}, in records and in the streams of spilled findings, comes back unit for unit:
 * ISO 8859-1, any other UTF-16 unit, lone surrogates, NUL, empty and {@code null}.
 */
class RecordCodecTextTest {

	@Test
	void everyTextComesBackUnitForUnit() throws IOException {
		SplittableRandom random = new SplittableRandom(5);
		List<String> texts = new ArrayList<>();
		texts.add(null);
		texts.add("");
		for (int n = 0; n < 5_000; n++) {
			texts.add(text(random));
		}

		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			values.put(i + (texts.get(i) == null ? "" : texts.get(i)), texts.get(i));
		}
		DataRecord record = RecordCodec.decode(RecordCodec.encode(values, 0, 1), List.of("a.jsonl"));
		for (Map.Entry<String, Object> entry : values.entrySet()) {
			assertThat(record.get(entry.getKey())).isEqualTo(entry.getValue());
		}

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			for (String text : texts) {
				RecordCodec.writeString(out, text);
			}
		}
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			for (String text : texts) {
				assertThat(RecordCodec.readString(in)).isEqualTo(text);
			}
		}
	}

	/** Mostly ISO 8859-1, at times any unit at all (surrogates alone or in pairs), up to 40 units. */
	private static String text(SplittableRandom random) {
		boolean wide = random.nextBoolean();
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(40); i > 0; i--) {
			text.append((char) (wide && random.nextInt(4) == 0 ? random.nextInt(0x10000) : random.nextInt(0x100)));
		}
		return text.toString();
	}
}
