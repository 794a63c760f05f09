package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: a date-time at the end of the calendar in the data, or a huge length of time in {@code --param}, made
 * the date arithmetic overflow; the record's later rules were skipped and the run ended as a bug (exit 3). Now the
 * data is a data error of each rule that meets it, and the parameter is a usage error (exit 2).
 */
class OverflowCommandTest {

	@TempDir
	Path dir;

	private static final String RULES = """
			package requests

			entity Request {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
			}

			parameter grace = 30 days

			rule ANS-01 "Answered in time"
				basis "GDPR art. 12(3)"
				Request requires answeredAt within grace after receivedAt

			rule ANS-02 "Requests have an id"
				basis "test"
				Request forbids id = "r-1"
			""";

	@Test
	void theEndOfTheCalendarInTheDataIsADataErrorAndTheOtherRulesStillRun() throws IOException {
		Cli.write(dir, Map.of("rules/rules.privacy", RULES, "Request.jsonl",
				"{\"id\": \"r-1\", \"receivedAt\": \"+999999999-12-31T23:59:59Z\"}\n"));

		Cli.Run run = Cli.run("check", dir.toString(), "--format", "json", "--now", "2024-03-01T00:00:00Z");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
		assertThat(run.err()).doesNotContain("bug").doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(run.out()).contains("ANS-02").contains("outside the calendar").doesNotContain("999999999");
	}

	@Test
	void aParameterTooLongForTheCalendarIsAUsageError() throws IOException {
		Cli.write(dir, Map.of("rules/rules.privacy", RULES, "Request.jsonl",
				"{\"id\": \"r-2\", \"receivedAt\": \"2024-01-01T00:00:00Z\"}\n"));

		for (String value : new String[] { "999999999 years", "99999999999h", "3660001 days" }) {
			Cli.Run run = Cli.run("check", dir.toString(), "--param", "grace=" + value);

			assertThat(run.exitCode()).as(value + ": " + run.err()).isEqualTo(2);
			assertThat(run.err()).contains("privacy: parameter 'grace' should be a length of time of at most 10000 years");
		}
		assertThat(Cli.run("check", dir.toString(), "--param", "grace=10000 years", "--now", "2024-03-01T00:00:00Z")
				.exitCode()).as("the longest length of time is accepted").isZero();
	}
}
