package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * The four outcomes of {@code within 72h}: satisfied (no finding), late, overdue and pending. Aware at
 * 2024-03-01T10:00Z, so the deadline is 2024-03-04T10:00Z.
 */
class DeadlineTest {

	private static final String RULES = """
			policy Breaches "Breach notification" time zone "Europe/Paris"

			entity Incident {
				id: text key
				awareAt: datetime
				notifiedAt: datetime optional
			}

			term "notify authority" for Incident: event notifiedAt counted from awareAt

			rule BRC-01 "Notify the authority within 72 hours"
				basis "GDPR art. 33(1)"
				Incident requires notify authority within 72h

			entity Erasure {
				id: text key
				requestedAt: datetime
				erasedAt: datetime optional
			}

			rule ERA-01 "Erase within a month"
				basis "GDPR art. 17(1)"
				Erasure requires erasedAt within 30 days after requestedAt
			""";

	private static final String AWARE = "2024-03-01T10:00:00Z";
	private static final String DEADLINE = "2024-03-04T10:00:00Z";
	private static final Context LONG_AFTER = at("2024-04-01T00:00:00Z");

	private final RecordPolicy policy = CompiledRules.records(RULES);

	private List<Finding> notifiedAt(Object notifiedAt, Context context) {
		return check(policy, "Incident", Map.of("id", "inc-1", "awareAt", AWARE, "notifiedAt", notifiedAt), context);
	}

	private List<Finding> neverNotified(Context context) {
		return check(policy, "Incident", Map.of("id", "inc-1", "awareAt", AWARE), context);
	}

	@Test
	void notifiedBeforeTheDeadlineIsSatisfied() {
		assertThat(notifiedAt("2024-03-02T08:00:00Z", LONG_AFTER)).isEmpty();
	}

	@Test
	void notifiedExactlyAtTheDeadlineIsSatisfied() {
		assertThat(notifiedAt(DEADLINE, LONG_AFTER)).isEmpty();
	}

	@Test
	void deadlineWrittenWithAnOffsetIsTheSameInstant() {
		assertThat(notifiedAt("2024-03-04T11:00:00+01:00", LONG_AFTER)).isEmpty();
		assertThat(notifiedAt(Instant.parse(DEADLINE), LONG_AFTER)).isEmpty();
	}

	@Test
	void notifiedOneSecondAfterTheDeadlineIsLate() {
		List<Finding> findings = notifiedAt("2024-03-04T10:00:01Z", LONG_AFTER);

		assertThat(findings).extracting(Finding::ruleId, Finding::status, Finding::record)
				.containsExactly(tuple("BRC-01", Status.LATE, "inc-1"));
		assertThat(findings.get(0).status().isViolation()).isTrue();
		assertThat(findings.get(0).explanation()).contains("2024-03-04T10:00:01Z").contains("2024-03-04T10:00Z")
				.contains("72h").contains("GDPR art. 33(1)");
	}

	@Test
	void lateDoesNotDependOnTheClock() {
		assertThat(notifiedAt("2024-03-04T10:00:01Z", at("2024-03-04T10:00:02Z"))).extracting(Finding::status)
				.containsExactly(Status.LATE);
	}

	@Test
	void notNotifiedAfterTheDeadlineIsOverdue() {
		List<Finding> findings = neverNotified(at("2024-03-04T10:00:01Z"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status, Finding::record)
				.containsExactly(tuple("BRC-01", Status.OVERDUE, "inc-1"));
		assertThat(findings.get(0).status().isViolation()).isTrue();
		assertThat(findings.get(0).explanation()).contains("2024-03-04T10:00Z").contains("GDPR art. 33(1)");
	}

	@Test
	void notNotifiedBeforeTheDeadlineIsPendingAndNoViolation() {
		List<Finding> findings = neverNotified(at("2024-03-02T10:00:00Z"));

		assertThat(findings).extracting(Finding::ruleId, Finding::status, Finding::record)
				.containsExactly(tuple("BRC-01", Status.PENDING, "inc-1"));
		assertThat(findings.get(0).status().isViolation()).isFalse();
		assertThat(findings.get(0).explanation()).contains("2024-03-04T10:00Z");
	}

	@Test
	void notNotifiedWhenTheClockIsExactlyAtTheDeadlineIsStillPending() {
		assertThat(neverNotified(at(DEADLINE))).extracting(Finding::status).containsExactly(Status.PENDING);
	}

	@Test
	void anEmptyEventTimeCountsAsNotDone() {
		assertThat(notifiedAt("", at("2024-03-05T00:00:00Z"))).extracting(Finding::status)
				.containsExactly(Status.OVERDUE);
	}

	@Test
	void hoursAreExactAcrossTheChangeToSummerTime() {
		// Paris moves to summer time on 2024-03-31: 72h are still 72 real hours
		Map<String, Object> onTime = Map.of("id", "inc-2", "awareAt", "2024-03-30T12:00:00Z", "notifiedAt",
				"2024-04-02T12:00:00Z");
		Map<String, Object> late = Map.of("id", "inc-3", "awareAt", "2024-03-30T12:00:00Z", "notifiedAt",
				"2024-04-02T12:00:01Z");

		assertThat(check(policy, "Incident", onTime, LONG_AFTER)).isEmpty();
		assertThat(check(policy, "Incident", late, LONG_AFTER)).extracting(Finding::status)
				.containsExactly(Status.LATE);
	}

	@Test
	void deadlineOnADateTimeFieldWithoutAnEventTerm() {
		// 30 days from 1 March in Paris: in time to the end of 31 March in Paris, 2024-03-31T22:00Z in summer time
		Map<String, Object> lastMinute = Map.of("id", "er-0", "requestedAt", "2024-03-01T00:00:00Z", "erasedAt",
				"2024-03-31T21:59:00Z");
		Map<String, Object> late = Map.of("id", "er-1", "requestedAt", "2024-03-01T00:00:00Z", "erasedAt",
				"2024-03-31T22:00:00Z");
		Map<String, Object> notErased = Map.of("id", "er-2", "requestedAt", "2024-03-01T00:00:00Z");

		assertThat(check(policy, "Erasure", lastMinute, LONG_AFTER)).isEmpty();
		assertThat(check(policy, "Erasure", late, LONG_AFTER)).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("ERA-01", Status.LATE));
		assertThat(check(policy, "Erasure", notErased, LONG_AFTER)).extracting(Finding::status)
				.containsExactly(Status.OVERDUE);
		assertThat(check(policy, "Erasure", notErased, at("2024-03-30T00:00:00Z"))).extracting(Finding::status)
				.containsExactly(Status.PENDING);
	}

	@Test
	void optionalFieldMeetingADeadlineNeedsNoGuard() {
		assertThat(PrivacyTestSupport.codes(PrivacyTestSupport.compile(GenerationMode.RECORDS, RULES)))
				.noneMatch(code -> code.startsWith("privacy.unguarded-optional"));
	}
}
