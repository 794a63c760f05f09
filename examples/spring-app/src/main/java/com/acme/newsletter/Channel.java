package com.acme.newsletter;

/** How the newsletter reaches the person. */
public enum Channel {
	EMAIL, SMS
}
