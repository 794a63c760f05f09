package org.privacy.dsl.ide.navigation;

/** Rule sets of several files that the tests open: a model, a vocabulary and rules, as lawyers' projects have. */
final class Workspaces {
	private Workspaces() {
	}

	static final String MODEL = """
			package canal.plus

			enum Purpose { marketing, service }

			enum RiskLevel "The risk a breach creates" {
				unlikely "Documented as unlikely to result in a risk",
				low,
				high
			}

			entity Prospect {
				id: text key
				email: text optional category user.contact.email
				customerSince: date optional
				consents: list of Consent via prospect
			}
			entity Consent {
				id: text key
				prospect: Prospect
				channel: Channel
				givenAt: datetime
				withdrawnAt: datetime optional
			}
			entity MessageSend {
				id: text key
				recipient: Prospect
				channel: Channel
				purpose: Purpose
				sentAt: datetime
				analogousProduct: boolean
			}
			entity SecurityIncident {
				id: text key
				summary: text
				personalData: boolean
				awareAt: datetime
				notifiedAuthorityAt: datetime optional
				risk: RiskLevel
			}

			parameter notificationDelay = 72h
			""";

	static final String VOCABULARY = """
			package canal.plus

			term "email marketing": MessageSend where channel = EMAIL and purpose = marketing
			term optin for MessageSend:
				some c in recipient.consents satisfies
					c.channel = channel and c.givenAt before sentAt and (c.withdrawnAt is missing or c.withdrawnAt after sentAt)
			term soft opt-in for MessageSend: recipient.customerSince is present and analogousProduct
			term breach: SecurityIncident where personalData
			term "notify authority" for SecurityIncident: event notifiedAuthorityAt counted from awareAt
			""";

	static final String RULES = """
			package canal.plus

			policy CanalPlus "Canal+ prospection and breaches" time zone "Europe/Paris"

			rule MKT-01 "Email prospection of individuals needs their prior consent"
				basis "CPCE art. L34-5", "GDPR art. 7"
				email marketing requires optin
				unless soft opt-in

			rule BRC-01 "Notify the supervisory authority of a personal data breach within 72 hours"
				basis "GDPR art. 33(1)"
				severity law
				breach requires notify authority within notificationDelay
				unless risk = unlikely

			rule BRC-02 "Incidents are reported to the authority"
				basis "GDPR art. 33(1)", "GDPR art. 33(5)"
				severity guidance
				SecurityIncident where summary != "" requires notify authority within 1 week
				explain "incident {summary} was not notified"
			""";
}
