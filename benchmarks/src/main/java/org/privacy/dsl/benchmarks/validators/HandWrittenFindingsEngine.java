package org.privacy.dsl.benchmarks.validators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.privacy.runtime.Context;
import org.privacy.runtime.Status;

/**
 * The ten rules by hand, as {@link HandWrittenEngine} checks them, reporting each violation as a
 * {@link HandWrittenFinding} (rule, status, key, a deadline's instants) to a sink that counts them: what any validator
 * that reports findings pays, the baseline for the generated validator's findings. That it reports the generated
 * validator's rule, status and key for every customer is checked by {@code ValidatorsSmokeTest}.
 */
public final class HandWrittenFindingsEngine implements Engine {
	private static final Duration CONFIRMATION_DEADLINE = Duration.ofHours(72);

	private final Instant now;
	private final ZoneId zone;

	public HandWrittenFindingsEngine(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	@Override
	public long countViolations(List<Customer> customers) {
		HandWrittenFinding.Counter counter = new HandWrittenFinding.Counter();
		for (Customer customer : customers) {
			check(customer, counter);
		}
		return counter.violations();
	}

	/** Reports each rule {@code c} breaks to {@code sink}, in rule order. */
	public void check(Customer c, HandWrittenFinding.Sink sink) {
		if (isEmpty(c.getEmail())) {
			sink.accept(HandWrittenFinding.violated("NUL-01", c.getId()));
		}
		if (isEmpty(c.getNoticeVersion())) {
			sink.accept(HandWrittenFinding.violated("NUL-02", c.getId()));
		}
		if (c.isNewsletter() && !c.isMarketingConsent()) {
			sink.accept(HandWrittenFinding.violated("FLG-01", c.getId()));
		}
		if (c.getDisplayName().length() > 40) {
			sink.accept(HandWrittenFinding.violated("TXT-01", c.getId()));
		}
		if (c.isMarketingConsent() && c.getAge() < 16) {
			sink.accept(HandWrittenFinding.violated("AGE-01", c.getId()));
		}
		deadline("DLN-01", c, c.getSignupAt().plus(CONFIRMATION_DEADLINE), c.getConfirmedAt(), sink);
		LocalDate answerDay = c.getAccessRequestedAt().atZone(zone).toLocalDate().plusMonths(1);
		deadline("DLN-02", c, answerDay.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1),
				c.getAccessAnsweredAt(), sink);
		Region region = c.getStorageRegion();
		if (region != Region.EU && region != Region.EEA && region != Region.UK) {
			sink.accept(HandWrittenFinding.violated("ENM-01", c.getId()));
		}
		if (c.getStatus() == AccountStatus.CLOSED && c.isNewsletter()) {
			sink.accept(HandWrittenFinding.violated("CLS-01", c.getId()));
		}
		if (c.isPersonalisedAds() && !hasStandingAdvertisingConsent(c.getConsents())) {
			sink.accept(HandWrittenFinding.violated("COL-01", c.getId()));
		}
	}

	/** Late when done after the deadline, overdue when not done and the deadline has passed. */
	private void deadline(String rule, Customer c, Instant due, Instant done, HandWrittenFinding.Sink sink) {
		if (done != null ? done.isAfter(due) : now.isAfter(due)) {
			Status status = done != null ? Status.LATE : Status.OVERDUE;
			sink.accept(new HandWrittenFinding(rule, status, c.getId(), due, done));
		}
	}

	/**
	 * The first finding, in customer and rule order, where these findings and those of the generated validator
	 * ({@code CustomerRules}) differ in rule, status or key; {@code null} when they are the same.
	 */
	public static String differenceFromGenerated(List<Customer> customers) {
		HandWrittenFindingsEngine engine = new HandWrittenFindingsEngine(Customers.NOW, Customers.ZONE);
		CustomerRules rules = new CustomerRules();
		Context context = Context.at(Customers.NOW);
		for (Customer c : customers) {
			List<String> expected = new ArrayList<>();
			engine.check(c, f -> expected.add(f.rule() + " " + f.status().word() + " " + f.key()));
			List<String> generated = rules.checkCustomer(c, context).stream()
					.map(f -> f.ruleId() + " " + f.status().word() + " " + f.record()).toList();
			if (!expected.equals(generated)) {
				return "customer " + c.getId() + ": hand-written findings " + expected + ", generated " + generated;
			}
		}
		return null;
	}

	private static boolean isEmpty(String text) {
		return text == null || text.isEmpty();
	}

	private static boolean hasStandingAdvertisingConsent(List<Consent> consents) {
		for (Consent consent : consents) {
			if (consent.purpose() == Purpose.ADVERTISING && consent.withdrawnAt() == null) {
				return true;
			}
		}
		return false;
	}
}
