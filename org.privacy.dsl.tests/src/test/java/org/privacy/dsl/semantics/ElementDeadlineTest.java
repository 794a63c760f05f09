package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

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
import org.privacy.runtime.Status;

/**
 * Deadlines per element ({@code every r in recipients satisfies told within 1 month after erasedAt}): one outcome
 * for each element, named by its key or its position; and deadlines whose start has not happened yet. The same rule
 * text runs in records mode and in bound mode, and gives the same findings.
 */
class ElementDeadlineTest {

	private static final String ENTITIES = """
			policy Erasures "Erasure" time zone "Europe/Paris"

			entity ErasureRequest%s {
				id: text key
				erasedAt: datetime optional
				approvedAt: datetime optional
				recipients: list of Recipient
			}

			entity Recipient%s {
				name: text
				toldAt: datetime optional
				addedAt: datetime
			}

			entity Notice {
				id: text key
				erasedAt: datetime optional
				recipients: list of Partner
			}

			entity Partner {
				name: text key
				toldAt: datetime optional
			}

			term told for Recipient: event toldAt
			""";

	private static final String RULES = """
			rule RTS-07 "Every recipient is told of the erasure within one month"
				basis "GDPR art. 19"
				ErasureRequest where erasedAt is present requires every r in recipients satisfies told within 1 month after erasedAt

			rule RTS-08 "Every recipient added later is told within a week of being added"
				basis "GDPR art. 19"
				ErasureRequest requires every r in recipients satisfies r.toldAt within 7 days after r.addedAt
				unless id = "exempt"

			rule RTS-09 "Partners are told within one month, pending until the erasure"
				basis "GDPR art. 19"
				Notice requires every p in recipients satisfies p.toldAt within 1 month after erasedAt, pending while missing

			rule RTS-10 "Erasure within a month of approval"
				basis "GDPR art. 17"
				ErasureRequest requires erasedAt within 1 month after approvedAt
			""";

	private static final String RECORDS = ENTITIES.formatted("", "") + RULES;
	private static final String BOUND = ENTITIES.formatted(" bound to \"org.privacy.dsl.semantics.BoundErasure\"",
			" bound to \"org.privacy.dsl.semantics.BoundRecipient\"") + RULES;

	private static final Context LATER = at("2024-06-01T00:00:00Z");

	private final RecordPolicy records = CompiledRules.records(RECORDS);
	private final Policy bound = CompiledRules.bound(BOUND);

	private static Map<String, Object> recipient(String name, String toldAt, String addedAt) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("name", name);
		if (toldAt != null) {
			r.put("toldAt", toldAt);
		}
		r.put("addedAt", addedAt);
		return r;
	}

	private static Map<String, Object> request(String id, String erasedAt, String approvedAt,
			List<Map<String, Object>> recipients) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("id", id);
		if (erasedAt != null) {
			r.put("erasedAt", erasedAt);
		}
		if (approvedAt != null) {
			r.put("approvedAt", approvedAt);
		}
		r.put("recipients", recipients);
		return r;
	}

	private static BoundErasure object(Map<String, Object> request) {
		List<BoundRecipient> recipients = new ArrayList<>();
		for (Object o : (List<?>) request.get("recipients")) {
			Map<?, ?> m = (Map<?, ?>) o;
			recipients.add(new BoundRecipient((String) m.get("name"), instant(m.get("toldAt")),
					instant(m.get("addedAt"))));
		}
		return new BoundErasure((String) request.get("id"), instant(request.get("erasedAt")),
				instant(request.get("approvedAt")), recipients);
	}

	private static Instant instant(Object iso) {
		return iso == null ? null : Instant.parse((String) iso);
	}

	/** The findings of one request in both modes, after checking that they agree. */
	private List<Finding> findings(Map<String, Object> request, Context context) {
		List<Finding> fromRecords = check(records, "ErasureRequest", request, context);
		List<Finding> fromObjects = checkObject(bound, object(request), context);
		assertThat(fromObjects).extracting(Finding::ruleId, Finding::status, Finding::fields, Finding::explanation)
				.containsExactlyElementsOf(fromRecords.stream()
						.map(f -> tuple(f.ruleId(), f.status(), f.fields(), f.explanation())).toList());
		return fromRecords;
	}

	@Test
	void eachRecipientGetsItsOwnOutcome() {
		Map<String, Object> request = request("er-1", "2024-03-01T10:00:00Z", "2024-02-20T10:00:00Z", List.of(
				recipient("acme", "2024-03-10T10:00:00Z", "2024-01-01T00:00:00Z"),
				recipient("globex", "2024-04-10T10:00:00Z", "2024-01-01T00:00:00Z"),
				recipient("initech", null, "2024-01-01T00:00:00Z")));

		List<Finding> findings = findings(request, LATER).stream().filter(f -> f.ruleId().equals("RTS-07")).toList();

		assertThat(findings).extracting(Finding::status, Finding::record, Finding::fields).containsExactly(
				tuple(Status.LATE, "er-1", List.of("erasedAt", "recipients[1].toldAt", "recipients")),
				tuple(Status.OVERDUE, "er-1", List.of("erasedAt", "recipients[2].toldAt", "recipients")));
		assertThat(findings.get(0).explanation()).contains("erasure request er-1, recipients[1]")
				.contains("2024-04-10").contains("GDPR art. 19");
		assertThat(findings.get(1).explanation()).contains("erasure request er-1, recipients[2]");
	}

	@Test
	void aRecipientNotToldYetWithinTheMonthIsPending() {
		Map<String, Object> request = request("er-2", "2024-03-01T10:00:00Z", null,
				List.of(recipient("acme", null, "2024-01-01T00:00:00Z")));

		assertThat(findings(request, at("2024-03-15T00:00:00Z"))).extracting(Finding::ruleId, Finding::status)
				.contains(tuple("RTS-07", Status.PENDING));
	}

	@Test
	void theStartMayBeTheElementsOwnDateAndExceptionsApplyPerElement() {
		Map<String, Object> request = request("er-3", null, null, List.of(
				recipient("acme", "2024-01-05T00:00:00Z", "2024-01-01T00:00:00Z"),
				recipient("globex", "2024-01-20T00:00:00Z", "2024-01-01T00:00:00Z")));
		Map<String, Object> exempt = request("exempt", null, null, List.of(
				recipient("acme", "2024-01-20T00:00:00Z", "2024-01-01T00:00:00Z"),
				recipient("globex", "2024-01-20T00:00:00Z", "2024-01-01T00:00:00Z")));

		assertThat(findings(request, LATER)).extracting(Finding::ruleId, Finding::status, Finding::fields)
				.containsExactly(tuple("RTS-08", Status.LATE,
						List.of("recipients", "recipients[1].toldAt", "recipients[1].addedAt", "id")));
		assertThat(findings(exempt, LATER)).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("RTS-08", Status.EXEMPT), tuple("RTS-08", Status.EXEMPT));
	}

	@Test
	void anEmptyListHasNothingToReport() {
		assertThat(findings(request("er-4", "2024-03-01T10:00:00Z", null, List.of()), LATER)).isEmpty();
	}

	@Test
	void aDeadlineWhoseStartIsMissingDoesNotApplyYet() {
		// RTS-10 counts from approvedAt, which is optional: not approved yet, nothing to judge
		Map<String, Object> notApproved = request("er-5", null, null, List.of());
		Map<String, Object> approved = request("er-6", null, "2024-03-01T10:00:00Z", List.of());

		assertThat(findings(notApproved, LATER)).isEmpty();
		assertThat(findings(approved, LATER)).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("RTS-10", Status.OVERDUE));
	}

	@Test
	void pendingWhileMissingReportsADeadlineThatHasNotStarted() {
		Map<String, Object> notice = Map.of("id", "n-1", "recipients",
				List.of(Map.of("name", "acme"), Map.of("name", "globex", "toldAt", "2024-01-01T00:00:00Z")));

		List<Finding> findings = check(records, "Notice", notice, LATER);

		// globex was told before the erasure: done in time, whenever the deadline starts
		assertThat(findings).extracting(Finding::ruleId, Finding::status, Finding::fields).containsExactly(
				tuple("RTS-09", Status.PENDING, List.of("recipients", "recipients[0].toldAt", "erasedAt")));
		assertThat(findings.get(0).explanation()).contains("notice n-1, partner acme").contains("has not started");
		assertThat(findings.get(0).status().isViolation()).isFalse();
	}

	@Test
	void elementsWithAKeyAreNamedByIt() {
		Map<String, Object> notice = Map.of("id", "n-2", "erasedAt", "2024-03-01T10:00:00Z", "recipients",
				List.of(Map.of("name", "acme")));

		assertThat(check(records, "Notice", notice, LATER)).singleElement().satisfies(f -> {
			assertThat(f.status()).isEqualTo(Status.OVERDUE);
			assertThat(f.explanation()).contains("notice n-2, partner acme");
		});
	}

	@Test
	void aMalformedElementDateIsADataErrorNamingTheList() {
		Map<String, Object> request = request("er-7", "2024-03-01T10:00:00Z", null,
				List.of(recipient("acme", "yesterday", "2024-01-01T00:00:00Z")));

		assertThat(check(records, "ErasureRequest", request, LATER)).extracting(Finding::ruleId, Finding::status)
				.contains(tuple("RTS-07", Status.DATA_ERROR));
	}
}
