package com.acme.shop.model;

import java.time.Instant;

/** One consent a subscriber gave (withdrawnAt is null while it holds). */
public record ConsentGrant(Purpose purpose, Instant givenAt, Instant withdrawnAt) {

	public static ConsentGrant given(Purpose purpose, Instant givenAt) {
		return new ConsentGrant(purpose, givenAt, null);
	}
}
