package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Every kind of data problem, and data errors about values of the wrong kind, fed with e-mail addresses where the
 * attacker could put them (cells, header names, property names, keys, bytes that are not UTF-8): no report format
 * quotes them, and each problem is still reported where it is. Issue 10: a CSV without a header row printed "the
 * header names the column 'jean.dupont@example.com' twice", a duplicated JSON property was named, and a key holding an
 * object was accepted and printed whole.
 */
class DataProblemLeakTest {
	/** Stands for a byte that is not UTF-8 in a case's text. */
	private static final String NOT_UTF8 = "<FF>";

	@TempDir
	Path dir;

	/** A data file, what the report must say about it (in its problems or findings) and where. */
	record Case(String name, String file, String content, String location, String says) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				// JSON Lines
				jsonl("a property named twice", """
						{"id": "c1", "email": "jean.dupont@example.com", "jean.dupont@example.com": 1, \
						"jean.dupont@example.com": 2, "age": 30}""", 1, "a property name appears twice"),
				jsonl("a property named twice in a nested object", """
						{"id": "c1", "email": "a@b.fr", "age": 30, "extra": {"email": "jean.dupont@example.com", \
						"email": "marie.curie@example.com"}}""", 1, "a property name appears twice"),
				jsonl("a key holding an object",
						"{\"id\": {\"mail\": \"jean.dupont@example.com\"}, \"email\": \"a@b.fr\", \"age\": 12}", 1,
						"the key 'id' holds an object"),
				jsonl("a key holding a list", "{\"id\": [\"jean.dupont@example.com\"], \"email\": \"a@b.fr\", \"age\": 12}",
						1, "the key 'id' holds a list"),
				jsonl("a line that is not an object", "\"jean.dupont@example.com\"", 1, "the line holds a string"),
				jsonl("a line that is not JSON", "{\"id\": \"c1\", \"email\": \"jean.dupont@example.com\" oops}", 1,
						"not valid JSON"),
				jsonl("two values on a line", "{\"id\": \"c1\"} \"jean.dupont@example.com\"", 1,
						"more than one JSON value"),
				jsonl("a line that is not UTF-8", "{\"id\": \"c1\", \"email\": \"jean.dupont" + NOT_UTF8
						+ "@example.com\", \"age\": 12}", 1, "not UTF-8"),
				jsonl("text where a number is expected",
						"{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": \"jean.dupont@example.com\"}", 1,
						"'age' should be a number, not text of 23 characters"),
				// JSON arrays
				json("a property named twice", """
						[{"id": "c1", "email": "a@b.fr", "age": 30,
						  "jean.dupont@example.com": 1, "jean.dupont@example.com": 2}]""", 1,
						"again at line 2, column"),
				json("a key holding an object",
						"[{\"id\": {\"mail\": \"jean.dupont@example.com\"}, \"email\": \"a@b.fr\", \"age\": 12}]", 1,
						"the key 'id' holds an object"),
				json("an element that is not an object", "[\"jean.dupont@example.com\"]", 1, "the element is a string"),
				json("an array not closed", "[{\"id\": \"c1\", \"email\": \"jean.dupont@example.com\", \"age\": 30}", 2,
						"not valid JSON"),
				json("an object that is not UTF-8", "[{\"id\": \"c1\", \"email\": \"jean.dupont" + NOT_UTF8
						+ "@example.com\", \"age\": 12},\n {\"id\": \"c2\", \"email\": \"a@b.fr\", \"age\": 12}]", 1,
						"the object is not UTF-8 text"),
				// CSV
				csv("a file without a header row, a value twice in the first row",
						"jean.dupont@example.com,jean.dupont@example.com,12\r\nc2,a@b.fr,12\r\n", 1,
						"columns 1 and 2 of the header have the same name"),
				csv("a file without a header row", "c1,jean.dupont@example.com,12\r\nc2,marie.curie@example.com,12\r\n",
						1, "the header row names no field of 'Customer'; does the file start with a header row?"),
				csv("a row with a cell too many", "id,email,age\nc1,jean.dupont@example.com,12,jean@example.com\n", 2,
						"the row has 4 cells but the header has 3"),
				csv("a quoted cell not closed", "id,email,age\nc1,\"jean.dupont@example.com,12\n", 3, "not valid CSV"),
				csv("a row that is not UTF-8",
						"id,email,age\nc1,jean.dupont" + NOT_UTF8 + "@example.com,12\nc2,a@b.fr,12\n", 2,
						"the row is not UTF-8 text"),
				csv("a header that is not UTF-8", "id,jean.dupont" + NOT_UTF8 + "@example.com,age\nc1,a@b.fr,12\n", 1,
						"the header row is not UTF-8 text"),
				// references
				file("a reference to a record that is not there", "data/Purchase.csv",
						"id,customer,amount\np1,jean.dupont@example.com,10\n", 2,
						"'customer' refers to a Customer that is not in the data"),
				file("a reference holding a list", "data/Purchase.jsonl",
						"{\"id\": \"p1\", \"customer\": [\"jean.dupont@example.com\"], \"amount\": 10}", 1,
						"'customer' should be a key or a record, not a list"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void noReportQuotesTheData(Case c) throws IOException {
		Cli.write(dir, ShopRules.files());
		Files.createDirectories(dir.resolve("data"));
		Files.write(dir.resolve(c.file()), bytes(c.content()));

		Cli.Run json = check("--format", "json");
		Cli.Run text = check();
		Cli.Run html = check("--format", "html");

		assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCode.FINDINGS);
		assertThat(said(json.json())).as(json.out()).anySatisfy(s -> assertThat(s).startsWith(c.location())
				.contains(c.says()));
		for (Cli.Run run : List.of(json, text, html)) {
			assertThat(run.out() + run.err()).doesNotContain("dupont", "curie", "example.com", "mail\"", "mail=");
		}
		assertThat(text.out()).contains(c.says());
	}

	/** Each data problem and finding as {@code file:line: message}. */
	private static List<String> said(JsonNode report) {
		List<String> said = new ArrayList<>();
		for (JsonNode problem : report.get("dataProblems")) {
			said.add(problem.get("file").asString() + ":" + problem.get("line").asInt() + ": "
					+ problem.get("message").asString());
		}
		for (JsonNode finding : report.get("findings")) {
			said.add(finding.get("location").asString() + ": " + finding.get("explanation").asString());
		}
		return said;
	}

	private Cli.Run check(String... options) {
		List<String> args = new ArrayList<>(List.of("check", dir.toString(), "--now", "2024-01-01T00:00:00Z"));
		args.addAll(List.of(options));
		return Cli.run(args.toArray(String[]::new));
	}

	private static byte[] bytes(String content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String[] parts = content.split(NOT_UTF8, -1);
		for (int i = 0; i < parts.length; i++) {
			out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
			if (i < parts.length - 1) {
				out.write(0xFF);
			}
		}
		return out.toByteArray();
	}

	private static Arguments jsonl(String name, String content, int line, String says) {
		return file("JSON Lines: " + name, "data/Customer.jsonl", content + "\n", line, says);
	}

	private static Arguments json(String name, String content, int line, String says) {
		return file("JSON: " + name, "data/Customer.json", content + "\n", line, says);
	}

	private static Arguments csv(String name, String content, int line, String says) {
		return file("CSV: " + name, "data/Customer.csv", content, line, says);
	}

	private static Arguments file(String name, String file, String content, int line, String says) {
		return Arguments.of(new Case(name, file, content, file + ":" + line, says));
	}
}
