package org.privacy.dsl.benchmarks.simple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.privacy.dsl.benchmarks.validators.AccountStatus;
import org.privacy.dsl.benchmarks.validators.HandWrittenFinding;
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
	/**
	 * The ten rules by hand, reporting each violation as a small record (rule, status, key) to a sink that counts
	 * them: what any validator that reports findings pays; the baseline for {@link #GENERATED}. That it reports the
	 * generated validator's rule, status and key for every account is checked by {@code SimpleRulesSmokeTest}, not in
	 * the benchmark's setup, where a second kind of sink would change how the JIT compiles the checks.
	 */
	HAND_WRITTEN_FINDINGS {
		@Override
		long check(List<Account> accounts) {
			HandWrittenFinding.Counter counter = new HandWrittenFinding.Counter();
			for (Account a : accounts) {
				HandWritten.report(a, counter);
			}
			return counter.violations();
		}
	},
	/**
	 * {@link #HAND_WRITTEN_FINDINGS} into a list, as a report keeps them: each record outlives the check (the JIT
	 * cannot leave it out), the list is the result.
	 */
	HAND_WRITTEN_FINDINGS_KEPT {
		@Override
		long check(List<Account> accounts) {
			List<HandWrittenFinding> kept = new ArrayList<>();
			HandWrittenFinding.Sink sink = kept::add;
			for (Account a : accounts) {
				HandWritten.report(a, sink);
			}
			return kept.size();
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
	/** {@link #GENERATED} into a list, as a report keeps them (every finding of this data is a violation). */
	GENERATED_KEPT {
		@Override
		long check(List<Account> accounts) {
			List<Finding> kept = new ArrayList<>();
			FindingSink sink = kept::add;
			for (Account a : accounts) {
				RULES.checkAccount(a, CONTEXT, sink);
			}
			return kept.size();
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

		/**
		 * Reports each rule {@code a} breaks to {@code sink}, in rule order: the sentences of these rules name
		 * nothing but the account, so the finding holds its rule, status and key.
		 */
		static void report(Account a, HandWrittenFinding.Sink sink) {
			if (isEmpty(a.getEmail())) {
				sink.accept(HandWrittenFinding.violated("ACC-01", a.getId()));
			}
			if (isEmpty(a.getNoticeVersion())) {
				sink.accept(HandWrittenFinding.violated("ACC-02", a.getId()));
			}
			if (a.getDisplayName().length() > 40) {
				sink.accept(HandWrittenFinding.violated("ACC-03", a.getId()));
			}
			if (a.isMarketingConsent() && a.getAge() < 16) {
				sink.accept(HandWrittenFinding.violated("ACC-04", a.getId()));
			}
			if (a.isNewsletter() && !a.isMarketingConsent()) {
				sink.accept(HandWrittenFinding.violated("ACC-05", a.getId()));
			}
			if (a.isNewsletter() && !a.isEmailVerified()) {
				sink.accept(HandWrittenFinding.violated("ACC-06", a.getId()));
			}
			if (a.isSmsOptIn() && isEmpty(a.getPhone())) {
				sink.accept(HandWrittenFinding.violated("ACC-07", a.getId()));
			}
			Region region = a.getRegion();
			if (region != Region.EU && region != Region.EEA && region != Region.UK) {
				sink.accept(HandWrittenFinding.violated("ACC-08", a.getId()));
			}
			if (a.getStatus() == AccountStatus.CLOSED && a.isNewsletter()) {
				sink.accept(HandWrittenFinding.violated("ACC-09", a.getId()));
			}
			if (a.getRetentionDays() > 1095) {
				sink.accept(HandWrittenFinding.violated("ACC-10", a.getId()));
			}
		}

		/**
		 * The first account, in order, whose hand-written findings and those of the generated validator differ in
		 * rule, status or key; {@code null} when they are the same for every account.
		 */
		static String differenceFromGenerated(List<Account> accounts) {
			for (Account a : accounts) {
				List<String> expected = new ArrayList<>();
				report(a, f -> expected.add(f.rule() + " " + f.status().word() + " " + f.key()));
				List<String> generated = RULES.checkAccount(a, CONTEXT).stream()
						.map(f -> f.ruleId() + " " + f.status().word() + " " + f.record()).toList();
				if (!expected.equals(generated)) {
					return "account " + a.getId() + ": hand-written findings " + expected + ", generated " + generated;
				}
			}
			return null;
		}

		private static boolean isEmpty(String text) {
			return text == null || text.isEmpty();
		}
	}
}
