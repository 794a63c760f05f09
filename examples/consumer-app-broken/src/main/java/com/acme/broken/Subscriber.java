package com.acme.broken;

/** Has no getConsentGivenAt(): the rules below name a field this class lacks. */
public class Subscriber {
	private String id;
	private boolean optedIn;

	public String getId() {
		return id;
	}

	public boolean isOptedIn() {
		return optedIn;
	}
}
