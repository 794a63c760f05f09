package org.privacy.dsl.benchmarks.simple;

import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.privacy.dsl.benchmarks.validators.AccountStatus;
import org.privacy.dsl.benchmarks.validators.Region;

/**
 * The data class of the SimpleRules benchmark: an immutable JavaBean of plain fields. The generated validator reads
 * it through its getters, as {@code src/main/privacy/accounts.privacy} binds it; the Jakarta Validation annotations
 * and {@code @AssertTrue} methods are the same ten rules as Hibernate Validator users would write them.
 */
public final class Account {
	private static final Set<Region> APPROVED_REGIONS = Set.of(Region.EU, Region.EEA, Region.UK);

	private final String id;
	@NotEmpty
	private final String email;
	@NotEmpty
	private final String noticeVersion;
	private final String phone;
	@Size(max = 40)
	private final String displayName;
	private final int age;
	private final boolean newsletter;
	private final boolean marketingConsent;
	private final boolean emailVerified;
	private final boolean smsOptIn;
	private final Region region;
	private final AccountStatus status;
	@Max(1095)
	private final int retentionDays;

	public Account(String id, String email, String noticeVersion, String phone, String displayName, int age,
			boolean newsletter, boolean marketingConsent, boolean emailVerified, boolean smsOptIn, Region region,
			AccountStatus status, int retentionDays) {
		this.id = id;
		this.email = email;
		this.noticeVersion = noticeVersion;
		this.phone = phone;
		this.displayName = displayName;
		this.age = age;
		this.newsletter = newsletter;
		this.marketingConsent = marketingConsent;
		this.emailVerified = emailVerified;
		this.smsOptIn = smsOptIn;
		this.region = region;
		this.status = status;
		this.retentionDays = retentionDays;
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

	public String getPhone() {
		return phone;
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

	public boolean isEmailVerified() {
		return emailVerified;
	}

	public boolean isSmsOptIn() {
		return smsOptIn;
	}

	public Region getRegion() {
		return region;
	}

	public AccountStatus getStatus() {
		return status;
	}

	public int getRetentionDays() {
		return retentionDays;
	}

	@AssertTrue(message = "ACC-04: marketing consent needs an age of 16 or more")
	public boolean isOldEnoughForMarketing() {
		return !marketingConsent || age >= 16;
	}

	@AssertTrue(message = "ACC-05: the newsletter needs marketing consent")
	public boolean isNewsletterConsented() {
		return !newsletter || marketingConsent;
	}

	@AssertTrue(message = "ACC-06: the newsletter needs a verified address")
	public boolean isNewsletterVerified() {
		return !newsletter || emailVerified;
	}

	@AssertTrue(message = "ACC-07: text messages need a phone number")
	public boolean isPhoneForTextMessages() {
		return !smsOptIn || phone != null && !phone.isEmpty();
	}

	@AssertTrue(message = "ACC-08: the region is not approved")
	public boolean isRegionApproved() {
		return APPROVED_REGIONS.contains(region);
	}

	@AssertTrue(message = "ACC-09: a closed account gets no newsletter")
	public boolean isClosedWithoutNewsletter() {
		return status != AccountStatus.CLOSED || !newsletter;
	}
}
