package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.privacy.cli.exit.ExitCode;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * Numbers in data are compared as the nearest {@code double}; one out of its range is a data error that quotes
 * nothing, whatever the format. Issue 10: {@code "age": 1e400} became infinity and passed {@code age >= 18}, and a
 * number of sixty digits was printed in full.
 */
class NumberRangeTest {
	private static final String HUGE = "123456789012345678901234567890123456789012345678901234567890";

	@TempDir
	Path dir;

	@Test
	void numbersOutOfRangeInJsonAreDataErrorsNotPassesNorViolations() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("data/Customer.jsonl", String.join("\n",
				"{\"id\": \"c1\", \"email\": \"a@b.fr\", \"age\": 1e400}",
				"{\"id\": \"c2\", \"email\": \"a@b.fr\", \"age\": -1E+400}",
				"{\"id\": \"c3\", \"email\": \"a@b.fr\", \"age\": 1e-400}",
				"{\"id\": \"c4\", \"email\": \"a@b.fr\", \"age\": " + HUGE + "0".repeat(300) + "}",
				"{\"id\": \"c5\", \"email\": \"a@b.fr\", \"age\": -" + HUGE + "}",
				"{\"id\": \"c6\", \"email\": \"a@b.fr\", \"age\": 0.0e-400}",
				"{\"id\": \"c7\", \"email\": \"a@b.fr\", \"age\": 17.99999999999999}", ""),
				// purchases look their customer up: the exact value survives the look-up store
				"data/Purchase.csv", "id,customer,amount\np1,c1,10\np2,c2,1e400\np3,c6,10\n"));

		Cli.Run run = check("--format", "json");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		List<Tuple> findings = Cli.rows(run.json().get("findings"), "rule", "status", "record");
		assertThat(findings).containsExactly(
				tuple("AGE-01", "data-error", "c1"), tuple("AGE-01", "data-error", "c2"),
				tuple("AGE-01", "data-error", "c3"), tuple("AGE-01", "data-error", "c4"),
				tuple("AGE-01", "violated", "c5"), tuple("AGE-01", "violated", "c6"),
				tuple("AGE-01", "violated", "c7"),
				tuple("BUY-01", "data-error", "p1"), tuple("BUY-01", "data-error", "p2"),
				tuple("BUY-01", "violated", "p3"));
		JsonNode first = run.json().get("findings").get(0);
		assertThat(first.get("explanation").asString()).contains("'age' is a number out of range");
		assertThat(run.out()).doesNotContain(HUGE.substring(0, 20), "Infinity", "1e400", "1E+400");
		// the violation's explain sentence shows the number rules compared, not sixty digits
		assertThat(run.json().get("findings").get(4).get("explanation").asString())
				.contains("is -1.2345678901234567E59 years old");
	}

	@Test
	void numbersOutOfRangeInCsvAreDataErrorsToo() throws IOException {
		Cli.write(dir, ShopRules.files());
		Cli.write(dir, Map.of("data/Customer.csv", "id,email,age\nc1,a@b.fr,1e400\nc2,a@b.fr,-1e400\n"
				+ "c3,a@b.fr,1e-400\nc4,a@b.fr,0e-400\nc5,a@b.fr,12\n"));

		Cli.Run run = check("--format", "json");

		assertThat(Cli.rows(run.json().get("findings"), "record", "status")).containsExactly(tuple("c1", "data-error"),
				tuple("c2", "data-error"), tuple("c3", "data-error"), tuple("c4", "violated"),
				tuple("c5", "violated"));
		assertThat(run.json().get("findings").get(0).get("explanation").asString())
				.contains("'age' is a number out of range").doesNotContain("1e400");
	}

	private Cli.Run check(String... options) {
		List<String> args = new ArrayList<>(List.of("check", dir.toString(), "--now", "2024-01-01T00:00:00Z"));
		args.addAll(List.of(options));
		return Cli.run(args.toArray(String[]::new));
	}
}
