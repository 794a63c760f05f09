package com.acme.shop.service;

import java.time.Instant;
import java.util.List;

import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;

import com.acme.shop.model.Incident;
import com.acme.shop.model.MarketingEmail;
import com.acme.shop.rules.ShopPolicy;

/**
 * Application code that uses the generated validator. It compiles with the application, after the plugin has
 * generated {@code ShopPolicy} (the plugin's binding checks leave this file out until then).
 */
public final class Compliance {

	private static final ShopPolicy POLICY = new ShopPolicy(); // immutable: create once, share freely

	private Compliance() {
	}

	/** The violations of one incident at {@code now}. */
	public static List<Finding> violations(Incident incident, Instant now) {
		return POLICY.checkIncident(incident, Context.at(now)).stream().filter(f -> f.status().isViolation())
				.toList();
	}

	/** Whether an e-mail may be sent as it is. */
	public static boolean maySend(MarketingEmail email) {
		return POLICY.checkMarketingEmail(email, Context.at(email.sentAt())).stream()
				.noneMatch(f -> f.status().isViolation());
	}
}
