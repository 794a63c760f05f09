package org.privacy.dsl.benchmarks.validators;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The data of the Validators benchmark: customers drawn from a seeded generator, so every run and every engine sees
 * the same records. Each of the ten rules is broken by about 5% of the records, independently of the others.
 */
public final class Customers {
	/** "Now" for every engine: deadlines not met by then are overdue. */
	public static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
	/** The policy's time zone, in which the one-month deadline is counted. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private static final double BROKEN = 0.05;
	private static final long SEED = 20261128L;
	private static final Region[] APPROVED = { Region.EU, Region.EEA, Region.UK };
	private static final Region[] OUTSIDE = { Region.US, Region.OTHER };
	private static final AccountStatus[] OPEN = { AccountStatus.ACTIVE, AccountStatus.SUSPENDED, AccountStatus.DORMANT };
	private static final Purpose[] PURPOSES = Purpose.values();

	private Customers() {
	}

	/** {@code count} customers, the same ones for the same count. */
	public static List<Customer> generate(int count) {
		SplittableRandom random = new SplittableRandom(SEED);
		List<Customer> customers = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			customers.add(customer(i, random));
		}
		return customers;
	}

	private static Customer customer(int index, SplittableRandom random) {
		boolean[] broken = new boolean[10];
		for (int rule = 0; rule < broken.length; rule++) {
			broken[rule] = random.nextDouble() < BROKEN;
		}
		String email = broken[0] ? (random.nextBoolean() ? null : "") : "customer" + index + "@example.com";
		String noticeVersion = broken[1] ? null : "2026-0" + (1 + random.nextInt(5));
		boolean newsletter = broken[2] || broken[8] || random.nextBoolean();
		boolean marketingConsent = !broken[2] && (newsletter || broken[4] || random.nextBoolean());
		String displayName = "x".repeat(broken[3] ? 41 + random.nextInt(20) : 1 + random.nextInt(40));
		int age = broken[4] ? 13 + random.nextInt(3) : 16 + random.nextInt(70);

		Instant signupAt = NOW.minus(Duration.ofMinutes(4 * 24 * 60 + random.nextLong(400L * 24 * 60)));
		Instant confirmationDue = signupAt.plus(Duration.ofHours(72));
		Instant confirmedAt = broken[5] ? missedOrLate(confirmationDue, random)
				: inTime(confirmationDue, 72L * 3600, random);

		Instant accessRequestedAt = NOW.minus(Duration.ofMinutes(40 * 24 * 60 + random.nextLong(400L * 24 * 60)));
		Instant answerDue = accessRequestedAt.atZone(ZONE).plusMonths(1).toInstant();
		// in the last three days before the end of the calendar month: a fixed 30 days would call many of them late
		Instant accessAnsweredAt = broken[6] ? missedOrLate(answerDue, random)
				: inTime(answerDue, 3L * 24 * 3600, random);

		Region storageRegion = broken[7] ? OUTSIDE[random.nextInt(OUTSIDE.length)]
				: APPROVED[random.nextInt(APPROVED.length)];
		AccountStatus status = broken[8] || (!newsletter && random.nextInt(4) == 0) ? AccountStatus.CLOSED
				: OPEN[random.nextInt(OPEN.length)];

		boolean personalisedAds = broken[9] || random.nextInt(5) < 2;
		List<Consent> consents = consents(signupAt, personalisedAds && !broken[9], random);
		return new Customer("c-" + index, email, noticeVersion, displayName, age, newsletter, marketingConsent,
				personalisedAds, signupAt, confirmedAt, accessRequestedAt, accessAnsweredAt, storageRegion, status,
				consents);
	}

	/** Within {@code seconds} before {@code due}; one time in ten exactly at {@code due}, which is still in time. */
	private static Instant inTime(Instant due, long seconds, SplittableRandom random) {
		return random.nextInt(10) == 0 ? due : due.minusSeconds(random.nextLong(seconds));
	}

	/** Either never happened (overdue at {@link #NOW}) or happened after {@code due}, by one second or more. */
	private static Instant missedOrLate(Instant due, SplittableRandom random) {
		return random.nextBoolean() ? null : due.plusSeconds(1 + random.nextLong(5L * 24 * 3600));
	}

	/** Zero to three consents; with {@code advertising}, one of them is a standing advertising consent. */
	private static List<Consent> consents(Instant signupAt, boolean advertising, SplittableRandom random) {
		List<Consent> consents = new ArrayList<>(3);
		int count = random.nextInt(advertising ? 3 : 4);
		for (int i = 0; i < count; i++) {
			Purpose purpose = PURPOSES[random.nextInt(PURPOSES.length)];
			Instant givenAt = signupAt.plusSeconds(random.nextLong(3600));
			// without a standing advertising consent, every advertising consent has been withdrawn
			boolean withdrawn = purpose == Purpose.ADVERTISING ? !advertising || random.nextBoolean()
					: random.nextInt(4) == 0;
			consents.add(new Consent(purpose, givenAt, withdrawn ? givenAt.plus(Duration.ofDays(30)) : null));
		}
		if (advertising) {
			consents.add(random.nextInt(consents.size() + 1),
					new Consent(Purpose.ADVERTISING, signupAt.plusSeconds(random.nextLong(3600)), null));
		}
		return consents;
	}
}
