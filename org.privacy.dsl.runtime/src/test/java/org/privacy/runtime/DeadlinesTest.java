package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Nested
	class Instants {
		// A breach became known on 1 March 09:00Z; the authority must be told within 72h.
		private final Instant aware = Instant.parse("2023-03-01T09:00:00Z");
		private final Instant due = Span.parse("72h").after(aware, PARIS);

		@Test
		void theDeadlineIsSeventyTwoHoursLater() {
			assertThat(due).isEqualTo(Instant.parse("2023-03-04T09:00:00Z"));
		}

		@Test
		void doneExactlyOnTheDeadlineIsSatisfiedNotLate() {
			assertThat(Deadlines.outcome(due, due, due.plusSeconds(3600))).isEqualTo(Status.SATISFIED);
		}

		@Test
		void doneOneSecondAfterTheDeadlineIsLate() {
			assertThat(Deadlines.outcome(due, due.plusSeconds(1), due.plusSeconds(3600))).isEqualTo(Status.LATE);
		}

		@Test
		void doneOneNanosecondAfterTheDeadlineIsLate() {
			assertThat(Deadlines.outcome(due, due.plusNanos(1), due.plusSeconds(1))).isEqualTo(Status.LATE);
		}

		@Test
		void doneEarlyIsSatisfied() {
			assertThat(Deadlines.outcome(due, aware.plusSeconds(60), due.plusSeconds(3600))).isEqualTo(Status.SATISFIED);
		}

		@Test
		void notDoneAndDeadlinePassedIsOverdue() {
			assertThat(Deadlines.outcome(due, null, due.plusSeconds(1))).isEqualTo(Status.OVERDUE);
		}

		@Test
		void notDoneAndNowIsTheDeadlineIsStillPending() {
			assertThat(Deadlines.outcome(due, null, due)).isEqualTo(Status.PENDING);
		}

		@Test
		void notDoneAndDeadlineAheadIsPending() {
			assertThat(Deadlines.outcome(due, null, aware.plusSeconds(3600))).isEqualTo(Status.PENDING);
		}

		@Test
		void whenDoneTheClockDoesNotMatter() {
			Instant longAfter = due.plusSeconds(365L * 24 * 3600);
			Instant before = aware;
			assertThat(Deadlines.outcome(due, due.minusSeconds(1), longAfter)).isEqualTo(Status.SATISFIED);
			assertThat(Deadlines.outcome(due, due.minusSeconds(1), before)).isEqualTo(Status.SATISFIED);
			assertThat(Deadlines.outcome(due, due.plusSeconds(1), longAfter)).isEqualTo(Status.LATE);
		}

		@Test
		void onlyLateAndOverdueAreViolations() {
			assertThat(Deadlines.outcome(due, due.plusSeconds(1), due).isViolation()).isTrue();
			assertThat(Deadlines.outcome(due, null, due.plusSeconds(1)).isViolation()).isTrue();
			assertThat(Deadlines.outcome(due, due, due).isViolation()).isFalse();
			assertThat(Deadlines.outcome(due, null, due).isViolation()).isFalse();
		}

		@Test
		void aMonthlyDeadlineFollowsTheEndOfMonthRule() {
			// An access request received on 31 January 2024 (Paris) is due on 29 February 2024
			Instant received = Instant.parse("2024-01-31T09:00:00Z");
			Instant monthDue = Span.months(1).after(received, PARIS);
			assertThat(Deadlines.outcome(monthDue, Instant.parse("2024-02-29T09:00:00Z"), monthDue))
					.isEqualTo(Status.SATISFIED);
			assertThat(Deadlines.outcome(monthDue, Instant.parse("2024-03-01T08:00:00Z"), monthDue))
					.isEqualTo(Status.LATE);
		}
	}

	@Nested
	class Dates {
		private final LocalDate due = LocalDate.of(2023, 3, 31);

		@Test
		void doneOnTheDueDayIsSatisfied() {
			assertThat(Deadlines.outcome(due, due, due.plusDays(10))).isEqualTo(Status.SATISFIED);
		}

		@Test
		void doneTheNextDayIsLate() {
			assertThat(Deadlines.outcome(due, due.plusDays(1), due.plusDays(10))).isEqualTo(Status.LATE);
		}

		@Test
		void doneEarlyIsSatisfied() {
			assertThat(Deadlines.outcome(due, due.minusDays(20), due)).isEqualTo(Status.SATISFIED);
		}

		@Test
		void notDoneOnTheDueDayIsPending() {
			assertThat(Deadlines.outcome(due, null, due)).isEqualTo(Status.PENDING);
		}

		@Test
		void notDoneTheDayAfterIsOverdue() {
			assertThat(Deadlines.outcome(due, null, due.plusDays(1))).isEqualTo(Status.OVERDUE);
		}

		@Test
		void notDoneBeforeTheDueDayIsPending() {
			assertThat(Deadlines.outcome(due, null, due.minusDays(1))).isEqualTo(Status.PENDING);
		}

		@Test
		void aMonthFromTheEndOfJanuaryInACommonYear() {
			LocalDate monthDue = Span.months(1).after(LocalDate.of(2023, 1, 31));
			assertThat(monthDue).isEqualTo(LocalDate.of(2023, 2, 28));
			assertThat(Deadlines.outcome(monthDue, LocalDate.of(2023, 2, 28), monthDue)).isEqualTo(Status.SATISFIED);
			assertThat(Deadlines.outcome(monthDue, LocalDate.of(2023, 3, 1), monthDue)).isEqualTo(Status.LATE);
			assertThat(Deadlines.outcome(monthDue, null, LocalDate.of(2023, 3, 1))).isEqualTo(Status.OVERDUE);
		}
	}
}
