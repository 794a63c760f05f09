package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;

/**
 * Arithmetic, aggregates, lengths of time and list parameters in bound mode, read through Java records: the same rule
 * text in records mode, fed the same data as maps, gives the same findings.
 */
class BoundArithmeticTest {

	private static final String RULES = """
			parameter ceilings = [100, 250]
			parameter extension = 1 day

			entity Ledger bound to "org.privacy.dsl.semantics.BoundLedger" {
				id: text key
				total: number
				divisor: number
				retention: duration
				entries: list of Entry
			}

			entity Entry bound to "org.privacy.dsl.semantics.BoundEntry" {
				amount: number
				at: datetime
				flagged: boolean
			}

			rule LED-01 "The total is the sum of the entries"
				basis "test"
				Ledger requires (sum of e.amount for e in entries) = total

			rule LED-02 "The flagged share is at most a half"
				basis "test"
				Ledger where count of entries > 0
				requires (count of e in entries where e.flagged) / count of entries <= 0.5

			rule LED-03 "The last flagged entry is recent"
				basis "test"
				Ledger requires (latest of e.at for e in entries where e.flagged) after 2024-01-01T00:00Z

			rule LED-04 "Retention, extension included, is at most a week"
				basis "test"
				Ledger requires retention + extension <= 1 week

			rule LED-05 "The total per divisor rounds to a ceiling"
				basis "test"
				Ledger requires total / divisor rounded is one of ceilings, 0
			""";

	private static final Context NOW = at("2024-03-01T00:00:00Z");

	private final RecordPolicy records = CompiledRules.records(RULES);
	private final Policy bound = CompiledRules.bound(RULES);

	private static BoundLedger ledger(String id, double total, double divisor, Duration retention,
			BoundEntry... entries) {
		return new BoundLedger(id, total, divisor, retention, List.of(entries));
	}

	private static Map<String, Object> asMap(BoundLedger l) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", l.id());
		m.put("total", l.total());
		m.put("divisor", l.divisor());
		m.put("retention", l.retention());
		List<Object> entries = new ArrayList<>();
		for (BoundEntry e : l.entries()) {
			entries.add(Map.of("amount", e.amount(), "at", e.at(), "flagged", e.flagged()));
		}
		m.put("entries", entries);
		return m;
	}

	private List<String> findings(BoundLedger ledger) {
		List<String> boundFindings = describe(checkObject(bound, ledger, NOW));
		assertThat(boundFindings).isEqualTo(describe(check(records, "Ledger", asMap(ledger), NOW)));
		return boundFindings;
	}

	private static List<String> describe(List<Finding> findings) {
		return findings.stream().map(f -> f.ruleId() + " " + f.status().word()).toList();
	}

	@Test
	void aLedgerThatKeepsEveryRule() {
		assertThat(findings(ledger("l-1", 250, 1, Duration.ofDays(6),
				new BoundEntry(200, Instant.parse("2024-02-01T00:00:00Z"), true),
				new BoundEntry(50, Instant.parse("2023-02-01T00:00:00Z"), false)))).isEmpty();
	}

	@Test
	void aLedgerThatBreaksEachRule() {
		assertThat(findings(ledger("l-2", 99.6, 1, Duration.ofDays(7),
				new BoundEntry(10, Instant.parse("2023-02-01T00:00:00Z"), true),
				new BoundEntry(20, Instant.parse("2023-03-01T00:00:00Z"), true),
				new BoundEntry(30, Instant.parse("2023-04-01T00:00:00Z"), false))))
				.containsExactly("LED-01 violated", "LED-02 violated", "LED-03 violated", "LED-04 violated");
	}

	@Test
	void noFlaggedEntryAndADivisorOfZeroAreDataErrors() {
		assertThat(findings(ledger("l-3", 0, 0, Duration.ofDays(1))))
				.containsExactly("LED-03 data-error", "LED-05 data-error");
	}
}
