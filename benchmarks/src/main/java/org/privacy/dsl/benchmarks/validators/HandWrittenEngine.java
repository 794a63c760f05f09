package org.privacy.dsl.benchmarks.validators;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The ten rules written by hand in plain Java, the fastest a validator could be: what the others are compared with. */
public final class HandWrittenEngine implements Engine {
	private static final Duration CONFIRMATION_DEADLINE = Duration.ofHours(72);

	private final Instant now;
	private final ZoneId zone;

	public HandWrittenEngine(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	@Override
	public long countViolations(List<Customer> customers) {
		long violations = 0;
		for (Customer customer : customers) {
			violations += violations(customer);
		}
		return violations;
	}

	/** The number of rules {@code c} breaks. */
	int violations(Customer c) {
		int broken = 0;
		if (isEmpty(c.getEmail())) {
			broken++;
		}
		if (isEmpty(c.getNoticeVersion())) {
			broken++;
		}
		if (c.isNewsletter() && !c.isMarketingConsent()) {
			broken++;
		}
		if (c.getDisplayName().length() > 40) {
			broken++;
		}
		if (c.isMarketingConsent() && c.getAge() < 16) {
			broken++;
		}
		if (missed(c.getSignupAt().plus(CONFIRMATION_DEADLINE), c.getConfirmedAt())) {
			broken++;
		}
		Instant answerDue = lastInstantOfDay(c.getAccessRequestedAt().atZone(zone).toLocalDate().plusMonths(1));
		if (missed(answerDue, c.getAccessAnsweredAt())) {
			broken++;
		}
		Region region = c.getStorageRegion();
		if (region != Region.EU && region != Region.EEA && region != Region.UK) {
			broken++;
		}
		if (c.getStatus() == AccountStatus.CLOSED && c.isNewsletter()) {
			broken++;
		}
		if (c.isPersonalisedAds() && !hasStandingAdvertisingConsent(c.getConsents())) {
			broken++;
		}
		return broken;
	}

	private static boolean isEmpty(String text) {
		return text == null || text.isEmpty();
	}

	/** Done after the deadline, or not done and the deadline has passed. */
	private boolean missed(Instant due, Instant done) {
		return done != null ? done.isAfter(due) : now.isAfter(due);
	}

	private static boolean hasStandingAdvertisingConsent(List<Consent> consents) {
		for (Consent consent : consents) {
			if (consent.purpose() == Purpose.ADVERTISING && consent.withdrawnAt() == null) {
				return true;
			}
		}
		return false;
	}

	/** A deadline in months ends with its last local day, as the policy counts it (the last instant in time). */
	private Instant lastInstantOfDay(java.time.LocalDate day) {
		return day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
	}
}
