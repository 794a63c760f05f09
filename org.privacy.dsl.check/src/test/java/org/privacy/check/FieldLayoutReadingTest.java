package org.privacy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.DataModel;
import org.privacy.runtime.FindingSink;
import org.privacy.runtime.Record;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.RuleInfo;

/**
 * Readers that keep only the fields the rules read ({@link FieldLayout}) give those fields the values a reader
 * keeping every field gives, and reject exactly the same records with the same messages: the values they pass over
 * are still read, not built.
 */
class FieldLayoutReadingTest {
	private static final FieldLayout ID_EMAIL = FieldLayout.of(List.of("id", "email", "tags"));

	@Test
	void aLayoutOfNamesThatAreNotLiteralsHoldsTheLiteralsThatGeneratedValidatorsAskWith() {
		// names built at run time, as a model read from rules has them: equal to the literals, not the same strings
		FieldLayout layout = FieldLayout.of(List.of(new String("id"), new String("email")));
		assertThat(layout.name(0)).isSameAs("id");
		assertThat(layout.name(1)).isSameAs("email");
		assertThat(layout.slot("email")).isEqualTo(1);
		assertThat(layout.slot(new String("email"))).isEqualTo(1);
		assertThat(layout.slot("tags")).isEqualTo(-1);
	}

	/** Collects what a reader reports, as text; with a layout, the reader keeps only its fields. */
	private static final class Collected implements RecordSink {
		final FieldLayout layout;
		final List<String> events = new ArrayList<>();
		final List<Map<String, Object>> records = new ArrayList<>();

		Collected(FieldLayout layout) {
			this.layout = layout;
		}

		@Override
		public FieldLayout fields() {
			return layout;
		}

		@Override
		public void record(Map<String, Object> values, int line) {
			records.add(values);
			events.add(line + " record");
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

	private static Collected read(DataFormat format, String text, FieldLayout layout) throws Exception {
		Collected sink = new Collected(layout);
		format.reader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sink);
		return sink;
	}

	/**
	 * Reads {@code text} with and without the layout: the same events, and the same values; the kept fields' values
	 * without reading a line again.
	 */
	private static Collected readBothWays(String text) throws Exception {
		Collected all = read(DataFormat.JSON_LINES, text, null);
		Collected some = read(DataFormat.JSON_LINES, text, ID_EMAIL);
		assertThat(some.events).isEqualTo(all.events);
		for (int i = 0; i < all.records.size(); i++) {
			RecordValues values = (RecordValues) some.records.get(i);
			for (String field : List.of("id", "email", "tags")) {
				assertThat(values.get(field)).isEqualTo(all.records.get(i).get(field));
				assertThat(values.containsKey(field)).isEqualTo(all.records.get(i).containsKey(field));
			}
			assertThat(values.readWhole()).isFalse();
			assertThat(values).isEqualTo(all.records.get(i));
		}
		return some;
	}

	@Test
	void jsonLinesKeepOnlyTheFieldsOfTheLayoutWithTheirValues() throws Exception {
		Collected some = readBothWays("""
				{"id": "a1", "note": "not read", "email": "a@b.fr", "age": 30, "extra": {"deep": [1, 2, {"x": null}]}}
				{"email": null, "id": 7, "tags": ["x", {"y": 1.5}], "big": 123456789012345678901234567890}
				{"other": true}
				""");

		assertThat(some.records.get(1).get("id")).isEqualTo(7);
		assertThat(some.records.get(1).get("tags")).isEqualTo(List.of("x", Map.of("y", 1.5)));
		assertThat(some.records.get(1).get("email")).isNull();
		assertThat(some.records.get(1).containsKey("email")).isTrue();
		assertThat(some.records.get(2).get("id")).isNull();
		assertThat(some.records.get(2).containsKey("id")).isFalse();

		// a property outside the layout (a field read from a map) is read from the line again
		RecordValues first = (RecordValues) some.records.get(0);
		assertThat(first.get("extra")).isEqualTo(Map.of("deep", List.of(1, 2, java.util.Collections.singletonMap("x", null))));
		assertThat(first.readWhole()).isTrue();
		assertThat(first.get("note")).isEqualTo("not read");
		assertThat(first.get("absent")).isNull();
	}

	@Test
	void whatIsPassedOverStillRejectsALineAsBefore() throws Exception {
		Collected some = readBothWays("""
				{"id": "a1", "note": 1, "note": 2}
				{"id": "a2", "extra": {"name": "x", "name": "y"}}
				{"id": "a3", "extra": [{"n": 1}, {"n": 2, "n": 3}]}
				{"id": "a4", "id": "a5"}
				{"id": "a6", "email": null, "email": "x@y.fr"}
				{"id": "a7", "note": [1, 2}
				{"id": "a8", "note": "unclosed}
				{"id": "a9", "note": 1} {"id": "b1"}
				{"id": "b2", "note": {"a": 1, "a": 2}, "id": "b3"}
				{"id": "b4", "note": -}
				""");

		assertThat(some.events).hasSize(10).allMatch(event -> event.contains("rejected"));
		assertThat(some.events.get(0)).contains("a property name appears twice");
	}

	@Test
	void linesReadByOneParserEndAsIfEachHadItsOwn() throws Exception {
		List<byte[]> kinds = new ArrayList<>();
		for (String line : List.of("{\"id\": \"a1\", \"email\": \"a@b.fr\", \"n\": 1}", "{\"id\": \"é\", \"tags\": [1, {}]}",
				"{\"id\": \"crlf\"}\r", "", "   \t ", "\r", "\t{\"id\": 1}", "{}", "{\"id\": 1} {\"id\": 2}",
				"{\"id\": 1} oops", "{\"id\": 1", "[1]", "\"text\"", "{\"id\": 1, \"id\": 2}",
				"{\"x\": {\"b\": 1, \"b\": 2}}", "{\"id\":\r 3}", "\f", "{\"id\": \"\u0000\"}", "\u2003",
				"{\"n\": 123456789012345678901234567890, \"x\": 1e999}", "{\"id\": \"" + "y".repeat(300) + "\"}",
				"  {\"id\": \"after spaces\"}  ", "{\"id\": 2}\r\r", "} {", "{\"id\": tru}")) {
			kinds.add(line.getBytes(StandardCharsets.UTF_8));
		}
		kinds.add(new byte[] { '{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}' });
		java.util.SplittableRandom random = new java.util.SplittableRandom(13);
		java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
		List<byte[]> lines = new ArrayList<>();
		for (int i = 0; i < 6000; i++) {
			// mostly good lines, as in real exports, so that runs are long and cross the reader's blocks
			byte[] line = random.nextInt(4) == 0 ? kinds.get(random.nextInt(kinds.size())) : kinds.get(random.nextInt(3));
			lines.add(line);
			file.write(line);
			file.write('\n');
		}
		for (FieldLayout layout : java.util.Arrays.asList(null, ID_EMAIL)) {
			Collected expected = new Collected(layout);
			for (int i = 0; i < lines.size(); i++) {
				JsonLinesReader.parseLine(lines.get(i), 0, lines.get(i).length, i + 1, expected);
			}
			Collected read = new Collected(layout);
			new JsonLinesReader().read(new ByteArrayInputStream(file.toByteArray()), read);

			assertThat(read.events).isEqualTo(expected.events);
			assertThat(read.records).isEqualTo(expected.records);
			assertThat(read.events).anyMatch(event -> event.endsWith("record"))
					.anyMatch(event -> event.contains("more than one JSON value"))
					.anyMatch(event -> event.contains("appears twice")).anyMatch(event -> event.contains("not UTF-8"));
		}
	}

	@Test
	void jsonArraysAndCsvKeepEveryValue() throws Exception {
		assertThat(read(DataFormat.JSON_ARRAY, "[{\"id\": \"a1\", \"note\": \"x\"}]", ID_EMAIL).records)
				.containsExactly(Map.of("id", "a1", "note", "x"));
		assertThat(read(DataFormat.CSV, "id,note\na1,x\n", ID_EMAIL).records)
				.containsExactly(Map.of("id", "a1", "note", "x"));
	}

	@Test
	void aLayoutHoldsTheFieldsOfEveryModelAndNoneWhenAPolicyCouldReadOthers() {
		DataModel.Entity narrow = new DataModel.Entity("Account", "id", List.of(
				DataModel.field("id", DataModel.Type.TEXT), DataModel.field("email", DataModel.Type.TEXT)));
		DataModel.Entity wide = new DataModel.Entity("Account", "id", List.of(
				DataModel.field("id", DataModel.Type.TEXT), DataModel.field("country", DataModel.Type.TEXT)));
		DataModel other = new DataModel(List.of(new DataModel.Entity("Order", null, List.of())));
		DataModel engine = new DataModel(List.of(narrow));

		FieldLayout both = FieldLayout.of("Account", engine,
				List.of(policy(Set.of("Account"), new DataModel(List.of(narrow))),
						policy(Set.of("Account"), new DataModel(List.of(wide))), policy(Set.of("Order"), other)));
		assertThat(both.size()).isEqualTo(3);
		assertThat(List.of(both.name(0), both.name(1), both.name(2))).containsExactly("id", "email", "country");
		assertThat(both.slot("country")).isEqualTo(2);
		assertThat(both.slot("age")).isEqualTo(-1);

		// an entity the model does not know, a policy with rules about it but no word of it in its model, a policy
		// without a model: any field may be read
		assertThat(FieldLayout.of("Order", engine, List.of())).isNull();
		assertThat(FieldLayout.of("Account", engine, List.of(policy(Set.of("Account"), other)))).isNull();
		assertThat(FieldLayout.of("Account", engine, List.of(policy(Set.of("Order"), DataModel.EMPTY)))).isNull();
	}

	@Test
	void recordValuesWithNothingOutsideTheLayoutAreAMapOfTheirSlots() throws Exception {
		RecordValues values = (RecordValues) read(DataFormat.JSON_LINES, "{\"tags\": [\"x\"], \"id\": \"a1\", \"email\": null}\n",
				ID_EMAIL).records.get(0);

		assertThat(values).hasSize(3).containsEntry("id", "a1").containsEntry("tags", List.of("x"))
				.containsEntry("email", null);
		assertThat(values.keySet()).containsExactly("id", "email", "tags");
		assertThat(values.get("unknown")).isNull();
		assertThat(values.readWhole()).isFalse();
		assertThat(RecordCodec.decode(RecordCodec.encode(values, 0, 3), List.of("a.jsonl")).get("tags"))
				.isEqualTo(List.of("x"));
	}

	private static RecordPolicy policy(Set<String> entities, DataModel model) {
		return new RecordPolicy() {
			@Override
			public String name() {
				return "P";
			}

			@Override
			public List<RuleInfo> rules() {
				return List.of();
			}

			@Override
			public SortedSet<String> parameterNames() {
				return new TreeSet<>();
			}

			@Override
			public Set<String> entities() {
				return entities;
			}

			@Override
			public DataModel model() {
				return model;
			}

			@Override
			public void check(String entity, Record record, Context context, FindingSink sink) {
				// no rule
			}
		};
	}
}
