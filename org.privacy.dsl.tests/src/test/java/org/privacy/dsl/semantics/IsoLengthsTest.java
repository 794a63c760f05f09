package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.Instant;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Lengths of time that data exports write in ISO 8601 ({@code P2M}, {@code PT72H}) count as the lengths rules write:
 * {@code within 1 month + extension} with an extension of {@code P2M} is three months, in records mode (JSON or CSV
 * text) and in bound mode (a {@code String} or a {@code java.time.Period} getter), with the same findings. An ISO length
 * that mixes months with days is a data error quoting nothing, as {@code 1 month + 2 days} is.
 */
class IsoLengthsTest {

	private static final String RULES = """
			policy Rights "Rights" time zone "Europe/Paris"

			entity DSRequest "data subject request"%s {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
				extension: duration optional
				granted: duration optional
			}

			rule DSR-01 "Answer within one month, extendable by two further months"
				basis "GDPR art. 12(3)"
				DSRequest requires answeredAt within 1 month + extension after receivedAt

			rule DSR-03 "A granted extension is two months at most"
				basis "GDPR art. 12(3)"
				DSRequest where granted is present requires granted <= 2 months
			""";

	private static final Context NOW = at("2024-06-30T00:00:00Z");
	private static final String RECEIVED = "2024-01-15T10:00:00Z";

	private final RecordPolicy records = CompiledRules.records(RULES.formatted(""));
	private final Policy bound = CompiledRules.bound(
			RULES.formatted(" bound to \"org.privacy.dsl.semantics.BoundIsoRequest\""));

	/** The findings for a request answered at {@code answeredAt}, after checking that both modes agree. */
	private List<Finding> findings(String answeredAt, String extension, String granted) {
		Map<String, Object> r = new HashMap<>();
		r.put("id", "r1");
		r.put("receivedAt", RECEIVED);
		r.put("answeredAt", answeredAt);
		if (extension != null) {
			r.put("extension", extension);
		}
		if (granted != null) {
			r.put("granted", granted);
		}
		List<Finding> fromRecords = check(records, "DSRequest", r, NOW);
		List<Finding> fromObject = checkObject(bound, new BoundIsoRequest("r1", Instant.parse(RECEIVED),
				Instant.parse(answeredAt), extension, null), NOW);
		if (granted == null) {
			assertThat(fromObject).extracting(Finding::ruleId, Finding::status, Finding::fields, Finding::explanation)
					.containsExactlyElementsOf(fromRecords.stream()
							.map(f -> tuple(f.ruleId(), f.status(), f.fields(), f.explanation())).toList());
		}
		return fromRecords;
	}

	@Test
	void anIsoExtensionLengthensTheDeadlineAsWrittenInRules() {
		// 15 January + 1 month + P2M: in time to the end of 15 April in Paris
		assertThat(findings("2024-04-15T21:00:00Z", "P2M", null)).isEmpty();
		assertThat(findings("2024-04-15T21:00:00Z", "p2m", null)).isEmpty();
		List<Finding> late = findings("2024-04-16T10:00:00Z", "P2M", null);
		assertThat(late).extracting(Finding::status).containsExactly(Status.LATE);
		assertThat(late.get(0).explanation()).contains("the end of 2024-04-15 in Europe/Paris")
				.isEqualTo(findings("2024-04-16T10:00:00Z", "2 months", null).get(0).explanation());
	}

	@Test
	void yearsAndMonthsAddUpToMonths() {
		assertThat(findings("2024-04-15T21:00:00Z", "P0Y2M", null)).isEmpty();
		assertThat(findings("2024-06-01T10:00:00Z", "P1Y", null)).isEmpty();
	}

	@Test
	void anIsoExtensionOfDaysIsTheOtherKindAndADataErrorThatQuotesNoValue() {
		List<Finding> found = findings("2024-02-20T10:00:00Z", "P10D", null);
		assertThat(found).extracting(Finding::status).containsExactly(Status.DATA_ERROR);
		assertThat(found.get(0).explanation()).contains("1 month + extension").contains("calendar")
				.doesNotContain("P10D");
	}

	@Test
	void anIsoLengthMixingMonthsAndDaysIsADataErrorNamingTheField() {
		List<Finding> found = findings("2024-02-20T10:00:00Z", "P1M2D", null);
		assertThat(found).extracting(Finding::status, Finding::fields)
				.containsExactly(tuple(Status.DATA_ERROR, List.of("extension")));
		assertThat(found.get(0).explanation()).contains("'extension' mixes a calendar length of time")
				.doesNotContain("P1M2D");
	}

	@Test
	void textThatIsNotALengthIsADataError() {
		List<Finding> found = findings("2024-02-20T10:00:00Z", "P2X", null);
		assertThat(found).extracting(Finding::status).containsExactly(Status.DATA_ERROR);
		assertThat(found.get(0).explanation()).contains("'extension' should be a length of time")
				.doesNotContain("P2X");
	}

	@Test
	void aPeriodGetterIsALengthOfTime() {
		Instant received = Instant.parse(RECEIVED);
		Instant answered = Instant.parse("2024-02-10T10:00:00Z"); // in time without extension
		assertThat(checkObject(bound, new BoundIsoRequest("r1", received, answered, null, Period.ofMonths(2)), NOW))
				.isEmpty();
		assertThat(checkObject(bound, new BoundIsoRequest("r1", received, answered, null, Period.ofMonths(3)), NOW))
				.extracting(Finding::ruleId, Finding::status).containsExactly(tuple("DSR-03", Status.VIOLATED));
		assertThat(checkObject(bound, new BoundIsoRequest("r1", received, answered, null, Period.of(0, 1, 2)), NOW))
				.extracting(Finding::ruleId, Finding::status).containsExactly(tuple("DSR-03", Status.DATA_ERROR));
		assertThat(findings("2024-02-20T10:00:00Z", null, "P3M")).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("DSR-01", Status.LATE), tuple("DSR-03", Status.VIOLATED));
	}
}
