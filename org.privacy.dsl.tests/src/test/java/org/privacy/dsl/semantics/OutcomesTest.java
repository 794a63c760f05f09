package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.FindingSink;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Status;

/**
 * Every outcome, behind an option: with {@link Context#withAllOutcomes()} each record a rule judges gets a finding,
 * satisfied or not-applicable (saying why) included; with {@link Context.Outcomes#COUNTED} those two are counted
 * without a finding; by default validators report findings only. Records mode and bound mode alike.
 */
class OutcomesTest {

	private static final String RULES = """
			policy Outcomes "Outcomes" time zone "Europe/Paris"

			enum Channel { EMAIL, SMS }

			entity Message {
				id: text key
				channel: Channel
				sentAt: datetime
				consent: boolean
				optOutLink: boolean
			}

			term "email marketing": Message where channel = EMAIL

			rule MKT-01 "Email marketing needs consent"
				basis "CPCE art. L34-5"
				email marketing requires consent

			rule MKT-06 "Messages after the law offer an opt-out"
				basis "CPCE art. L34-5"
				effective from 2024-01-01 until 2024-12-31 on sentAt
				Message where channel = SMS requires optOutLink
			""";

	private static final String BOUND = """
			policy Requests "Requests" time zone "Europe/Paris"

			entity Request bound to "org.privacy.dsl.semantics.BoundRequest" {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
				receivedOn: date
				answeredOn: date optional
			}

			rule DSR-01 "Requests are answered within a month"
				basis "GDPR art. 12(3)"
				Request requires answeredAt within 1 month after receivedAt
			""";

	private static final Context NOW = at("2025-06-01T00:00:00Z");

	private static Map<String, Object> message(String id, String channel, String sentAt, boolean consent,
			boolean optOut) {
		return Map.of("id", id, "channel", channel, "sentAt", sentAt, "consent", consent, "optOutLink", optOut);
	}

	@Test
	void byDefaultOnlyFindingsAreReported() {
		RecordPolicy policy = CompiledRules.records(RULES);
		assertThat(check(policy, "Message", message("m1", "EMAIL", "2024-03-01T10:00:00Z", true, true), NOW))
				.isEmpty();
	}

	@Test
	void everyRecordGetsAnOutcomeForEveryRuleWhenAsked() {
		RecordPolicy policy = CompiledRules.records(RULES);
		Context all = NOW.withAllOutcomes();
		assertThat(check(policy, "Message", message("m1", "EMAIL", "2024-03-01T10:00:00Z", true, true), all))
				.extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("MKT-01", Status.SATISFIED), tuple("MKT-06", Status.NOT_APPLICABLE));
		assertThat(check(policy, "Message", message("m2", "SMS", "2024-03-01T10:00:00Z", true, true), all))
				.extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("MKT-01", Status.NOT_APPLICABLE), tuple("MKT-06", Status.SATISFIED));
		assertThat(check(policy, "Message", message("m3", "SMS", "2024-03-01T10:00:00Z", true, false), all))
				.extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("MKT-01", Status.NOT_APPLICABLE), tuple("MKT-06", Status.VIOLATED));
	}

	@Test
	void aNotApplicableOutcomeSaysWhy() {
		RecordPolicy policy = CompiledRules.records(RULES);
		Context all = NOW.withAllOutcomes();
		assertThat(explanations(policy, message("m1", "EMAIL", "2024-03-01T10:00:00Z", true, true), all)).containsExactly(
				"message m1 (email marketing) meets MKT-01 (CPCE art. L34-5)",
				"message m1: MKT-06 does not apply, outside the rule's scope");
		assertThat(explanations(policy, message("m2", "SMS", "2023-12-31T22:59:00Z", true, true), all))
				.endsWith("message m2: MKT-06 does not apply, before its effective date");
		// 2025-01-01 00:30 in Paris is after the last day of the period
		assertThat(explanations(policy, message("m3", "SMS", "2024-12-31T23:30:00Z", true, true), all))
				.endsWith("message m3: MKT-06 does not apply, after its effective period");
	}

	@Test
	void countedOutcomesBuildNoFinding() {
		RecordPolicy policy = CompiledRules.records(RULES);
		List<Finding> findings = new ArrayList<>();
		List<String> counted = new ArrayList<>();
		FindingSink sink = new FindingSink() {
			@Override
			public void accept(Finding finding) {
				findings.add(finding);
			}

			@Override
			public void counted(RuleInfo rule, Status status) {
				counted.add(rule.id() + " " + status.word());
			}
		};
		Context counting = NOW.withOutcomes(Context.Outcomes.COUNTED);
		policy.check("Message", org.privacy.runtime.Record.of(message("m3", "SMS", "2024-03-01T10:00:00Z", true, false)),
				counting, sink);
		assertThat(counted).containsExactly("MKT-01 not-applicable");
		assertThat(findings).extracting(Finding::ruleId, Finding::status).containsExactly(tuple("MKT-06", Status.VIOLATED));
	}

	@Test
	void aDeadlineMetIsSatisfiedWithItsDates() {
		Policy records = CompiledRules.records(BOUND.replace(" bound to \"org.privacy.dsl.semantics.BoundRequest\"", ""));
		Map<String, Object> request = Map.of("id", "r1", "receivedAt", "2024-05-02T10:00:00Z", "answeredAt",
				"2024-05-20T10:00:00Z", "receivedOn", "2024-05-02", "answeredOn", "2024-05-20");
		List<Finding> fromMap = check((RecordPolicy) records, "Request", request, NOW.withAllOutcomes());
		assertThat(fromMap).extracting(Finding::status).containsExactly(Status.SATISFIED);
		assertThat(fromMap.get(0).explanation()).startsWith("request r1: \"answeredAt\" happened at 2024-05-20T")
				.contains("by the deadline of").endsWith("(1 month after receivedAt); required by GDPR art. 12(3)");

		Policy bound = CompiledRules.bound(BOUND);
		ZonedDateTime received = ZonedDateTime.parse("2024-05-02T12:00:00+02:00[Europe/Paris]");
		BoundRequest object = new BoundRequest("r1", received, received.plusDays(18), LocalDate.of(2024, 5, 2),
				LocalDate.of(2024, 5, 20));
		assertThat(checkObject(bound, object, NOW)).isEmpty();
		List<Finding> fromObject = checkObject(bound, object, NOW.withAllOutcomes());
		assertThat(fromObject).extracting(Finding::status).containsExactly(Status.SATISFIED);
		assertThat(fromObject.get(0).explanation()).isEqualTo(fromMap.get(0).explanation());
	}

	private static List<String> explanations(RecordPolicy policy, Map<String, Object> values, Context context) {
		return check(policy, "Message", values, context).stream().map(Finding::explanation).toList();
	}
}
