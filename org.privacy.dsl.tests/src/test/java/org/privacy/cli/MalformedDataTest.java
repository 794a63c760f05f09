package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** Bad data is reported, with file and line, and never stops the run. */
class MalformedDataTest {
	private static final String CUSTOMERS = """
			{"id": "c1", "email": "anna@example.com", "age": 30}
			{"id": "c2", "email": "bob@example.com", "age": "old"}
			{"id": "c3", "email": "carl@example.com" broken
			{"id": "c4", "email": "dina@example.com"}
			{"id": "c1", "email": "eve@example.com", "age": 40}
			[1, 2]

			{"id": "c6", "email": "fred@example.com", "age": null}
			{"id": "c7", "email": "gina@example.com", "age": 12}
			""";
	private static final String PURCHASES = "id,customer,amount\r\n" + "p1,c1,10\r\n" + "p2,c7,20,extra\r\n"
			+ "p3,c1,30\r\n" + "p4,c7,\"1,5\"\r\n" + "p5,c9,5\r\n";

	@TempDir
	Path dir;

	@BeforeEach
	void writeData() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("data/Customer.jsonl", CUSTOMERS, "data/Purchase.csv", PURCHASES));
	}

	@Test
	void everyProblemIsReportedWithFileAndLineAndTheRunGoesOn() {
		Cli.Run run = check("--format", "json");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
		JsonNode report = run.json();
		assertThat(Cli.rows(report.get("dataProblems"), "file", "line")).containsExactly(
				tuple("data/Customer.jsonl", "3"), tuple("data/Customer.jsonl", "5"),
				tuple("data/Customer.jsonl", "6"), tuple("data/Purchase.csv", "3"));
		assertThat(report.get("dataProblems").get(0).get("message").asString()).contains("not valid JSON");
		assertThat(report.get("dataProblems").get(1).get("message").asString())
				.contains("already used by the record at data/Customer.jsonl:1");
		assertThat(report.get("dataProblems").get(3).get("message").asString()).contains("4 cells", "header has 3");
	}

	@Test
	void wrongTypesAndMissingValuesAreDataErrorFindings() {
		JsonNode report = check("--format", "json").json();

		assertThat(Cli.rows(report.get("findings"), "rule", "status", "record", "location")).containsExactly(
				tuple("AGE-01", "data-error", "c2", "data/Customer.jsonl:2"),
				tuple("AGE-01", "data-error", "c4", "data/Customer.jsonl:4"),
				tuple("AGE-01", "data-error", "c6", "data/Customer.jsonl:8"),
				tuple("AGE-01", "violated", "c7", "data/Customer.jsonl:9"),
				tuple("BUY-01", "violated", "p4", "data/Purchase.csv:5"),
				tuple("BUY-01", "data-error", "p5", "data/Purchase.csv:6"));
	}

	@Test
	void countsRecordsReadCheckedAndRejected() {
		JsonNode summary = check("--format", "json").json().get("summary");

		assertThat(counts(summary.get("records"))).isEqualTo("13/9/4");
		assertThat(counts(summary.get("entities").get("Customer"))).isEqualTo("8/5/3");
		assertThat(counts(summary.get("entities").get("Purchase"))).isEqualTo("5/4/1");
		assertThat(summary.get("dataErrors").asInt()).isEqualTo(4);
		assertThat(summary.get("dataProblems").asInt()).isEqualTo(4);
	}

	@Test
	void textReportListsProblemsAndMasksEmails() {
		Cli.Run run = check();

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains("  data/Customer.jsonl:3: not valid JSON", "  data/Purchase.csv:3: the row has 4");
		assertThat(run.out()).contains("customer g***@***.com is 12 years old");
		assertThat(run.out()).doesNotContainPattern("[a-z]+@example\\.com");
	}

	@Test
	void revealingPersonalDataShowsTheEmail() {
		assertThat(check("--reveal-personal-data").out()).contains("customer gina@example.com is 12 years old");
	}

	@Test
	void cleanDataExitsZero() throws IOException {
		Cli.write(dir, Map.of("data/Customer.jsonl", "{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 30}\n",
				"data/Purchase.csv", "id,customer,amount\np1,c1,10\n"));

		Cli.Run run = check();

		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.out()).contains("Findings by article\n===================\nnone");
	}

	@Test
	void aLineThatIsNotUtf8IsRejectedAlone() throws IOException {
		byte[] bytes = ("\uFEFF{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 30}\r\n"
				+ "{\"id\": \"c2\", \"email\": \"?\", \"age\": 30}\r\n"
				+ "{\"id\": \"c3\", \"email\": \"c@b.fr\", \"age\": 3}").getBytes(StandardCharsets.UTF_8);
		bytes[new String(bytes, StandardCharsets.UTF_8).indexOf('?') + 2] = (byte) 0xFF;
		Files.write(dir.resolve("data/Customer.jsonl"), bytes);

		JsonNode report = check("--format", "json").json();

		assertThat(Cli.rows(report.get("dataProblems"), "line", "message")).startsWith(
				tuple("2", "the line is not UTF-8 text"));
		assertThat(Cli.rows(report.get("findings"), "rule", "location")).contains(
				tuple("AGE-01", "data/Customer.jsonl:3"));
		assertThat(counts(report.get("summary").get("entities").get("Customer"))).isEqualTo("3/2/1");
	}

	/** Spreadsheets in French (and other locales with decimal commas) export CSV separated by semicolons. */
	@Test
	void csvSeparatedBySemicolonsOrTabsIsRead() throws IOException {
		String comma = "id,customer,amount\np1,c1,10\np2,c7,\"1,5\"\n";
		JsonNode expected = checkPurchases(comma);
		assertThat(Cli.rows(expected.get("findings"), "rule", "record")).contains(tuple("BUY-01", "p2"));

		for (String separated : new String[] { comma.replace(',', ';').replace("\"1;5\"", "\"1,5\""),
				comma.replace(',', '\t').replace("\"1\t5\"", "\"1,5\""), 
				"\"id\";customer;amount\np1;c1;10\np2;c7;\"1,5\"\n" }) {
			JsonNode report = checkPurchases(separated);
			assertThat(report.get("dataProblems")).as(separated).isEmpty();
			assertThat(report.get("findings")).as(separated).isEqualTo(expected.get("findings"));
		}
		// a comma in the header decides: the semicolons are then part of the cells, and 'customer' is missing
		JsonNode mixed = checkPurchases("id,customer;amount\np1,c1;10\n");
		assertThat(Cli.rows(mixed.get("findings"), "rule", "status", "record")).contains(
				tuple("BUY-01", "data-error", "p1"));
	}

	private JsonNode checkPurchases(String csv) throws IOException {
		Cli.write(dir, Map.of("data/Customer.jsonl", "{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 30}\n"
				+ "{\"id\": \"c7\", \"email\": \"g@b.fr\", \"age\": 12}\n", "data/Purchase.csv", csv));
		return check("--format", "json").json();
	}

	/** Issue 10: one byte that is not UTF-8 in a CSV file ended the file; now it costs its row, as in JSON Lines. */
	@Test
	void aCsvRowThatIsNotUtf8IsRejectedAlone() throws IOException {
		byte[] bytes = ("\uFEFFid,customer,amount\r\np1,c1,10\r\np2,c?,\"20\r\n\"\r\np3,c1,30\r\n")
				.getBytes(StandardCharsets.UTF_8);
		bytes[new String(bytes, StandardCharsets.UTF_8).indexOf('?') + 2] = (byte) 0xC3; // a lead byte cut short
		Files.write(dir.resolve("data/Purchase.csv"), bytes);

		JsonNode report = check("--format", "json").json();

		assertThat(Cli.rows(report.get("dataProblems"), "file", "line", "message")).contains(
				tuple("data/Purchase.csv", "3", "the row is not UTF-8 text"));
		assertThat(counts(report.get("summary").get("entities").get("Purchase"))).isEqualTo("3/2/1");
	}

	@Test
	void aJsonArrayObjectThatIsNotUtf8IsRejectedAlone() throws IOException {
		Files.delete(dir.resolve("data/Customer.jsonl"));
		byte[] bytes = ("[{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 30},\n"
				+ " {\"id\": \"c2\", \"email\": \"?\", \"age\": 30},\n"
				+ " {\"id\": \"c3\", \"email\": \"c@b.fr\", \"age\": 3}]").getBytes(StandardCharsets.UTF_8);
		bytes[new String(bytes, StandardCharsets.UTF_8).indexOf('?')] = (byte) 0xFE;
		Files.write(dir.resolve("data/Customer.json"), bytes);

		JsonNode report = check("--format", "json").json();

		assertThat(Cli.rows(report.get("dataProblems"), "file", "line", "message")).contains(
				tuple("data/Customer.json", "2", "the object is not UTF-8 text"));
		assertThat(Cli.rows(report.get("findings"), "rule", "location")).contains(tuple("AGE-01", "data/Customer.json:3"));
		assertThat(counts(report.get("summary").get("entities").get("Customer"))).isEqualTo("3/2/1");
	}

	private Cli.Run check(String... options) {
		List<String> args = new ArrayList<>(List.of("check", dir.toString(), "--now", "2024-01-01T00:00:00Z"));
		args.addAll(List.of(options));
		return Cli.run(args.toArray(String[]::new));
	}

	private static String counts(JsonNode counts) {
		return counts.get("read").asInt() + "/" + counts.get("checked").asInt() + "/" + counts.get("rejected").asInt();
	}
}
