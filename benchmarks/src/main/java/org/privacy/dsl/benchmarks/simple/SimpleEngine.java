package org.privacy.dsl.benchmarks.simple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.privacy.dsl.benchmarks.validators.AccountStatus;
import org.privacy.dsl.benchmarks.validators.Region;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.FindingSink;

/**
 * The ways of checking the ten rules of {@code accounts.privacy} that the SimpleRules benchmark compares. Each counts
 * what it found over the data set: the rules broken, summed ({@link #counts()} says so), or for
 * {@link #GENERATED_COMPLIES} the accounts that break at least one rule.
 */
public enum SimpleEngine {
	/** The ten rules as plain {@code if}s: the physical limit. Builds nothing. */
	HAND_WRITTEN {
		@Override
		long check(List<Account> accounts) {
			long broken = 0;
			for (Account a : accounts) {
				broken += HandWritten.broken(a);
			}
			return broken;
		}
	},
	/** {@code AccountRules.checkAccount(account, context, sink)}: one finding per violation, its sentence not read. */
	GENERATED {
		@Override
		long check(List<Account> accounts) {
			Counter counter = new Counter(false);
			for (Account a : accounts) {
				RULES.checkAccount(a, CONTEXT, counter);
			}
			return counter.violations;
		}
	},
	/** The same, reading each finding's sentence as a report would (the sentence is built on that read). */
	GENERATED_EXPLAINED {
		@Override
		long check(List<Account> accounts) {
			Counter counter = new Counter(true);
			for (Account a : accounts) {
				RULES.checkAccount(a, CONTEXT, counter);
			}
			return counter.violations;
		}
	},
	/** {@code AccountRules.compliesAccount(account, context)}: yes or no, no finding built. */
	GENERATED_COMPLIES {
		@Override
		long check(List<Account> accounts) {
			long failing = 0;
			for (Account a : accounts) {
				if (!RULES.compliesAccount(a, CONTEXT)) {
					failing++;
				}
			}
			return failing;
		}

		@Override
		boolean countsAccounts() {
			return true;
		}
	},
	/** Hibernate Validator on the annotations and {@code @AssertTrue} methods of {@link Account}. */
	HIBERNATE_VALIDATOR {
		@Override
		long check(List<Account> accounts) {
			long broken = 0;
			for (Account a : accounts) {
				broken += HibernateHolder.VALIDATOR.validate(a).size();
			}
			return broken;
		}
	};

	/** "Now" for the generated validator (no rule of this policy reads it). */
	static final Context CONTEXT = Context.at(Instant.parse("2026-06-01T00:00:00Z"));
	static final AccountRules RULES = new AccountRules();

	/** What the engine found in {@code accounts}. */
	abstract long check(List<Account> accounts);

	/** Whether {@link #check} counts accounts that fail rather than rules broken. */
	boolean countsAccounts() {
		return false;
	}

	/** Created on first use, so that the other engines do not pay for Hibernate Validator's start. */
	private static final class HibernateHolder {
		static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
				.clockProvider(() -> Clock.fixed(CONTEXT.now(), ZoneOffset.UTC)).buildValidatorFactory()
				.getValidator();
	}

	/** Counts the findings that are violations; optionally reads each one's sentence. */
	private static final class Counter implements FindingSink {
		private final boolean explain;
		long violations;
		long characters;

		Counter(boolean explain) {
			this.explain = explain;
		}

		@Override
		public void accept(Finding finding) {
			if (finding.status().isViolation()) {
				violations++;
				if (explain) {
					characters += finding.explanation().length();
				}
			}
		}
	}

	/** The ten rules by hand. */
	static final class HandWritten {
		private static final Set<Region> APPROVED = Set.of(Region.EU, Region.EEA, Region.UK);

		private HandWritten() {
		}

		/** The number of rules {@code a} breaks. */
		static int broken(Account a) {
			int broken = 0;
			if (isEmpty(a.getEmail())) {
				broken++;
			}
			if (isEmpty(a.getNoticeVersion())) {
				broken++;
			}
			if (a.getDisplayName().length() > 40) {
				broken++;
			}
			if (a.isMarketingConsent() && a.getAge() < 16) {
				broken++;
			}
			if (a.isNewsletter() && !a.isMarketingConsent()) {
				broken++;
			}
			if (a.isNewsletter() && !a.isEmailVerified()) {
				broken++;
			}
			if (a.isSmsOptIn() && isEmpty(a.getPhone())) {
				broken++;
			}
			Region region = a.getRegion();
			if (region != Region.EU && region != Region.EEA && region != Region.UK) {
				broken++;
			}
			if (a.getStatus() == AccountStatus.CLOSED && a.isNewsletter()) {
				broken++;
			}
			if (a.getRetentionDays() > 1095) {
				broken++;
			}
			return broken;
		}

		private static boolean isEmpty(String text) {
			return text == null || text.isEmpty();
		}
	}
}
