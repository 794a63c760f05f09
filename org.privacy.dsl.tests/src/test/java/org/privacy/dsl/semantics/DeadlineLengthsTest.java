package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Span;
import org.privacy.runtime.Status;

/**
 * Lengths of time added up: {@code within period + extension} (GDPR art. 12(3): one month, extendable by two further
 * months; an extension that is missing adds nothing) and {@code sum of} a list of lengths, in records and bound mode.
 */
class DeadlineLengthsTest {

	private static final String RULES = """
			policy Rights "Rights" time zone "Europe/Paris"

			entity DSRequest "data subject request" bound to "org.privacy.dsl.semantics.BoundDsRequest" {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
				extension: duration optional
				suspensions: list of duration
			}

			parameter period = 1 month

			rule DSR-01 "Answer within one month, extendable by two further months"
				basis "GDPR art. 12(3)"
				DSRequest requires answeredAt within period + extension after receivedAt

			rule DSR-02 "A request is suspended three months at most in all"
				basis "internal policy 4"
				severity guidance
				DSRequest requires sum of suspensions <= 3 months
			""";

	private static final Context NOW = at("2024-06-30T00:00:00Z");

	private final RecordPolicy records = CompiledRules.records(RULES);

	private static Map<String, Object> request(String answeredAt, String extension, List<String> suspensions) {
		Map<String, Object> r = new HashMap<>();
		r.put("id", "r1");
		r.put("receivedAt", "2024-01-15T10:00:00Z");
		if (answeredAt != null) {
			r.put("answeredAt", answeredAt);
		}
		if (extension != null) {
			r.put("extension", extension);
		}
		r.put("suspensions", suspensions);
		return r;
	}

	private List<Finding> findings(Map<String, Object> request) {
		return check(records, "DSRequest", request, NOW);
	}

	@Test
	void aMissingExtensionAddsNothing() {
		// one month from 15 January: in time to the end of 15 February in Paris
		assertThat(findings(request("2024-02-15T22:59:00Z", null, List.of()))).isEmpty();
		List<Finding> late = findings(request("2024-02-20T10:00:00Z", null, List.of()));
		assertThat(late).extracting(Finding::status).containsExactly(Status.LATE);
		assertThat(late.get(0).explanation())
				.contains("the end of 2024-02-15 in Europe/Paris (period + extension, 1 month, after receivedAt)");
	}

	@Test
	void anExtensionLengthensTheDeadline() {
		assertThat(findings(request("2024-02-20T10:00:00Z", "2 months", List.of()))).isEmpty();
		List<Finding> late = findings(request("2024-04-16T10:00:00Z", "2 months", List.of()));
		assertThat(late).extracting(Finding::status).containsExactly(Status.LATE);
		assertThat(late.get(0).explanation())
				.contains("the end of 2024-04-15 in Europe/Paris (period + extension, 3 months, after receivedAt)");
	}

	@Test
	void anExtensionOfTheOtherKindIsADataErrorThatQuotesNoValue() {
		List<Finding> found = findings(request("2024-02-20T10:00:00Z", "10 days", List.of()));
		assertThat(found).extracting(Finding::status).containsExactly(Status.DATA_ERROR);
		assertThat(found.get(0).explanation()).contains("period + extension").contains("calendar")
				.doesNotContain("10 days");
	}

	@Test
	void aParameterOverrideCountsInTheSum() {
		RecordPolicy twoMonths = CompiledRules.records(RULES, Map.of("period", "2 months"));
		assertThat(check(twoMonths, "DSRequest", request("2024-03-10T10:00:00Z", null, List.of()), NOW)).isEmpty();
	}

	@Test
	void lengthsOfTimeAreSummed() {
		assertThat(findings(request("2024-02-01T10:00:00Z", null, List.of("1 month", "2 months")))).isEmpty();
		List<Finding> tooLong = findings(request("2024-02-01T10:00:00Z", null, List.of("2 months", "1 year")));
		assertThat(tooLong).extracting(Finding::ruleId).containsExactly("DSR-02");
		// the sum of no lengths of time is none, which compares with months
		assertThat(findings(request("2024-02-01T10:00:00Z", null, List.of()))).isEmpty();
	}

	@Test
	void summingLengthsOfBothKindsIsADataError() {
		List<Finding> found = findings(request("2024-02-01T10:00:00Z", null, List.of("1 month", "3 days")));
		assertThat(found).extracting(Finding::status).containsExactly(Status.DATA_ERROR);
		assertThat(found.get(0).explanation()).contains("sum of suspensions");
	}

	/** Per element: the length is the record's, also when the start is the element's own ('counted from'). */
	@Test
	void aDeadlinePerElementAddsTheRecordsExtension() {
		RecordPolicy erasures = CompiledRules.records("""
				policy Erasures "Erasure" time zone "Europe/Paris"

				entity ErasureRequest {
					id: text key
					extension: duration optional
					recipients: list of Recipient
				}

				entity Recipient {
					name: text key
					addedAt: datetime
					toldAt: datetime optional
				}

				term told for Recipient: event toldAt counted from addedAt

				rule RTS-07 "Every recipient is told within one month, or as extended"
					basis "GDPR art. 19"
					ErasureRequest requires every r in recipients satisfies told within 1 month + extension
				""");
		Map<String, Object> acme = Map.of("name", "acme", "addedAt", "2024-01-15T10:00:00Z", "toldAt",
				"2024-03-01T10:00:00Z");
		assertThat(check(erasures, "ErasureRequest", Map.of("id", "e1", "recipients", List.of(acme)), NOW))
				.extracting(Finding::status).containsExactly(Status.LATE);
		List<Finding> extended = check(erasures, "ErasureRequest",
				Map.of("id", "e1", "extension", "2 months", "recipients", List.of(acme)), NOW);
		assertThat(extended).isEmpty();
	}

	@Test
	void boundModeReadsTheExtensionAndTheLengths() {
		Policy bound = CompiledRules.bound(RULES);
		Instant received = Instant.parse("2024-01-15T10:00:00Z");
		Instant answered = Instant.parse("2024-02-20T10:00:00Z");
		assertThat(checkObject(bound, new BoundDsRequest("r1", received, answered, Span.months(2), List.of()), NOW))
				.isEmpty();
		assertThat(checkObject(bound, new BoundDsRequest("r1", received, answered, null, List.of()), NOW))
				.extracting(Finding::status).containsExactly(Status.LATE);
		assertThat(checkObject(bound, new BoundDsRequest("r1", received, received, null,
				List.of(Span.months(3), Span.months(1))), NOW)).extracting(Finding::ruleId).containsExactly("DSR-02");
	}
}
