package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * {@code deadlines extend to working days} (EU Regulation 1182/71, art. 3(4)): a period in days, weeks, months or years
 * whose last day is a Saturday, a Sunday or a public holiday ends with the next working day; exact lengths do not
 * move; a policy without the clause keeps its meaning.
 */
class WorkingDayDeadlinesTest {

	private static final String ENTITY = """

			entity Request bound to "org.privacy.dsl.semantics.BoundRequest" {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
				receivedOn: date
				answeredOn: date optional
			}

			rule RTS-01 "Answer within one month"
				basis "GDPR art. 12(3)"
				Request requires answeredAt within 1 month after receivedAt

			rule RTS-02 "Answer within 72 hours"
				basis "internal policy 3"
				severity guidance
				Request requires answeredAt within 72h after receivedAt

			rule RTS-03 "Register within one month"
				basis "GDPR art. 12(3)"
				Request requires answeredOn within 1 month after receivedOn
			""";

	private static final String WORKING = "policy Answers \"Answers\" time zone \"Europe/Paris\" holidays France "
			+ "deadlines extend to working days\n" + ENTITY;
	private static final String CALENDAR = "policy Answers \"Answers\" time zone \"Europe/Paris\" holidays France\n"
			+ ENTITY;

	private static final Context NOW = at("2024-07-01T00:00:00Z");

	private static Map<String, Object> request(String receivedAt, String answeredAt) {
		Map<String, Object> r = new HashMap<>();
		r.put("id", "r1");
		r.put("receivedAt", receivedAt);
		r.put("answeredAt", answeredAt);
		r.put("receivedOn", receivedAt.substring(0, 10));
		r.put("answeredOn", answeredAt.substring(0, 10));
		return r;
	}

	private static List<String> broken(String rules, String receivedAt, String answeredAt) {
		RecordPolicy policy = CompiledRules.records(rules);
		return check(policy, "Request", request(receivedAt, answeredAt), NOW).stream()
				.map(f -> f.ruleId() + " " + f.status()).toList();
	}

	@ParameterizedTest(name = "received {0}, answered {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# 1 May + 1 month is Saturday 1 June: the period ends with Monday 3 June (22:00Z is midnight in Paris)
			2024-05-01T10:00:00Z | 2024-06-03T21:59:00Z | ''
			2024-05-01T10:00:00Z | 2024-06-03T22:00:00Z | RTS-01 LATE
			# 8 April + 1 month is 8 May (Victory Day), then 9 May is Ascension: Friday 10 May
			2024-04-08T10:00:00Z | 2024-05-10T21:00:00Z | ''
			2024-04-08T10:00:00Z | 2024-05-11T08:00:00Z | RTS-01 LATE
			# a last day that is a working day does not move
			2024-05-03T10:00:00Z | 2024-06-04T08:00:00Z | RTS-01 LATE
			""")
	void aLastDayOffWorkMovesToTheNextWorkingDay(String receivedAt, String answeredAt, String expected) {
		List<String> found = broken(WORKING, receivedAt, answeredAt).stream().filter(f -> f.startsWith("RTS-01"))
				.toList();
		assertThat(found).containsExactly(expected.isBlank() ? new String[0] : new String[] { expected });
	}

	@Test
	void withoutTheClauseThePeriodEndsOnItsLastDay() {
		assertThat(broken(CALENDAR, "2024-05-01T10:00:00Z", "2024-06-03T21:59:00Z")).contains("RTS-01 LATE");
	}

	@Test
	void exactLengthsDoNotMove() {
		// Thursday 30 May + 72h is Sunday 2 June at 10:00Z
		assertThat(broken(WORKING, "2024-05-30T10:00:00Z", "2024-06-02T11:00:00Z")).contains("RTS-02 LATE");
	}

	@Test
	void datesMoveToo() {
		// 1 May + 1 month is Saturday 1 June: the answer on Monday 3 June is in time, on Tuesday late
		assertThat(broken(WORKING, "2024-05-01T10:00:00Z", "2024-06-03T08:00:00Z")).doesNotContain("RTS-03 LATE");
		assertThat(broken(WORKING, "2024-05-01T10:00:00Z", "2024-06-04T08:00:00Z")).contains("RTS-03 LATE");
		assertThat(broken(CALENDAR, "2024-05-01T10:00:00Z", "2024-06-03T08:00:00Z")).contains("RTS-03 LATE");
	}

	@Test
	void theSentenceSaysTheDayMoved() {
		RecordPolicy policy = CompiledRules.records(WORKING);
		Finding late = check(policy, "Request", request("2024-04-08T10:00:00Z", "2024-05-11T08:00:00Z"), NOW)
				.stream().filter(f -> f.ruleId().equals("RTS-01")).findFirst().orElseThrow();
		assertThat(late.explanation()).contains("after the deadline of the end of 2024-05-10 in Europe/Paris, "
				+ "the next working day after Wednesday 2024-05-08 (1 month after receivedAt)");
	}

	@Test
	void boundModeMovesTheLastDayToo() {
		Policy policy = CompiledRules.bound(WORKING);
		BoundRequest inTime = new BoundRequest("r-1", ZonedDateTime.parse("2024-05-01T12:00+02:00[Europe/Paris]"),
				ZonedDateTime.parse("2024-06-03T23:30+02:00[Europe/Paris]"), LocalDate.parse("2024-05-01"),
				LocalDate.parse("2024-06-03"));
		assertThat(checkObject(policy, inTime, NOW)).extracting(Finding::ruleId).doesNotContain("RTS-01", "RTS-03");
		BoundRequest late = new BoundRequest("r-1", ZonedDateTime.parse("2024-05-01T12:00+02:00[Europe/Paris]"),
				ZonedDateTime.parse("2024-06-04T00:00+02:00[Europe/Paris]"), LocalDate.parse("2024-05-01"),
				LocalDate.parse("2024-06-04"));
		assertThat(checkObject(policy, late, NOW))
				.filteredOn(f -> f.status() == Status.LATE && !f.ruleId().equals("RTS-02"))
				.extracting(Finding::ruleId).containsExactly("RTS-01", "RTS-03");
	}
}
