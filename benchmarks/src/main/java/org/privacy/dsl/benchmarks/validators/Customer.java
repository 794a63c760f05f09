package org.privacy.dsl.benchmarks.validators;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The one data class of the Validators benchmark: an immutable JavaBean. The generated validator reads it through its
 * getters, as the rules of {@code src/main/privacy/customers.privacy} bind it; the Jakarta Validation annotations and
 * {@code @AssertTrue} methods are the same rules as Hibernate Validator users would write them (the two deadlines
 * need "now", so they are the class-level constraint {@link DeadlinesMet}).
 */
@DeadlinesMet
public final class Customer {
	private static final Set<Region> APPROVED_REGIONS = Set.of(Region.EU, Region.EEA, Region.UK);

	private final String id;
	@NotEmpty
	private final String email;
	@NotEmpty
	private final String noticeVersion;
	@Size(max = 40)
	private final String displayName;
	private final int age;
	private final boolean newsletter;
	private final boolean marketingConsent;
	private final boolean personalisedAds;
	private final Instant signupAt;
	private final Instant confirmedAt;
	private final Instant accessRequestedAt;
	private final Instant accessAnsweredAt;
	private final Region storageRegion;
	private final AccountStatus status;
	private final List<Consent> consents;

	public Customer(String id, String email, String noticeVersion, String displayName, int age, boolean newsletter,
			boolean marketingConsent, boolean personalisedAds, Instant signupAt, Instant confirmedAt,
			Instant accessRequestedAt, Instant accessAnsweredAt, Region storageRegion, AccountStatus status,
			List<Consent> consents) {
		this.id = id;
		this.email = email;
		this.noticeVersion = noticeVersion;
		this.displayName = displayName;
		this.age = age;
		this.newsletter = newsletter;
		this.marketingConsent = marketingConsent;
		this.personalisedAds = personalisedAds;
		this.signupAt = signupAt;
		this.confirmedAt = confirmedAt;
		this.accessRequestedAt = accessRequestedAt;
		this.accessAnsweredAt = accessAnsweredAt;
		this.storageRegion = storageRegion;
		this.status = status;
		this.consents = List.copyOf(consents);
	}

	public String getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getNoticeVersion() {
		return noticeVersion;
	}

	public String getDisplayName() {
		return displayName;
	}

	public int getAge() {
		return age;
	}

	public boolean isNewsletter() {
		return newsletter;
	}

	public boolean isMarketingConsent() {
		return marketingConsent;
	}

	public boolean isPersonalisedAds() {
		return personalisedAds;
	}

	public Instant getSignupAt() {
		return signupAt;
	}

	public Instant getConfirmedAt() {
		return confirmedAt;
	}

	public Instant getAccessRequestedAt() {
		return accessRequestedAt;
	}

	public Instant getAccessAnsweredAt() {
		return accessAnsweredAt;
	}

	public Region getStorageRegion() {
		return storageRegion;
	}

	public AccountStatus getStatus() {
		return status;
	}

	public List<Consent> getConsents() {
		return consents;
	}

	/** FLG-01 for Hibernate Validator. */
	@AssertTrue
	public boolean isNewsletterConsented() {
		return !newsletter || marketingConsent;
	}

	/** AGE-01 for Hibernate Validator. */
	@AssertTrue
	public boolean isOldEnoughToConsent() {
		return !marketingConsent || age >= 16;
	}

	/** ENM-01 for Hibernate Validator. */
	@AssertTrue
	public boolean isStoredInApprovedRegion() {
		return APPROVED_REGIONS.contains(storageRegion);
	}

	/** CLS-01 for Hibernate Validator. */
	@AssertTrue
	public boolean isNewsletterOnlyWhileOpen() {
		return status != AccountStatus.CLOSED || !newsletter;
	}

	/** COL-01 for Hibernate Validator. */
	@AssertTrue
	public boolean isAdvertisingConsented() {
		return !personalisedAds || consents.stream()
				.anyMatch(c -> c.purpose() == Purpose.ADVERTISING && c.withdrawnAt() == null);
	}
}
