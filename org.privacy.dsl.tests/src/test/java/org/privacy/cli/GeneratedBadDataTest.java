package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * Thousands of generated records, most of them malformed in one of the ways real exports are (wrong types, nulls,
 * missing fields, huge numbers, invalid dates, broken UTF-8, truncated lines, a property twice, a key used twice,
 * not an object): each becomes a data-error finding or a data problem at its own line, the run goes on, the counts add
 * up, and no raw personal data appears in any report.
 */
class GeneratedBadDataTest {
	static final int RECORDS = 3_000;

	private static final String MODEL = """
			package people
			entity Person {
				id: text key
				email: text category user.contact.email
				age: number
				joinedAt: datetime
			}
			""";
	private static final String RULES = """
			package people
			policy People "People"
			rule P-1 "Members are adults"
				basis "GDPR art. 8"
				Person requires age >= 18
			rule P-2 "Members joined in the past"
				basis "GDPR art. 5(1)(d)"
				Person requires joinedAt before now
			""";

	/** The ways a line can be bad, and what the check must make of it. */
	enum Kind {
		VALID(Outcome.CHECKED), WRONG_TYPE(Outcome.DATA_ERROR), NULL_VALUE(Outcome.DATA_ERROR),
		MISSING_FIELD(Outcome.DATA_ERROR), HUGE_NUMBER(Outcome.DATA_ERROR), INVALID_DATE(Outcome.DATA_ERROR),
		BROKEN_UTF8(Outcome.REJECTED), TRUNCATED(Outcome.REJECTED), PROPERTY_TWICE(Outcome.REJECTED),
		KEY_TWICE(Outcome.REJECTED), NOT_AN_OBJECT(Outcome.REJECTED), CONTROL_CHARACTERS(Outcome.CHECKED);

		final Outcome outcome;

		Kind(Outcome outcome) {
			this.outcome = outcome;
		}
	}

	enum Outcome {
		CHECKED, DATA_ERROR, REJECTED
	}

	@TempDir
	static Path dir;
	static final List<Kind> kinds = new ArrayList<>();
	static final Set<String> emails = new TreeSet<>();

	@BeforeAll
	static void writeData() throws IOException {
		Cli.write(dir, Map.of("rules/model.privacy", MODEL, "rules/rules.privacy", RULES));
		Random random = new Random(6);
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		for (int line = 1; line <= RECORDS; line++) {
			Kind kind = line <= 10 ? Kind.VALID : Kind.values()[random.nextInt(Kind.values().length)];
			kinds.add(kind);
			file.writeBytes(line(kind, line, random));
			file.write('\n');
		}
		Files.createDirectories(dir.resolve("data"));
		Files.write(dir.resolve("data/Person.jsonl"), file.toByteArray());
	}

	private static byte[] line(Kind kind, int line, Random random) {
		String email = "person." + line + "@example.org";
		emails.add(email);
		String id = "\"id\": \"p" + line + "\", \"email\": \"" + email + "\"";
		String valid = "{" + id + ", \"age\": " + (18 + random.nextInt(60)) + ", \"joinedAt\": \"2020-01-01T00:00:00Z\"}";
		String json = switch (kind) {
			case VALID -> valid;
			case WRONG_TYPE -> "{" + id + ", \"age\": \"thirty\", \"joinedAt\": \"2020-01-01T00:00:00Z\"}";
			case NULL_VALUE -> "{" + id + ", \"age\": null, \"joinedAt\": \"2020-01-01T00:00:00Z\"}";
			case MISSING_FIELD -> "{" + id + ", \"joinedAt\": \"2020-01-01T00:00:00Z\"}";
			case HUGE_NUMBER -> "{" + id + ", \"age\": 1" + "0".repeat(400) + ", \"joinedAt\": \"2020-01-01T00:00:00Z\"}";
			case INVALID_DATE -> "{" + id + ", \"age\": 40, \"joinedAt\": \"2023-02-30T25:61:00Z\"}";
			case TRUNCATED -> valid.substring(0, 1 + random.nextInt(valid.length() - 2));
			case PROPERTY_TWICE -> "{" + id + ", \"age\": 30, \"age\": 31, \"joinedAt\": \"2020-01-01T00:00:00Z\"}";
			case KEY_TWICE -> "{\"id\": \"p1\", \"email\": \"" + email + "\", \"age\": 30, \"joinedAt\": \"2020-01-01T00:00:00Z\"}";
			case NOT_AN_OBJECT -> random.nextBoolean() ? "[1, 2, 3]" : "\"" + email + "\"";
			case CONTROL_CHARACTERS -> "{" + id + ", \"age\": 30, \"joinedAt\": \"2020-01-01T00:00:00Z\", \"note\": \"\\u001b[31m\\u0000\"}";
			case BROKEN_UTF8 -> null;
		};
		if (kind == Kind.BROKEN_UTF8) {
			byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
			bytes[bytes.length / 2] = (byte) (0x80 + random.nextInt(0x40)); // a continuation byte with no start
			return bytes;
		}
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private static Cli.Run check(String... options) {
		List<String> args = new ArrayList<>(List.of("check", dir.toString(), "--rules", dir.resolve("rules").toString(),
				"--data", dir.resolve("data").toString(), "--now", "2024-01-01T00:00:00Z"));
		args.addAll(List.of(options));
		return Cli.run(args.toArray(String[]::new));
	}

	@Test
	void everyBadLineIsReportedAtItsLineAndTheCountsAddUp() {
		Cli.Run run = check("--format", "json");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		assertThat(run.err()).isEmpty();
		JsonNode report = run.json();
		Set<Integer> problemLines = new TreeSet<>();
		report.get("dataProblems").forEach(problem -> {
			assertThat(problem.get("file").asString()).isEqualTo("data/Person.jsonl");
			problemLines.add(problem.get("line").asInt());
		});
		Set<Integer> dataErrorLines = new TreeSet<>();
		report.get("findings").forEach(finding -> {
			if (finding.get("status").asString().equals("data-error")) {
				dataErrorLines.add(Integer.parseInt(finding.get("location").asString().replace("data/Person.jsonl:", "")));
			}
		});
		Set<Integer> rejected = lines(Outcome.REJECTED);
		assertThat(problemLines).isEqualTo(rejected);
		assertThat(dataErrorLines).isEqualTo(lines(Outcome.DATA_ERROR));
		JsonNode counts = report.get("summary").get("records");
		assertThat(counts.get("read").asInt()).isEqualTo(RECORDS);
		assertThat(counts.get("rejected").asInt()).isEqualTo(rejected.size());
		assertThat(counts.get("checked").asInt()).isEqualTo(RECORDS - rejected.size());
		assertThat(rejected.size()).as("a good share of lines is rejected").isGreaterThan(RECORDS / 3);
	}

	@Test
	void noReportShowsTheEmailsAndEveryNumberOfJobsAgrees() {
		String json = check("--format", "json", "--jobs", "1").out();
		for (String format : List.of("text", "json", "html")) {
			String out = check("--format", format, "--jobs", "3").out();
			assertThat(emails).as(format).noneMatch(out::contains);
			if (format.equals("json")) {
				assertThat(out).isEqualTo(json);
			}
		}
	}

	private static Set<Integer> lines(Outcome outcome) {
		Set<Integer> lines = new TreeSet<>();
		for (int i = 0; i < kinds.size(); i++) {
			if (kinds.get(i).outcome == outcome) {
				lines.add(i + 1);
			}
		}
		return lines;
	}
}
