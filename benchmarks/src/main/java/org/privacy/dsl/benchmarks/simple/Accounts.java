package org.privacy.dsl.benchmarks.simple;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.privacy.dsl.benchmarks.validators.AccountStatus;
import org.privacy.dsl.benchmarks.validators.Region;

/**
 * The seeded data of the SimpleRules benchmark. With violations, each of the ten rules is broken by about 4 % of the
 * accounts, independently, so about a third of the accounts break at least one rule; without, every account passes
 * every rule (what a validator costs for an object that passes).
 */
public final class Accounts {
	private static final Region[] APPROVED = { Region.EU, Region.EEA, Region.UK };
	private static final Region[] OTHERS = { Region.US, Region.OTHER };
	private static final AccountStatus[] OPEN = { AccountStatus.ACTIVE, AccountStatus.SUSPENDED, AccountStatus.DORMANT };
	private static final String LONG_NAME = "A display name that is longer than forty characters";

	private Accounts() {
	}

	public static List<Account> generate(int size, boolean violations) {
		SplittableRandom random = new SplittableRandom(20261207L);
		double p = violations ? 1 : 0;
		List<Account> accounts = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			boolean newsletter = random.nextDouble() < 0.3;
			boolean marketingConsent = newsletter ? random.nextDouble() >= 0.13 * p : random.nextDouble() < 0.2;
			boolean emailVerified = newsletter ? random.nextDouble() >= 0.13 * p : random.nextDouble() < 0.5;
			boolean smsOptIn = random.nextDouble() < 0.2;
			String phone = smsOptIn ? (random.nextDouble() < 0.2 * p ? null : "+33 6 12 34 56 78")
					: (random.nextDouble() < 0.5 ? null : "+33 6 98 76 54 32");
			int age = random.nextDouble() < 0.1 * p ? 13 + random.nextInt(3) : 16 + random.nextInt(70);
			AccountStatus status = newsletter && random.nextDouble() < 0.13 * p ? AccountStatus.CLOSED
					: !newsletter && random.nextDouble() < 0.1 ? AccountStatus.CLOSED : OPEN[random.nextInt(OPEN.length)];
			accounts.add(new Account("acc-" + i,
					random.nextDouble() < 0.04 * p ? null : "holder" + i + "@example.com",
					random.nextDouble() < 0.04 * p ? (random.nextBoolean() ? null : "") : "2026-01",
					phone,
					random.nextDouble() < 0.04 * p ? LONG_NAME : "Holder " + i,
					age, newsletter, marketingConsent, emailVerified, smsOptIn,
					random.nextDouble() < 0.04 * p ? OTHERS[random.nextInt(OTHERS.length)]
							: APPROVED[random.nextInt(APPROVED.length)],
					status,
					random.nextDouble() < 0.04 * p ? 1096 + random.nextInt(3000) : 30 + random.nextInt(1066)));
		}
		return accounts;
	}
}
