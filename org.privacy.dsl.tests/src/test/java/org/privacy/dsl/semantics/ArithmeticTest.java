package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.privacy.dsl.semantics.CompiledRules.at;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Numbers computed ({@code + - * /}, rounding, {@code log2}, {@code minimum}/{@code maximum} of values), aggregates over
 * lists ({@code latest}, {@code earliest}, {@code sum}, {@code minimum}, {@code maximum}), lengths of time ordered and
 * added, and list parameters, compiled in records mode and run.
 */
class ArithmeticTest {

	private static final ConditionProbe PROBE = new ConditionProbe("""
			enum Channel { EMAIL, SMS, PHONE }

			entity Contact {
				at: datetime
				fromProspect: boolean
				channel: Channel
			}

			entity Line {
				amount: number
				flagged: boolean
			}

			entity Prospect {
				id: text key
				total: number
				zero: number
				period: duration
				extension: duration
				retention: duration
				signedUpAt: datetime
				contacts: list of Contact
				lines: list of Line
				scores: list of number
				daysOff: list of date
			}
			""", "Prospect");

	private static final Map<String, Object> PROSPECT = Map.ofEntries(Map.entry("id", "p-1"),
			Map.entry("total", 10), Map.entry("zero", 0), Map.entry("period", "1 month"),
			Map.entry("extension", "2 months"), Map.entry("retention", "30 days"),
			Map.entry("signedUpAt", "2024-01-01T00:00:00Z"),
			Map.entry("contacts", List.of(
					Map.of("at", "2024-01-10T09:00:00Z", "fromProspect", true, "channel", "EMAIL"),
					Map.of("at", "2024-02-10T09:00:00Z", "fromProspect", false, "channel", "SMS"),
					Map.of("at", "2024-01-20T09:00:00Z", "fromProspect", true, "channel", "PHONE"))),
			Map.entry("lines", List.of(Map.of("amount", 2.5, "flagged", true), Map.of("amount", 4, "flagged", false),
					Map.of("amount", 1, "flagged", true))),
			Map.entry("scores", List.of(3, 9, 4)), Map.entry("daysOff", List.of("2024-03-01", "2023-12-24")));

	private static final Map<String, Object> EMPTY = Map.ofEntries(Map.entry("id", "p-2"), Map.entry("total", 0),
			Map.entry("zero", 0), Map.entry("period", "72h"), Map.entry("extension", "1 day"),
			Map.entry("retention", "1 year"), Map.entry("signedUpAt", "2024-01-01T00:00:00Z"),
			Map.entry("contacts", List.of()), Map.entry("lines", List.of()), Map.entry("scores", List.of()),
			Map.entry("daysOff", List.of()));

	private static final Context NOW = at("2024-03-01T00:00:00Z");

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1 + 2 * 3 = 7                                                                   | true
			(1 + 2) * 3 = 9                                                                 | true
			10 - 4 - 3 = 3                                                                  | true
			total / 4 = 2.5                                                                 | true
			total / 3 rounded to 2 decimals = 3.33                                          | true
			2.5 rounded = 3                                                                 | true
			2.4 rounded = 2                                                                 | true
			0 - 2.5 rounded = 0 - 3                                                         | true
			2.7 rounded down = 2                                                            | true
			2.1 rounded up = 3                                                              | true
			2.675 rounded to 2 decimals = 2.68                                              | true
			log2 of 8 = 3                                                                   | true
			log2 of total > 3.3                                                             | true
			minimum of total, 3, 7 = 3                                                      | true
			maximum of total, 3, 7 = total                                                  | true
			sum of total, 1, 2 = 13                                                         | true
			latest of signedUpAt, 2023-05-01T00:00Z = signedUpAt                            | true
			earliest of signedUpAt, 2023-05-01T00:00Z = 2023-05-01T00:00Z                   | true
			latest of c.at for c in contacts = 2024-02-10T09:00Z                            | true
			(latest of c.at for c in contacts where c.fromProspect) = 2024-01-20T09:00Z | true
			earliest of c.at for c in contacts = 2024-01-10T09:00Z                          | true
			sum of l.amount for l in lines = 7.5                                            | true
			(sum of l.amount for l in lines where l.flagged) = 3.5 | true
			maximum of scores = 9                                                           | true
			minimum of scores = 3                                                           | true
			sum of scores = 16                                                              | true
			latest of daysOff = 2024-03-01                                                 | true
			(maximum of l.amount for l in lines where not l.flagged) = 4 | true
			(count of c in contacts where c.fromProspect) / count of contacts <= 0.7        | true
			(count of c in contacts where c.fromProspect) / count of contacts <= 0.6        | false
			(latest of c.at for c in contacts where c.channel = SMS) is present | true
			period + extension = 3 months                                                   | true
			period + extension <= 1 year                                                    | true
			1 year = 12 months                                                              | true
			retention < 31 days                                                             | true
			retention >= 720h                                                               | true
			72h + 1 day = 4 days                                                            | true
			signedUpAt + (period + extension) = 2024-04-01T00:00Z                           | true
			maximum of period, extension = 2 months                                         | true
			""")
	void computes(String condition, boolean expected) {
		assertThat(PROBE.holds(condition, PROSPECT, NOW)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "on empty lists, {0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			sum of l.amount for l in lines = 0                                               | true
			sum of scores = 0                                                                | true
			latest of c.at for c in contacts is missing                                      | true
			maximum of scores is present                                                     | false
			latest of c.at for c in contacts is missing or latest of c.at for c in contacts after signedUpAt | true
			""")
	void emptyLists(String condition, boolean expected) {
		assertThat(PROBE.holds(condition, EMPTY, NOW)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is a data error")
	@CsvSource(delimiter = '|', textBlock = """
			total / zero > 1
			log2 of zero > 1
			latest of c.at for c in contacts after signedUpAt
			retention < 1 year
			period + retention > 1 month
			""")
	void dataErrors(String condition) {
		Map<String, Object> record = new java.util.HashMap<>(EMPTY);
		record.put("period", "1 month");
		record.put("retention", "30 days");
		List<Finding> findings = PROBE.findings(condition, record, NOW);
		assertThat(findings).extracting(Finding::status).containsExactly(Status.DATA_ERROR);
		assertThat(findings.get(0).explanation()).doesNotContain("30");
	}

	@Test
	void aNumberOutOfRangeIsADataError() {
		Map<String, Object> record = new java.util.HashMap<>(PROSPECT);
		record.put("total", 1e308);
		assertThat(PROBE.findings("total * 10 > 1", record, NOW)).extracting(Finding::status)
				.containsExactly(Status.DATA_ERROR);
	}

	private static final String PROSPECTION = """
			policy Prospection "Prospection" time zone "Europe/Paris"

			entity Contact {
				contactedAt: datetime
				fromProspect: boolean
			}

			entity Prospect {
				id: text key
				contacts: list of Contact
				deletedAt: datetime optional
			}

			term deletion for Prospect: event deletedAt

			rule RET-02 "Deleted three years after the latest contact from the prospect"
				basis "CNIL"
				Prospect where (latest of c.contactedAt for c in contacts where c.fromProspect) is present
				requires deletion within 3 years after latest of c.contactedAt for c in contacts where c.fromProspect
			""";

	@Test
	void aDeadlineCountedFromTheLatestContactFromTheProspect() {
		RecordPolicy policy = CompiledRules.records(PROSPECTION);
		List<Object> contacts = List.of(Map.of("contactedAt", "2020-01-10T09:00:00Z", "fromProspect", true),
				Map.of("contactedAt", "2022-06-01T09:00:00Z", "fromProspect", false),
				Map.of("contactedAt", "2021-02-01T09:00:00Z", "fromProspect", true));
		// due 2024-02-01T09:00Z: the latest contact from the prospect, not the later one from the company
		assertThat(CompiledRules.check(policy, "Prospect", Map.of("id", "p-1", "contacts", contacts),
				at("2024-03-01T00:00:00Z"))).extracting(Finding::status).containsExactly(Status.OVERDUE);
		assertThat(CompiledRules.check(policy, "Prospect", Map.of("id", "p-1", "contacts", contacts),
				at("2024-01-01T00:00:00Z"))).extracting(Finding::status).containsExactly(Status.PENDING);
		assertThat(CompiledRules.check(policy, "Prospect", Map.of("id", "p-1", "contacts", contacts, "deletedAt",
				"2024-01-15T00:00:00Z"), at("2024-03-01T00:00:00Z"))).isEmpty();
		// no contact from the prospect: outside the rule's scope
		assertThat(CompiledRules.check(policy, "Prospect", Map.of("id", "p-2", "contacts", List.of(contacts.get(1))),
				at("2024-03-01T00:00:00Z"))).isEmpty();
	}

	private static final String RETENTION = """
			enum Clause { audits, security, erasure }

			parameter requiredClauses = [audits, security]
			parameter thresholds = [10, 20]
			parameter extraWords = ["alpha", "beta"]

			entity Contract {
				id: text key
				clause: Clause
				clauses: list of Clause
				score: number
				word: text
			}

			rule LST-01 "The clause is a required one"
				basis "test"
				Contract requires clause is one of requiredClauses

			rule LST-02 "Every required clause is present"
				basis "test"
				Contract requires every c in requiredClauses satisfies (some k in clauses satisfies k = c)

			rule LST-03 "A threshold or 5"
				basis "test"
				Contract requires score is one of thresholds, 5 and (count of requiredClauses) = 2 or word is one of extraWords
			""";

	@Test
	void listParametersAtTheirDefaultsAndOverridden() {
		RecordPolicy policy = CompiledRules.records(RETENTION);
		Map<String, Object> contract = Map.of("id", "c-1", "clause", "security", "clauses",
				List.of("audits", "security"), "score", 20, "word", "none");
		assertThat(CompiledRules.check(policy, "Contract", contract, NOW)).isEmpty();

		RecordPolicy overridden = CompiledRules.records(RETENTION,
				Map.of("requiredClauses", "audits, erasure", "thresholds", "1", "extraWords", "none"));
		assertThat(CompiledRules.check(overridden, "Contract", contract, NOW)).extracting(Finding::ruleId)
				.containsExactly("LST-01", "LST-02");
	}

	@Test
	void aListParameterValueOfAnotherTypeIsRefused() {
		assertThatThrownBy(() -> CompiledRules.records(RETENTION, Map.of("requiredClauses", "audits, privacy")))
				.hasRootCauseInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CompiledRules.records(RETENTION, Map.of("thresholds", "1, many")))
				.hasRootCauseInstanceOf(IllegalArgumentException.class);
	}
}
