package com.acme.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Status;

import com.acme.shop.model.ConsentGrant;
import com.acme.shop.model.Incident;
import com.acme.shop.model.MarketingEmail;
import com.acme.shop.model.Purpose;
import com.acme.shop.model.RiskLevel;
import com.acme.shop.model.Subscriber;
import com.acme.shop.rules.ShopPolicy;
import com.acme.shop.service.Compliance;

/** The validator generated from src/main/privacy, called with the application's own objects. */
class ShopPolicyTest {

	private static final ShopPolicy POLICY = new ShopPolicy();
	private static final Instant AWARE = Instant.parse("2026-03-02T08:00:00Z");

	private static Incident incident(Instant notified, RiskLevel risk) {
		return new Incident("inc-1", true, AWARE, notified, risk);
	}

	@Test
	void breachNotifiedWithin72HoursIsSatisfied() {
		List<Finding> findings = POLICY.checkIncident(incident(Instant.parse("2026-03-04T08:00:00Z"), RiskLevel.HIGH),
				Context.at(Instant.parse("2026-03-10T00:00:00Z")));

		assertThat(findings).isEmpty();
	}

	@Test
	void breachNotifiedAfter72HoursIsLate() {
		List<Finding> findings = POLICY.checkIncident(incident(Instant.parse("2026-03-06T09:00:00Z"), RiskLevel.HIGH),
				Context.at(Instant.parse("2026-03-10T00:00:00Z")));

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("BRC-01");
			assertThat(f.status()).isEqualTo(Status.LATE);
			assertThat(f.record()).isEqualTo("inc-1");
			assertThat(f.explanation()).contains("after the deadline", "GDPR art. 33(1)");
		});
	}

	@Test
	void breachNotNotifiedIsPendingThenOverdue() {
		Incident open = incident(null, RiskLevel.LOW);

		assertThat(POLICY.checkIncident(open, Context.at(Instant.parse("2026-03-03T08:00:00Z"))))
				.extracting(Finding::status).containsExactly(Status.PENDING);
		assertThat(POLICY.checkIncident(open, Context.at(Instant.parse("2026-03-05T08:00:01Z"))))
				.extracting(Finding::status).containsExactly(Status.OVERDUE);
		assertThat(Compliance.violations(open, Instant.parse("2026-03-05T08:00:01Z")))
				.extracting(Finding::ruleId).containsExactly("BRC-01");
	}

	@Test
	void unlikelyRiskIsExemptThroughTheJavaEnum() {
		List<Finding> findings = POLICY.checkIncident(incident(null, RiskLevel.UNLIKELY),
				Context.at(Instant.parse("2026-04-01T00:00:00Z")));

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.status()).isEqualTo(Status.EXEMPT);
			assertThat(f.explanation()).contains("risk = UNLIKELY");
		});
	}

	@Test
	void incidentWithoutPersonalDataIsNoBreach() {
		Incident incident = new Incident("inc-2", false, AWARE, null, RiskLevel.HIGH);

		assertThat(POLICY.checkIncident(incident, Context.at(Instant.parse("2026-04-01T00:00:00Z")))).isEmpty();
	}

	@Test
	void marketingEmailToOptedInSubscriberWithConsentIsFine() {
		Subscriber camille = new Subscriber("sub-1", "camille@example.com", true)
				.withConsent(ConsentGrant.given(Purpose.MARKETING, Instant.parse("2026-01-01T10:00:00Z")));
		MarketingEmail email = new MarketingEmail("mail-1", camille, Purpose.MARKETING,
				Instant.parse("2026-02-01T10:00:00Z"));

		assertThat(POLICY.checkMarketingEmail(email, Context.at(email.sentAt()))).isEmpty();
		assertThat(Compliance.maySend(email)).isTrue();
	}

	@Test
	void marketingEmailWithoutOptInOrConsentViolatesBothRules() {
		Subscriber dominique = new Subscriber("sub-2", "dominique@example.com", false)
				.withConsent(ConsentGrant.given(Purpose.ANALYTICS, Instant.parse("2026-01-01T10:00:00Z")))
				.withConsent(new ConsentGrant(Purpose.MARKETING, Instant.parse("2026-01-01T10:00:00Z"),
						Instant.parse("2026-01-15T10:00:00Z")));
		MarketingEmail email = new MarketingEmail("mail-2", dominique, Purpose.MARKETING,
				Instant.parse("2026-02-01T10:00:00Z"));

		List<Finding> findings = POLICY.checkMarketingEmail(email, Context.at(email.sentAt()));

		assertThat(findings).extracting(Finding::ruleId).containsExactly("MKT-01", "MKT-02");
		assertThat(findings).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.VIOLATED));
		assertThat(findings.get(1).explanation()).contains("marketing consent", "GDPR art. 7");
		assertThat(Compliance.maySend(email)).isFalse();
	}

	@Test
	void serviceEmailsAreNotMarketing() {
		MarketingEmail email = new MarketingEmail("mail-3", new Subscriber("sub-3", null, false), Purpose.SERVICE,
				Instant.parse("2026-02-01T10:00:00Z"));

		assertThat(POLICY.checkMarketingEmail(email, Context.at(email.sentAt()))).isEmpty();
	}

	@Test
	void missingRequiredValueIsADataErrorNotAnException() {
		MarketingEmail email = new MarketingEmail("mail-4", null, Purpose.MARKETING,
				Instant.parse("2026-02-01T10:00:00Z"));

		assertThat(POLICY.checkMarketingEmail(email, Context.at(email.sentAt()))).extracting(Finding::status)
				.containsOnly(Status.DATA_ERROR);
	}
}
