package org.privacy.dsl.corpus.binding;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A JavaBean that corpus files bind entities to ({@code bound to "org.privacy.dsl.corpus.binding.CorpusSubscriber"}):
 * one getter per kind of field, so good files can bind every type and bad files can get one wrong.
 */
public class CorpusSubscriber {
	private String id;
	private String email;
	private int age;
	private BigDecimal balance;
	private boolean active;
	private LocalDate joinedOn;
	private Instant lastSeenAt;
	private Duration keptFor;
	private LocalTime callTime;
	private CorpusTier tier;
	private List<String> tags;
	private List<CorpusConsent> consents;

	public String getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public int getAge() {
		return age;
	}

	public BigDecimal getBalance() {
		return balance;
	}

	public boolean isActive() {
		return active;
	}

	public LocalDate getJoinedOn() {
		return joinedOn;
	}

	public Instant getLastSeenAt() {
		return lastSeenAt;
	}

	public Duration getKeptFor() {
		return keptFor;
	}

	public LocalTime getCallTime() {
		return callTime;
	}

	public CorpusTier getTier() {
		return tier;
	}

	public List<String> getTags() {
		return tags;
	}

	public List<CorpusConsent> getConsents() {
		return consents;
	}
}
