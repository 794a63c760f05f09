package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.cli.exit.ExitCode;

/**
 * {@code privacy check} on a data export that writes lengths of time in ISO 8601 ({@code P2M}), in JSON lines and in
 * CSV, and with {@code --param period=P2M}: read as the rules' own lengths; one that mixes months and days is a data
 * error that quotes nothing.
 */
class IsoLengthsCheckTest {
	private static final String RULES = """
			policy Rights "Rights" time zone "Europe/Paris"

			entity DSRequest "data subject request" {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
				extension: duration optional
			}

			parameter period = 1 month

			rule DSR-01 "Answer within one month, extendable by two further months"
				basis "GDPR art. 12(3)"
				DSRequest requires answeredAt within period + extension after receivedAt
			""";

	@TempDir
	Path dir;

	@Test
	void isoExtensionsInJsonLinesCountAsTheRulesLengths() throws IOException {
		Cli.write(dir, Map.of("rules/rights.privacy", RULES, "data/DSRequest.jsonl", String.join("\n",
				"{\"id\": \"r1\", \"receivedAt\": \"2024-01-15T10:00:00Z\", \"answeredAt\": \"2024-04-10T10:00:00Z\","
						+ " \"extension\": \"P2M\"}",
				"{\"id\": \"r2\", \"receivedAt\": \"2024-01-15T10:00:00Z\", \"answeredAt\": \"2024-04-20T10:00:00Z\","
						+ " \"extension\": \"P2M\"}",
				"{\"id\": \"r3\", \"receivedAt\": \"2024-01-15T10:00:00Z\", \"answeredAt\": \"2024-02-20T10:00:00Z\","
						+ " \"extension\": \"P1M12D\"}", "")));

		Cli.Run run = Cli.run("check", dir.toString(), "--now", "2024-06-30T00:00:00Z", "--format", "json");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		assertThat(Cli.rows(run.json().get("findings"), "record", "status"))
				.containsExactly(tuple("r2", "late"), tuple("r3", "data-error"));
		assertThat(run.json().get("findings").get(1).get("explanation").asString())
				.contains("'extension' mixes a calendar length of time");
		assertThat(run.out()).doesNotContain("P1M12D");
	}

	@Test
	void isoExtensionsInCsvAndAnIsoParameter() throws IOException {
		Cli.write(dir, Map.of("rules/rights.privacy", RULES, "data/DSRequest.csv",
				"id,receivedAt,answeredAt,extension\n"
						+ "r1,2024-01-15T10:00:00Z,2024-04-10T10:00:00Z,P2M\n"
						+ "r2,2024-01-15T10:00:00Z,2024-04-10T10:00:00Z,\n"));

		Cli.Run run = Cli.run("check", dir.toString(), "--now", "2024-06-30T00:00:00Z", "--format", "json");
		assertThat(Cli.rows(run.json().get("findings"), "record", "status")).containsExactly(tuple("r2", "late"));

		Cli.Run longer = Cli.run("check", dir.toString(), "--now", "2024-06-30T00:00:00Z", "--format", "json",
				"--param", "period=P3M");
		assertThat(longer.exitCode()).as(longer.err()).isEqualTo(ExitCode.OK);
	}
}
