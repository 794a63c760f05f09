package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Bound mode: entities read through the application's own classes (a JavaBean, Java records, Java enums, java.time
 * values, a list of records). The same rule text in records mode, fed the same data as maps, gives the same findings.
 */
class BoundModeTest {

	static final String RULES = """
			policy Marketing "Marketing and rights" time zone "Europe/Paris"

			enum PersonKind { individual, business }
			enum Medium { EMAIL, SMS, POSTAL }

			entity Prospect bound to "org.privacy.dsl.semantics.BoundProspect" {
				id: text key
				kind: PersonKind
				objectionOffered: boolean
				customerSince: date optional
				consents: list of Consent
			}

			entity Consent bound to "org.privacy.dsl.semantics.BoundConsent" {
				id: text key
				medium: Medium
				givenAt: datetime
				withdrawnAt: datetime optional
			}

			entity Message bound to "org.privacy.dsl.semantics.BoundMessage" {
				id: text key
				recipient: Prospect
				medium: Medium
				sentAt: datetime
				analogousProduct: boolean
			}

			entity Request bound to "org.privacy.dsl.semantics.BoundRequest" {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
				receivedOn: date
				answeredOn: date optional
			}

			term "email marketing": Message where medium = EMAIL and recipient.kind = individual

			term optin for Message:
				some c in recipient.consents satisfies c.medium = medium and c.givenAt before sentAt
					and (c.withdrawnAt is missing or c.withdrawnAt after sentAt)

			term "soft opt-in" for Message:
				recipient.customerSince is present and analogousProduct and recipient.objectionOffered

			term answer for Request: event answeredAt counted from receivedAt
			term "paper answer" for Request: event answeredOn counted from receivedOn

			rule MKT-01 "Email prospection of individuals needs their prior consent"
				basis "CPCE art. L34-5"
				email marketing requires optin
				unless soft opt-in

			rule MKT-02 "No texts or letters to companies"
				basis "Internal policy 3"
				Message forbids medium is one of SMS, POSTAL and recipient.kind = business

			rule RTS-01 "Answer within a month"
				basis "GDPR art. 12(3)"
				Request requires answer within 1 month

			rule RTS-02 "Answer a letter within a month"
				basis "GDPR art. 12(3)"
				Request requires paper answer within 1 month
			""";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private static final Context NOW = at("2024-03-15T12:00:00Z");
	private static final OffsetDateTime SENT = OffsetDateTime.parse("2024-03-01T10:00:00+01:00");
	private static final BoundConsent EMAIL_CONSENT = new BoundConsent("c-1", Medium.EMAIL,
			Instant.parse("2024-01-01T00:00:00Z"), null);
	private static final BoundConsent WITHDRAWN_CONSENT = new BoundConsent("c-2", Medium.EMAIL,
			Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z"));

	private final Policy bound = CompiledRules.bound(RULES);
	private final RecordPolicy records = CompiledRules.records(RULES);

	private static BoundProspect individual(BoundConsent... consents) {
		return new BoundProspect("p-1", ContactKind.individual, false, null, List.of(consents));
	}

	private static BoundMessage email(BoundProspect to) {
		return new BoundMessage("m-1", to, Medium.EMAIL, SENT, false);
	}

	static Stream<Arguments> messages() {
		BoundProspect customer = new BoundProspect("p-2", ContactKind.individual, true, LocalDate.of(2020, 5, 1),
				List.of());
		BoundProspect company = new BoundProspect("p-3", ContactKind.business, false, null, List.of());
		return Stream.of(
				Arguments.of("consenting individual", email(individual(EMAIL_CONSENT)), List.of()),
				Arguments.of("no consent", email(individual()), List.of("MKT-01 VIOLATED")),
				Arguments.of("consent withdrawn before sending", email(individual(WITHDRAWN_CONSENT)),
						List.of("MKT-01 VIOLATED")),
				Arguments.of("consent for another medium", new BoundMessage("m-2", individual(EMAIL_CONSENT),
						Medium.SMS, SENT, false), List.of()),
				Arguments.of("soft opt-in", new BoundMessage("m-3", customer, Medium.EMAIL, SENT, true),
						List.of("MKT-01 EXEMPT")),
				Arguments.of("email to a company", email(company), List.of()),
				Arguments.of("letter to a company", new BoundMessage("m-4", company, Medium.POSTAL, SENT, false),
						List.of("MKT-02 VIOLATED")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("messages")
	void boundObjectsGiveTheExpectedFindings(String scenario, BoundMessage message, List<String> expected) {
		assertThat(checkObject(bound, message, NOW)).extracting(f -> f.ruleId() + " " + f.status())
				.containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("messages")
	void boundAndRecordsModeAgree(String scenario, BoundMessage message, List<String> expected) {
		assertThat(describe(checkObject(bound, message, NOW)))
				.isEqualTo(describe(check(records, "Message", asMap(message), NOW)));
	}

	@Test
	void javaEnumConstantComparesWithTheRulesValue() {
		BoundProspect company = new BoundProspect("p-3", ContactKind.business, false, null, List.of());

		assertThat(checkObject(bound, new BoundMessage("m-5", company, Medium.SMS, SENT, false), NOW))
				.extracting(Finding::ruleId, Finding::status, Finding::record)
				.containsExactly(tuple("MKT-02", Status.VIOLATED, "m-5"));
		assertThat(checkObject(bound, new BoundMessage("m-6", company, Medium.EMAIL, SENT, false), NOW)).isEmpty();
	}

	@Test
	void boundPolicyWithOnlyBoundEntitiesNeedsNoRecords() {
		assertThat(bound).isNotInstanceOf(RecordPolicy.class);
		assertThat(bound.rules()).extracting(r -> r.id()).containsExactly("MKT-01", "MKT-02", "RTS-01", "RTS-02");
	}

	static Stream<Arguments> requests() {
		ZonedDateTime received = ZonedDateTime.of(2024, 1, 31, 10, 0, 0, 0, PARIS);
		LocalDate receivedOn = LocalDate.of(2024, 1, 31);
		return Stream.of(
				Arguments.of("answered on the last day", new BoundRequest("r-1", received,
						received.plusDays(29), receivedOn, LocalDate.of(2024, 2, 29)), List.of(), NOW),
				Arguments.of("answered at the first minute after the last day", new BoundRequest("r-2", received,
						ZonedDateTime.of(2024, 3, 1, 0, 0, 0, 0, PARIS), receivedOn, LocalDate.of(2024, 3, 1)),
						List.of("RTS-01 LATE", "RTS-02 LATE"), NOW),
				Arguments.of("never answered", new BoundRequest("r-3", received, null, receivedOn, null),
						List.of("RTS-01 OVERDUE", "RTS-02 OVERDUE"), NOW),
				Arguments.of("not answered yet", new BoundRequest("r-4", received, null, receivedOn, null),
						List.of("RTS-01 PENDING", "RTS-02 PENDING"), at("2024-02-20T00:00:00Z")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requests")
	void deadlinesOnJavaTimeValues(String scenario, BoundRequest request, List<String> expected, Context context) {
		List<Finding> boundFindings = checkObject(bound, request, context);

		assertThat(boundFindings).extracting(f -> f.ruleId() + " " + f.status()).containsExactlyElementsOf(expected);
		assertThat(describe(boundFindings)).isEqualTo(describe(check(records, "Request", asMap(request), context)));
	}

	@Test
	void missingRequiredValueOfABoundObjectIsADataError() {
		BoundMessage unsent = new BoundMessage("m-7", individual(EMAIL_CONSENT), Medium.EMAIL, null, false);

		List<Finding> findings = checkObject(bound, unsent, NOW);

		assertThat(findings).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("MKT-01", Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("sentAt");
		assertThat(describe(findings)).isEqualTo(describe(check(records, "Message", asMap(unsent), NOW)));
	}

	/** What both modes must agree on. */
	private static List<String> describe(List<Finding> findings) {
		return findings.stream()
				.map(f -> String.join(" | ", f.ruleId(), f.status().word(), String.valueOf(f.record()),
						String.join(",", f.fields()), f.explanation()))
				.toList();
	}

	// ------------------------------------------------------------------ the same data as JSON-style maps

	private static Map<String, Object> asMap(BoundMessage m) {
		return fields("id", m.id(), "recipient", asMap(m.recipient()), "medium", m.medium(), "sentAt",
				m.sentAt() == null ? null : m.sentAt().toString(), "analogousProduct", m.analogousProduct());
	}

	private static Map<String, Object> asMap(BoundProspect p) {
		List<Map<String, Object>> consents = new ArrayList<>();
		for (BoundConsent c : p.getConsents()) {
			consents.add(fields("id", c.id(), "medium", c.medium(), "givenAt", c.givenAt(), "withdrawnAt",
					c.withdrawnAt()));
		}
		return fields("id", p.getId(), "kind", p.getKind(), "objectionOffered", p.isObjectionOffered(),
				"customerSince", p.getCustomerSince(), "consents", consents);
	}

	private static Map<String, Object> asMap(BoundRequest r) {
		return fields("id", r.id(), "receivedAt", r.receivedAt(), "answeredAt", r.answeredAt(), "receivedOn",
				r.receivedOn(), "answeredOn", r.answeredOn());
	}

	/** A map of names to values, leaving out null values as a JSON export would; enums are written as text. */
	private static Map<String, Object> fields(Object... namesAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			if (value != null) {
				map.put((String) namesAndValues[i], value instanceof Enum<?> e ? e.name() : value);
			}
		}
		return map;
	}
}
