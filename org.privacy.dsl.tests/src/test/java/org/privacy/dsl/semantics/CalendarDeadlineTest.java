package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Calendar deadlines: months follow the end-of-month rule in the policy's time zone and end with their whole last
 * local day; a deadline starts from its {@code after} clause or else from the event's {@code counted from}; date
 * events are met by anything that day.
 */
class CalendarDeadlineTest {

	private static final String MODEL = """
			entity AccessRequest {
				id: text key
				loggedAt: datetime
				receivedAt: datetime
				answeredAt: datetime optional
			}

			entity PaperRequest {
				id: text key
				receivedOn: date
				answeredOn: date optional
			}

			term answer for AccessRequest: event answeredAt counted from loggedAt
			term "paper answer" for PaperRequest: event answeredOn counted from receivedOn

			rule RTS-TERM "Answer within a month of logging"
				basis "GDPR art. 12(3)"
				AccessRequest requires answer within 1 month

			rule RTS-AFTER "Answer within a month of receipt"
				basis "GDPR art. 12(3)"
				AccessRequest requires answer within 1 month after receivedAt

			rule RTS-PAPER "Answer a letter within a month"
				basis "GDPR art. 12(3)"
				PaperRequest requires paper answer within 1 month

			rule RTS-YEAR "Keep the letter's answer within a year"
				basis "GDPR art. 5(1)(e)"
				PaperRequest requires paper answer within 1 year
			""";

	private static final String PARIS = "policy Rights \"Rights\" time zone \"Europe/Paris\"\n" + MODEL;
	private static final String UTC = "policy Rights \"Rights\"\n" + MODEL;
	private static final Context LONG_AFTER = at("2026-01-01T00:00:00Z");

	private final RecordPolicy paris = CompiledRules.records(PARIS);

	/** A request logged and received at the same time, so both deadline rules count from the same instant. */
	private static Map<String, Object> request(String receivedAt, String answeredAt) {
		return Map.of("id", "req-1", "loggedAt", receivedAt, "receivedAt", receivedAt, "answeredAt", answeredAt);
	}

	private static List<Status> statuses(List<Finding> findings, String ruleId) {
		return findings.stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::status).toList();
	}

	@Test
	void endOfJanuaryPlusOneMonthIsTheLastDayOfFebruaryInALeapYear() {
		String received = "2024-01-31T10:00:00+01:00";

		// the deadline includes its whole last day, to its last minute in Paris
		assertThat(check(paris, "AccessRequest", request(received, "2024-02-29T23:59:00+01:00"), LONG_AFTER))
				.isEmpty();
		List<Finding> late = check(paris, "AccessRequest", request(received, "2024-03-01T00:00:00+01:00"),
				LONG_AFTER);
		assertThat(late).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("RTS-TERM", Status.LATE), tuple("RTS-AFTER", Status.LATE));
		assertThat(late.get(0).explanation()).contains("the end of 2024-02-29 in Europe/Paris");
	}

	@Test
	void endOfJanuaryPlusOneMonthIsTheTwentyEighthOfFebruaryInACommonYear() {
		String received = "2023-01-31T10:00:00+01:00";

		assertThat(check(paris, "AccessRequest", request(received, "2023-02-28T23:59:59+01:00"), LONG_AFTER))
				.isEmpty();
		assertThat(check(paris, "AccessRequest", request(received, "2023-03-01T00:00:00+01:00"), LONG_AFTER))
				.extracting(Finding::status).containsExactly(Status.LATE, Status.LATE);
	}

	@Test
	void monthsAreCountedInThePolicysTimeZone() {
		// 2024-01-30T23:30Z is already 31 January in Paris: due by the end of 29 February in Paris, 23:00 UTC;
		// counted in UTC it is 30 January + 1 month, due by the end of 29 February in UTC
		Map<String, Object> answeredFirstOfMarchInParis = request("2024-01-30T23:30:00Z", "2024-02-29T23:30:00Z");

		assertThat(check(paris, "AccessRequest", answeredFirstOfMarchInParis, LONG_AFTER))
				.extracting(Finding::status).containsExactly(Status.LATE, Status.LATE);
		assertThat(check(CompiledRules.records(UTC), "AccessRequest", answeredFirstOfMarchInParis, LONG_AFTER))
				.isEmpty();
	}

	@Test
	void afterClauseOverridesTheEventsCountedFrom() {
		Map<String, Object> request = Map.of("id", "req-2", "loggedAt", "2024-01-15T10:00:00+01:00", "receivedAt",
				"2024-01-31T10:00:00+01:00", "answeredAt", "2024-02-20T10:00:00+01:00");

		List<Finding> findings = check(paris, "AccessRequest", request, LONG_AFTER);

		assertThat(statuses(findings, "RTS-TERM")).containsExactly(Status.LATE);
		assertThat(statuses(findings, "RTS-AFTER")).isEmpty();
		assertThat(findings.get(0).explanation()).contains("loggedAt")
				.contains("the end of 2024-02-15 in Europe/Paris");
	}

	@Test
	void eachStartGivesItsOwnOutcomeWhileNothingIsDone() {
		Map<String, Object> unanswered = Map.of("id", "req-3", "loggedAt", "2024-01-15T10:00:00+01:00",
				"receivedAt", "2024-01-31T10:00:00+01:00");

		List<Finding> findings = check(paris, "AccessRequest", unanswered, at("2024-02-20T09:00:00Z"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(
				tuple("RTS-TERM", Status.OVERDUE), tuple("RTS-AFTER", Status.PENDING));
		assertThat(findings.get(1).explanation()).contains("receivedAt")
				.contains("the end of 2024-02-29 in Europe/Paris");
	}

	private List<Finding> paperRequest(String answeredOn, Context context) {
		Map<String, Object> request = answeredOn == null ? Map.of("id", "letter-1", "receivedOn", "2024-01-31")
				: Map.of("id", "letter-1", "receivedOn", "2024-01-31", "answeredOn", answeredOn);
		return check(paris, "PaperRequest", request, context);
	}

	@Test
	void dateEventIsMetByAnythingOnTheDueDay() {
		assertThat(paperRequest("2024-02-29", LONG_AFTER)).isEmpty();
		assertThat(paperRequest("2024-03-01", LONG_AFTER)).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("RTS-PAPER", Status.LATE));
	}

	@Test
	void dateEventNotDoneIsPendingOnTheDueDayAndOverdueTheDayAfter() {
		assertThat(statuses(paperRequest(null, at("2024-02-29T12:00:00Z")), "RTS-PAPER"))
				.containsExactly(Status.PENDING);
		assertThat(statuses(paperRequest(null, at("2024-03-01T12:00:00Z")), "RTS-PAPER"))
				.containsExactly(Status.OVERDUE);
	}

	@Test
	void todayForDateDeadlinesIsTheDateInThePolicysTimeZone() {
		// 2024-02-29T23:30Z is already 1 March in Paris
		assertThat(statuses(paperRequest(null, at("2024-02-29T23:30:00Z")), "RTS-PAPER"))
				.containsExactly(Status.OVERDUE);
	}

	@Test
	void leapDayPlusOneYearIsTheTwentyEighthOfFebruary() {
		Map<String, Object> leapDay = Map.of("id", "letter-2", "receivedOn", "2024-02-29", "answeredOn",
				"2025-03-01");

		assertThat(check(paris, "PaperRequest", leapDay, LONG_AFTER)).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("RTS-PAPER", Status.LATE), tuple("RTS-YEAR", Status.LATE));
		assertThat(check(paris, "PaperRequest",
				Map.of("id", "letter-3", "receivedOn", "2024-02-29", "answeredOn", "2025-02-28"), LONG_AFTER))
				.extracting(Finding::ruleId).containsExactly("RTS-PAPER");
	}
}
