package org.privacy.cli;

import java.util.Map;

/** A small rule set for tests: customers must be adults, and so must the customer of a purchase. */
public final class ShopRules {
	private ShopRules() {
	}

	public static final String MODEL = """
			package shop

			entity Customer {
				id: text key
				email: text category user.contact.email
				age: number
				purchases: list of Purchase via customer
			}

			entity Purchase {
				id: text key
				customer: Customer
				amount: number
				paidAt: datetime optional
			}
			""";

	public static final String RULES = """
			package shop

			policy Shop "Shop rules"

			parameter adultAge = 18

			rule AGE-01 "Customers are adults"
				basis "GDPR art. 8"
				severity law
				Customer requires age >= adultAge
				explain "customer {email} is {age} years old"

			rule BUY-01 "Only adults buy"
				basis "GDPR art. 8"
				severity guidance
				Purchase requires customer.age >= adultAge
			""";

	/** The two rule files, under {@code rules/}. */
	public static Map<String, String> files() {
		return Map.of("rules/model.privacy", MODEL, "rules/rules.privacy", RULES);
	}
}
