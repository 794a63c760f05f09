package com.acme.shop.model;

import java.time.Instant;

/** An e-mail sent to a subscriber. */
public record MarketingEmail(String id, Subscriber recipient, Purpose purpose, Instant sentAt) {
}
