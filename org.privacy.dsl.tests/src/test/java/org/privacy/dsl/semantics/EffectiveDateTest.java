package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;

/**
 * Effective dates, counted in the policy's time zone (Paris): on a field of the record ({@code on calledAt}), or by
 * the clock when no field is named; {@code until} includes its whole last day.
 */
class EffectiveDateTest {

	private static final String RULES = """
			policy Telemarketing "Telemarketing" time zone "Europe/Paris"

			entity Call {
				id: text key
				calledAt: datetime
				bookedOn: date
				consent: boolean
			}

			rule TEL-ON "Calls need consent from the day the law applies"
				basis "Consumer Code art. L223-1"
				effective from 2026-08-11 on calledAt
				Call requires consent

			rule TEL-CLOCK "Calls need consent once the law applies"
				basis "Consumer Code art. L223-1"
				effective from 2026-08-11
				Call requires consent

			rule TEL-UNTIL "Calls during the transition need consent"
				basis "Transitional provision"
				effective from 2026-01-01 until 2026-06-30 on calledAt
				Call requires consent

			rule TEL-DATE "Bookings from 11 August need consent"
				basis "Consumer Code art. L223-1"
				effective from 2026-08-11 on bookedOn
				Call requires consent
			""";

	private static final Context EARLY_CLOCK = at("2025-01-01T00:00:00Z");

	private final RecordPolicy policy = CompiledRules.records(RULES);

	private List<String> rulesThatApply(String calledAt, String bookedOn, Context context) {
		Map<String, Object> call = Map.of("id", "call-1", "calledAt", calledAt, "bookedOn", bookedOn, "consent", false);
		return check(policy, "Call", call, context).stream().map(Finding::ruleId).toList();
	}

	@ParameterizedTest(name = "a call at {0} is checked: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-08-10T21:59:59Z | false
			2026-08-10T22:00:00Z | true
			2027-01-01T00:00:00Z | true
			""")
	void effectiveOnAFieldStartsAtMidnightInThePolicysZone(String calledAt, boolean checked) {
		assertThat(rulesThatApply(calledAt, "2020-01-01", EARLY_CLOCK).contains("TEL-ON")).isEqualTo(checked);
	}

	@ParameterizedTest(name = "with the clock at {0} the rule applies: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-08-10T12:00:00Z | false
			2026-08-10T21:59:59Z | false
			2026-08-10T22:00:00Z | true
			2026-08-11T12:00:00Z | true
			""")
	void effectiveWithoutAFieldFollowsTheClock(String clock, boolean applies) {
		// the call itself is old: only the clock decides
		assertThat(rulesThatApply("2020-01-01T10:00:00Z", "2020-01-01", at(clock)).contains("TEL-CLOCK"))
				.isEqualTo(applies);
	}

	@ParameterizedTest(name = "a call at {0} falls in the transition: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2025-12-31T22:59:59Z | false
			2025-12-31T23:00:00Z | true
			2026-06-30T21:59:59Z | true
			2026-06-30T22:00:00Z | false
			""")
	void untilIncludesItsWholeLastDay(String calledAt, boolean inTransition) {
		assertThat(rulesThatApply(calledAt, "2020-01-01", EARLY_CLOCK).contains("TEL-UNTIL")).isEqualTo(inTransition);
	}

	@ParameterizedTest(name = "a call booked on {0} is checked: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-08-10 | false
			2026-08-11 | true
			""")
	void effectiveOnADateField(String bookedOn, boolean checked) {
		assertThat(rulesThatApply("2020-01-01T10:00:00Z", bookedOn, EARLY_CLOCK).contains("TEL-DATE"))
				.isEqualTo(checked);
	}
}
