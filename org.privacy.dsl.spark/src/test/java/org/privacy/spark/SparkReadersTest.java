package org.privacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.runtime.DataModel;
import org.privacy.runtime.DataModel.Type;

/** Bad lines become data problems naming the file and line, never a value; good lines keep their values as text. */
class SparkReadersTest {
	private static final DataModel MODEL = new DataModel(List.of(new DataModel.Entity("Person", "id",
			List.of(DataModel.field("id", Type.TEXT), DataModel.field("email", Type.TEXT).withPersonal(),
					DataModel.field("age", Type.NUMBER), DataModel.field("tags", Type.TEXT).withList()))));

	@TempDir
	Path data;

	@Test
	void jsonLinesProblemsHaveFileAndLineAndNoValues() throws Exception {
		Files.writeString(data.resolve("Person.jsonl"), String.join("\n",
				"{\"id\": \"p1\", \"email\": \"jo@example.fr\", \"age\": 42, \"tags\": [\"a\", \"b\"]}",
				"{\"id\": \"p2\", \"email\": \"secret.person@example.fr\"",
				"",
				"{\"id\": \"p4\", \"age\": \"not a number\"}",
				"{\"id\": \"p5\", \"tags\": \"secret-tag\"}") + "\n");
		Map<String, Row> byLine = read();

		assertThat(byLine.keySet()).containsExactly("data/Person.jsonl:1", "data/Person.jsonl:2",
				"data/Person.jsonl:4", "data/Person.jsonl:5");
		Row good = byLine.get("data/Person.jsonl:1");
		assertThat((String) good.getAs(Prepare.PROBLEM)).isNull();
		assertThat((String) good.getAs("age")).isEqualTo("42"); // text, which the runtime parses as the CLI does
		assertThat(good.getList(good.fieldIndex("tags"))).containsExactly("a", "b");
		assertThat((String) byLine.get("data/Person.jsonl:4").getAs("age")).isEqualTo("not a number");
		for (String bad : List.of("data/Person.jsonl:2", "data/Person.jsonl:5")) {
			String problem = byLine.get(bad).getAs(Prepare.PROBLEM);
			assertThat(problem).isNotNull().doesNotContain("secret");
		}
	}

	@Test
	void csvRowsWithTheWrongNumberOfCellsAreProblems() throws Exception {
		Files.writeString(data.resolve("Person.csv"), String.join("\n",
				"id,email,age",
				"p1,\"jo@example.fr\",42",
				"p2,secret@example.fr,42,extra",
				"p3,\"unclosed secret,1",
				"p4,,7") + "\n");
		Map<String, Row> byLine = read();

		assertThat((String) byLine.get("data/Person.csv:2").getAs(Prepare.PROBLEM)).isNull();
		assertThat((String) byLine.get("data/Person.csv:2").getAs("email")).isEqualTo("jo@example.fr");
		assertThat((String) byLine.get("data/Person.csv:3").getAs(Prepare.PROBLEM))
				.isEqualTo("the row has 4 cells but the header has 3");
		assertThat((String) byLine.get("data/Person.csv:4").getAs(Prepare.PROBLEM)).isNotNull()
				.doesNotContain("secret");
		assertThat((String) byLine.get("data/Person.csv:5").getAs("email")).isNull(); // an empty cell is missing
	}

	/** As {@code privacy check} reads them: spreadsheets in French export CSV separated by semicolons. */
	@Test
	void csvSeparatedBySemicolonsOrTabsIsReadAsWithCommas() throws Exception {
		Files.writeString(data.resolve("Person.csv"), "id,email,age\np1,\"jo@example.fr\",42\np2,,\"4,5\"\n");
		Map<String, List<Object>> expected = cells(read());
		assertThat(expected.get("data/Person.csv:3")).containsExactly(null, "p2", null, "4,5");

		for (String separated : new String[] { "id;email;age\np1;\"jo@example.fr\";42\np2;;\"4,5\"\n",
				"id\temail\tage\np1\t\"jo@example.fr\"\t42\np2\t\t\"4,5\"\n" }) {
			Files.writeString(data.resolve("Person.csv"), separated);
			assertThat(cells(read())).as(separated).isEqualTo(expected);
		}
	}

	private static Map<String, List<Object>> cells(Map<String, Row> byLine) {
		Map<String, List<Object>> cells = new TreeMap<>();
		byLine.forEach((line, row) -> cells.put(line, java.util.Arrays.asList(row.getAs(Prepare.PROBLEM),
				row.getAs("id"), row.getAs("email"), row.getAs("age"))));
		return cells;
	}

	/** Listed through Hadoop's file system (for {@code hdfs://}, {@code s3a://}...), a folder gives the same records. */
	@Test
	void aFolderListedByUriGivesTheSameRecordsAndSkipsSparksOwnFiles() throws Exception {
		Files.createDirectories(data.resolve("Person"));
		Files.writeString(data.resolve("Person/part-1.jsonl"), "{\"id\": \"p1\", \"age\": 42}\n");
		Files.writeString(data.resolve("Person/part-2.csv"), "id,age\np2,7\n");
		Files.writeString(data.resolve("Person/_SUCCESS"), "");
		Files.writeString(data.resolve("Person/.part-1.jsonl.crc"), "not data");
		Files.writeString(data.resolve("Person/_temporary.jsonl"), "{\"id\": \"not committed\"}\n");

		Map<String, Row> byPath = read();
		Dataset<Row> byUri = SparkReaders.folder(SparkTestSupport.spark(), MODEL, data.toUri().toString(), "data")
				.get("Person");
		Map<String, Row> byLine = new TreeMap<>();
		byUri.collectAsList().forEach(row -> byLine.put(row.getAs(Prepare.FILE) + ":" + row.getAs(Prepare.LINE), row));

		assertThat(byLine.keySet()).containsExactly("data/Person/part-1.jsonl:1", "data/Person/part-2.csv:2");
		assertThat(byPath.keySet()).contains("data/Person/part-1.jsonl:1", "data/Person/part-2.csv:2");
		assertThat(byLine.values().stream().map(row -> (String) row.getAs("id")).toList()).containsExactly("p1", "p2");
	}

	/**
	 * File names as exports write them are read as {@code privacy check} reads them ({@link
	 * org.privacy.check.EntityFiles}): case, {@code -} and {@code _} do not matter, the base name is cut at its last
	 * dot, and a folder named after an entity holds its records.
	 */
	@Test
	void filesAreNamedAfterEntitiesAsTheCheckNamesThem() throws Exception {
		DataModel model = new DataModel(List.of(
				new DataModel.Entity("MessageSend", "id", List.of(DataModel.field("id", Type.TEXT))),
				new DataModel.Entity("Person", "id", List.of(DataModel.field("id", Type.TEXT)))));
		Files.createDirectories(data.resolve("PERSON/2023"));
		Files.createDirectories(data.resolve("exports"));
		Files.writeString(data.resolve("message_send.jsonl"), "{\"id\": \"m1\"}\n");
		Files.writeString(data.resolve("MESSAGESEND.csv"), "id\nm2\n");
		Files.writeString(data.resolve("exports/message-send.jsonl"), "{\"id\": \"m3\"}\n");
		Files.writeString(data.resolve("Person.2023.jsonl"), "{\"id\": \"not read\"}\n");
		Files.writeString(data.resolve("person.jsonl"), "{\"id\": \"p1\"}\n");
		Files.writeString(data.resolve("PERSON/2023/part.0001.jsonl"), "{\"id\": \"p2\"}\n");
		Files.writeString(data.resolve("exports/people.jsonl"), "{\"id\": \"not read\"}\n");

		Map<String, Dataset<Row>> byEntity = SparkReaders.folder(SparkTestSupport.spark(), model, data, "data");

		assertThat(byEntity.keySet()).containsExactly("MessageSend", "Person");
		assertThat(ids(byEntity.get("MessageSend"))).containsExactly("data/MESSAGESEND.csv:2 m2",
				"data/exports/message-send.jsonl:1 m3", "data/message_send.jsonl:1 m1");
		assertThat(ids(byEntity.get("Person"))).containsExactly("data/PERSON/2023/part.0001.jsonl:1 p2",
				"data/person.jsonl:1 p1");
	}

	/** {@code privacy check} reads a JSON array file; Spark does not, and says so rather than check fewer records. */
	@Test
	void aJsonArrayFileIsADataProblemNotSkipped() throws Exception {
		Files.writeString(data.resolve("Person.json"), "[{\"id\": \"p1\", \"email\": \"secret@example.fr\"}]\n");
		Files.writeString(data.resolve("notes.json"), "{}\n");

		Map<String, Row> byLine = read();

		assertThat(byLine.keySet()).containsExactly("data/Person.json:1");
		assertThat((String) byLine.get("data/Person.json:1").getAs(Prepare.PROBLEM)).contains("JSON Lines")
				.doesNotContain("secret");
	}

	private static List<String> ids(Dataset<Row> rows) {
		return rows.collectAsList().stream().map(row -> row.getAs(Prepare.FILE) + ":" + row.getAs(Prepare.LINE) + " "
				+ row.getAs("id")).sorted().toList();
	}

	private Map<String, Row> read() {
		Dataset<Row> rows = SparkReaders.folder(SparkTestSupport.spark(), MODEL, data, "data").get("Person");
		Map<String, Row> byLine = new TreeMap<>();
		for (Row row : rows.collectAsList()) {
			byLine.put(row.getAs(Prepare.FILE) + ":" + row.getAs(Prepare.LINE), row);
		}
		return byLine;
	}
}
