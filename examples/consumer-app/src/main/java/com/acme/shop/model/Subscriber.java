package com.acme.shop.model;

import java.util.ArrayList;
import java.util.List;

/** A newsletter subscriber (a JavaBean: the rules read it through getId(), getEmail(), isOptedIn(), ...). */
public class Subscriber {
	private String id;
	private String email;
	private boolean optedIn;
	private final List<ConsentGrant> consents = new ArrayList<>();

	public Subscriber() {
	}

	public Subscriber(String id, String email, boolean optedIn) {
		this.id = id;
		this.email = email;
		this.optedIn = optedIn;
	}

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isOptedIn() {
		return optedIn;
	}

	public void setOptedIn(boolean optedIn) {
		this.optedIn = optedIn;
	}

	public List<ConsentGrant> getConsents() {
		return consents;
	}

	public Subscriber withConsent(ConsentGrant consent) {
		consents.add(consent);
		return this;
	}
}
