package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/** {@code t is within Hours in <expression>}: opening hours read on the clock of a zone read from the data. */
class ZonedOpeningHoursTest {

	private static final String RULES = """
			policy Calls "Calls" time zone "Europe/Paris" holidays France

			entity Call bound to "org.privacy.dsl.semantics.BoundZonedCall" {
				id: text key
				startedAt: datetime
				timeZone: text
				signedOn: date
				receivedAt: datetime
				answeredAt: datetime optional
			}

			opening hours CallingHours "Hours for calling consumers (art. D223-9)"
				monday to friday from 10:00 to 13:00
				monday to friday from 14:00 to 20:00
				closed on public holidays

			rule TEL-11 "Calls within the legal calling hours, on the callee's clock"
				basis "Consumer Code art. D223-9"
				Call requires startedAt is within CallingHours in timeZone
			""";

	private static final Context NOW = at("2024-06-01T00:00:00Z");

	private final RecordPolicy records = CompiledRules.records(RULES);

	private List<Finding> call(String startedAt, String zone) {
		return check(records, "Call", Map.of("id", "c-1", "startedAt", startedAt, "timeZone", zone, "signedOn",
				"2024-01-01", "receivedAt", "2024-01-01T00:00:00Z"), NOW);
	}

	@Test
	void theWindowIsReadOnTheClockOfTheZoneInTheData() {
		// Tuesday 7 May 2024, 09:30Z: 11:30 in Paris, 05:30 in New York
		assertThat(call("2024-05-07T09:30:00Z", "Europe/Paris")).isEmpty();
		List<Finding> early = call("2024-05-07T09:30:00Z", "America/New_York");
		assertThat(early).extracting(Finding::status).containsExactly(Status.VIOLATED);
		assertThat(early.get(0).explanation()).contains("05:30").contains("America/New_York")
				.contains("outside CallingHours");
		// 18:30Z: 20:30 in Paris (closed), 14:30 in New York (open)
		assertThat(call("2024-05-07T18:30:00Z", "America/New_York")).isEmpty();
		assertThat(call("2024-05-07T18:30:00Z", "Europe/Paris")).hasSize(1);
	}

	@Test
	void aZoneOfPersonalDataIsNotShown() {
		RecordPolicy personal = CompiledRules
				.records(RULES.replace("timeZone: text", "timeZone: text category user.contact.address"));
		List<Finding> early = check(personal, "Call", Map.of("id", "c-1", "startedAt", "2024-05-07T09:30:00Z",
				"timeZone", "America/New_York", "signedOn", "2024-01-01", "receivedAt", "2024-01-01T00:00:00Z"), NOW);
		assertThat(early).extracting(Finding::status).containsExactly(Status.VIOLATED);
		assertThat(early.get(0).explanation()).contains("outside CallingHours").doesNotContain("New_York")
				.doesNotContain("05:30");
	}

	@Test
	void anUnknownZoneIsADataErrorThatQuotesNothing() {
		List<Finding> found = call("2024-05-07T09:30:00Z", "Mars/Olympus_Mons");
		assertThat(found).extracting(Finding::status).containsExactly(Status.DATA_ERROR);
		assertThat(found.get(0).explanation()).contains("timeZone").doesNotContain("Mars");
	}

	@Test
	void boundModeReadsTheZoneFromTheObject() {
		Policy bound = CompiledRules.bound(RULES);
		Instant at = Instant.parse("2024-05-07T09:30:00Z");
		BoundZonedCall paris = new BoundZonedCall("c-1", at, "Europe/Paris", LocalDate.parse("2024-01-01"), null, null);
		BoundZonedCall newYork = new BoundZonedCall("c-2", at, "America/New_York", LocalDate.parse("2024-01-01"), null,
				null);
		assertThat(checkObject(bound, paris, NOW)).isEmpty();
		assertThat(checkObject(bound, newYork, NOW)).extracting(Finding::status).containsExactly(Status.VIOLATED);
	}
}
