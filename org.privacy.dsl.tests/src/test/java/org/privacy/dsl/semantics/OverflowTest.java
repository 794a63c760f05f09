package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Status;

/**
 * Issue 10: a date-time at the end of the calendar ({@code +999999999-12-31T23:59:59Z}) or a huge length of time in
 * the data made one rule's date arithmetic overflow, which aborted every later rule of the record and was reported as
 * a bug. Each rule now fails alone, as a data error naming the fields it reads, in both generation modes.
 */
class OverflowTest {

	private static final String RULES = """
			entity Request bound to "org.privacy.dsl.semantics.BoundRequest" {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
				receivedOn: date
				answeredOn: date optional
			}

			rule ANS-01 "Answered within a month" basis "GDPR art. 12(3)"
				Request requires answeredAt within 1 month after receivedAt

			rule ANS-02 "Answered within 30 days" basis "GDPR art. 12(3)"
				Request requires answeredOn within 30 days after receivedOn

			rule ANS-03 "Received a year before now" basis "test"
				Request requires receivedAt + 1 year before now

			rule ANS-04 "Request r-1 is refused" basis "test"
				Request forbids id = "r-1"
			""";

	private static final Context NOW = at("2024-03-01T09:00:00Z");

	@Test
	void theEndOfTheCalendarInRecordsIsADataErrorOfEachRuleAndLaterRulesStillRun() {
		List<Finding> findings = check(CompiledRules.records(RULES), "Request",
				Map.of("id", "r-1", "receivedAt", "+999999999-12-31T23:59:59Z", "receivedOn", "+999999999-12-31"),
				NOW);
		assertOutcomes(findings);
	}

	@Test
	void theEndOfTheCalendarInBoundObjectsIsADataErrorOfEachRuleAndLaterRulesStillRun() {
		ZonedDateTime last = LocalDateTime.MAX.atZone(ZoneOffset.UTC);
		List<Finding> findings = checkObject(CompiledRules.bound(RULES),
				new BoundRequest("r-1", last, null, LocalDate.MAX, null), NOW);
		assertOutcomes(findings);
	}

	@Test
	void theStartOfTheCalendarToo() {
		List<Finding> findings = check(CompiledRules.records(RULES), "Request",
				Map.of("id", "r-2", "receivedAt", "-999999999-01-01T00:00:00Z", "receivedOn", "2024-01-01",
						"answeredOn", "2024-01-05"),
				NOW);
		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(
				tuple("ANS-01", Status.OVERDUE));
	}

	private static void assertOutcomes(List<Finding> findings) {
		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(
				tuple("ANS-01", Status.DATA_ERROR), tuple("ANS-02", Status.DATA_ERROR),
				tuple("ANS-03", Status.DATA_ERROR), tuple("ANS-04", Status.VIOLATED));
		assertThat(findings.get(0).explanation()).contains("outside the calendar").contains("receivedAt")
				.doesNotContain("999999999-12-31");
		assertThat(findings.get(1).fields()).containsExactly("answeredOn, receivedOn");
	}

	@Test
	void aHugeLengthOfTimeInTheDataIsADataError() {
		String rules = """
				entity Request {
					id: text key
					receivedAt: datetime
					answeredAt: datetime optional
					grace: duration
				}

				rule ANS-05 "Answered within the grace period" basis "test"
					Request requires answeredAt within grace after receivedAt

				rule ANS-04 "Request r-1 is refused" basis "test"
					Request forbids id = "r-1"
				""";
		for (Object grace : List.of(java.time.Duration.ofSeconds(Long.MAX_VALUE), "999999999999h", "9999999 days")) {
			List<Finding> findings = check(CompiledRules.records(rules), "Request",
					Map.of("id", "r-1", "receivedAt", "2024-01-01T00:00:00Z", "grace", grace), NOW);
			assertThat(findings).extracting(Finding::ruleId, Finding::status).as("grace %s", grace).containsExactly(
					tuple("ANS-05", Status.DATA_ERROR), tuple("ANS-04", Status.VIOLATED));
			assertThat(findings.get(0).explanation()).contains("'grace'").doesNotContain("999");
		}
	}
}
