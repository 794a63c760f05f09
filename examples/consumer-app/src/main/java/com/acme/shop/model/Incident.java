package com.acme.shop.model;

import java.time.Instant;

/** A security incident (a Java record: the rules read it through id(), personalData(), awareAt(), ...). */
public record Incident(String id, boolean personalData, Instant awareAt, Instant notifiedAuthorityAt, RiskLevel risk) {
}
