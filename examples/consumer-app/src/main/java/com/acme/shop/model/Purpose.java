package com.acme.shop.model;

/** Why personal data is used. */
public enum Purpose {
	MARKETING, ANALYTICS, SERVICE
}
