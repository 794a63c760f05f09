package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.validation.IssueCodes;

/** One test per quick fix: the fix is applied and the files re-validated (see {@link QuickFixTestBase#fix}). */
class QuickFixTest extends QuickFixTestBase {

	static final String ACCESS = """
			package canal.plus

			entity AccessRequest {
				id: text key
				answeredAt: datetime optional
				extendedAt: datetime optional
				receivedAt: datetime
				channel: Channel
				openedAt: datetime optional
			}

			term answer for AccessRequest: event answeredAt
			""";

	void rules(String rules) {
		workspace("model.privacy", Workspaces.MODEL, "vocabulary.privacy", Workspaces.VOCABULARY, "access.privacy",
				ACCESS, "rules.privacy", rules);
	}

	@Test
	void unknownNameIsReplacedByTheSuggestionEvenOfSeveralWords() {
		String rules = """
				package canal.plus

				rule MKT-01 "Email prospection needs consent"
					basis "CPCE art. L34-5"
					email marketing requires optn
					unless soft opt-im
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.UNKNOWN_NAME, "Change to 'optin'");
		fixed = fix("rules.privacy", IssueCodes.UNKNOWN_NAME, "Change to 'soft opt-in'");
		assertThat(changedLines(rules, fixed)).containsExactly("\temail marketing requires optin",
				"\tunless soft opt-in");
	}

	@Test
	void unknownTypeIsReplaced() {
		String rules = """
				package canal.plus

				entity Complaint {
					id: text key
					about: MesageSend
				}
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.UNKNOWN_NAME, "Change to 'MessageSend'");
		assertThat(changedLines(rules, fixed)).containsExactly("\tabout: MessageSend");
	}

	@Test
	void unknownFieldAfterADotIsReplaced() {
		String rules = """
				package canal.plus

				entity Complaint {
					id: text key
					about: MessageSend
				}

				rule CMP-01 "Complaints are about e-mails"
					basis "Internal policy"
					Complaint requires about.chanel = EMAIL
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.UNKNOWN_NAME, "Change to 'channel'");
		assertThat(changedLines(rules, fixed)).containsExactly("\tComplaint requires about.channel = EMAIL");
	}

	@Test
	void aSuggestionIsWrittenAsRulesWriteIt() {
		String rules = """
				package canal.plus

				entity Visit {
					id: text key
					email: text category user.contact.emial
					remote: boolean
				}

				term "sent from home" for Visit: remote

				rule VIS-01 "Home visits are remote"
					basis "Internal policy"
					Visit requires sent ^from hom
				""";
		rules(rules);
		fix("rules.privacy", IssueCodes.UNKNOWN_NAME, "Change to 'user.contact.email'");
		String fixed = fix("rules.privacy", IssueCodes.UNKNOWN_NAME, "Change to 'sent from home'");
		assertThat(changedLines(rules, fixed)).as("a keyword a name may hold is written as is").containsExactly(
				"\temail: text category user.contact.email", "\tVisit requires sent from home");
	}

	@Test
	void aNameWithoutSuggestionHasNoFix() {
		rules("""
				package canal.plus

				rule MKT-01 "Email prospection needs consent"
					basis "CPCE art. L34-5"
					email marketing requires quite unrelated words
				""");
		assertThat(titles("rules.privacy", IssueCodes.UNKNOWN_NAME)).isEmpty();
	}

	@Test
	void missingBasisGetsAPlaceholderLineAfterTheTitle() {
		String rules = """
				package canal.plus

				rule MKT-01 "Email prospection needs consent"
					severity law
					email marketing requires optin
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.MISSING_BASIS, "Add a legal basis: basis \"GDPR art. 6(1)(?)\"");
		assertThat(fixed).contains("""
				rule MKT-01 "Email prospection needs consent"
					basis "GDPR art. 6(1)(?)"
					severity law
				""");
	}

	@Test
	void unguardedOptionalIsGuardedOneWayOrTheOther() {
		String rules = """
				package canal.plus

				rule BRC-05 "Notifications are made within three days"
					basis "GDPR art. 33(1)"
					SecurityIncident requires notifiedAuthorityAt before awareAt + 72h
				""";
		rules(rules);
		assertThat(titles("rules.privacy", IssueCodes.UNGUARDED_OPTIONAL)).containsExactly(
				"Guard with 'notifiedAuthorityAt is present and ...'",
				"Guard with 'notifiedAuthorityAt is missing or ...'");
		String fixed = fix("rules.privacy", IssueCodes.UNGUARDED_OPTIONAL,
				"Guard with 'notifiedAuthorityAt is missing or ...'");
		assertThat(changedLines(rules, fixed)).containsExactly(
				"\tSecurityIncident requires notifiedAuthorityAt is missing or (notifiedAuthorityAt before awareAt + 72h)");
	}

	@Test
	void unguardedOptionalInATermIsGuardedThere() {
		String rules = """
				package canal.plus

				term late notification for SecurityIncident: notifiedAuthorityAt after awareAt + 72h
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.UNGUARDED_OPTIONAL,
				"Guard with 'notifiedAuthorityAt is present and ...'");
		assertThat(changedLines(rules, fixed)).containsExactly("term late notification for SecurityIncident: "
				+ "notifiedAuthorityAt is present and (notifiedAuthorityAt after awareAt + 72h)");
	}

	@Test
	void unguardedOptionalUnderNotIsGuardedInsideParentheses() {
		String rules = """
				package canal.plus

				rule BRC-06 "No notification after three days"
					basis "GDPR art. 33(1)"
					SecurityIncident where personalData forbids not notifiedAuthorityAt before awareAt + 72h
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.UNGUARDED_OPTIONAL,
				"Guard with 'notifiedAuthorityAt is present and ...'");
		assertThat(changedLines(rules, fixed)).containsExactly("\tSecurityIncident where personalData forbids not "
				+ "(notifiedAuthorityAt is present and (notifiedAuthorityAt before awareAt + 72h))");
	}

	@Test
	void anOptionalFieldInTheStartOfADeadlineIsGuardedInTheRulesWhere() {
		// a start that is only an optional field needs no guard (missing, the deadline has not started); one computed
		// from it does
		String rules = """
				package canal.plus

				rule RTS-01 "Answer within a month of the day after opening"
					basis "GDPR art. 12(3)"
					AccessRequest requires answer within 1 month after openedAt + 1 day

				rule RTS-02 "Answer e-mails within a week of the day after opening"
					basis "GDPR art. 12(3)"
					AccessRequest where channel = EMAIL requires answer within 1 week after openedAt + 1 day
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.UNGUARDED_OPTIONAL,
				"Apply the rule only where 'openedAt is present'");
		fixed = fix("rules.privacy", IssueCodes.UNGUARDED_OPTIONAL, "Apply the rule only where 'openedAt is present'");
		assertThat(changedLines(rules, fixed)).containsExactly(
				"\tAccessRequest where openedAt is present requires answer within 1 month after openedAt + 1 day",
				"\tAccessRequest where channel = EMAIL and openedAt is present requires answer within 1 week after openedAt + 1 day");
	}

	@Test
	void aDuplicateRuleIdInAFileGetsAFreeId() {
		String rules = """
				package canal.plus

				rule MKT-01 "Email prospection needs consent"
					basis "CPCE art. L34-5"
					email marketing requires optin

				rule MKT-01 "Email prospection offers a way to object"
					basis "CPCE art. L34-5"
					email marketing requires analogousProduct
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.DUPLICATE_RULE_ID, "Rename rule 'MKT-01' to 'MKT-01-2'");
		assertThat(changedLines(rules, fixed)).containsExactly("rule MKT-01-2 \"Email prospection offers a way to object\"");
	}

	@Test
	void aDuplicateRuleIdAcrossFilesGetsAnIdNoFileUses() {
		String other = """
				package canal.plus

				rule MKT-01 "Email prospection offers a way to object"
					basis "CPCE art. L34-5"
					email marketing requires analogousProduct

				rule MKT-01-2 "Email prospection names the sender"
					basis "CPCE art. L34-5"
					email marketing requires analogousProduct
				""";
		workspace("model.privacy", Workspaces.MODEL, "vocabulary.privacy", Workspaces.VOCABULARY, "rules.privacy", """
				package canal.plus

				rule MKT-01 "Email prospection needs consent"
					basis "CPCE art. L34-5"
					email marketing requires optin
				""", "other.privacy", other);
		assertThat(diagnostics("rules.privacy", IssueCodes.DUPLICATE_RULE_ID)).hasSize(1);
		String fixed = fix("other.privacy", IssueCodes.DUPLICATE_RULE_ID, "Rename rule 'MKT-01' to 'MKT-01-3'");
		assertThat(changedLines(other, fixed)).containsExactly("rule MKT-01-3 \"Email prospection offers a way to object\"");
		// the other file's diagnostic goes when the server validates that file again (here on a change): the index does
		// not record that it depends on the rule ids of its package (see docs/EDITOR-NAVIGATION.md, limitations)
		change("rules.privacy", text("rules.privacy"));
		assertThat(diagnostics("rules.privacy", IssueCodes.DUPLICATE_RULE_ID)).as("the other file's too").isEmpty();
	}

	@Test
	void aDeadlineWithoutStartIsCountedFromADateTimeOfTheEntity() {
		String rules = """
				package canal.plus

				rule RTS-01 "Answer an access request within one month"
					basis "GDPR art. 12(3)"
					AccessRequest requires answer within 1 month
				""";
		rules(rules);
		assertThat(titles("rules.privacy", IssueCodes.DEADLINE_WITHOUT_START)).as("required fields first")
				.containsExactly("Count the deadline from 'receivedAt'", "Count the deadline from 'extendedAt'",
						"Count the deadline from 'openedAt'");
		String fixed = fix("rules.privacy", IssueCodes.DEADLINE_WITHOUT_START, "Count the deadline from 'receivedAt'");
		assertThat(changedLines(rules, fixed)).containsExactly("\tAccessRequest requires answer within 1 month after receivedAt");
	}

	@Test
	void aConditionAsSubjectBecomesTheWhereOfItsEntity() {
		String rules = """
				package canal.plus

				rule MKT-02 "Opted-in sends are about analogous products"
					basis "CPCE art. L34-5"
					optin requires analogousProduct

				rule MKT-03 "Opted-in e-mails are about analogous products"
					basis "CPCE art. L34-5"
					optin where channel = EMAIL or channel = SMS requires analogousProduct
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.NOT_AN_ACTIVITY, "Apply the rule to MessageSend where optin");
		fixed = fix("rules.privacy", IssueCodes.NOT_AN_ACTIVITY, "Apply the rule to MessageSend where optin");
		assertThat(changedLines(rules, fixed)).containsExactly("\tMessageSend where optin requires analogousProduct",
				"\tMessageSend where optin and (channel = EMAIL or channel = SMS) requires analogousProduct");
	}

	@Test
	void anEventAsSubjectHasNoObviousFix() {
		rules("""
				package canal.plus

				rule BRC-09 "Notifications"
					basis "GDPR art. 33(1)"
					notify authority requires personalData
				""");
		assertThat(titles("rules.privacy", IssueCodes.NOT_AN_ACTIVITY)).isEmpty();
	}

	@Test
	void reservedNamesOfPoliciesAndRulesAreChanged() {
		String rules = """
				package canal.plus

				policy Times "Time rules"

				rule R-1 "First"
					basis "GDPR art. 5"
					breach requires personalData

				rule R_1 "Second"
					basis "GDPR art. 5"
					breach requires personalData
				""";
		rules(rules);
		fix("rules.privacy", IssueCodes.RESERVED_NAME, "Rename the policy to 'TimesPolicy'");
		String fixed = fix("rules.privacy", IssueCodes.RESERVED_NAME, "Rename rule 'R_1' to 'R_1-2'");
		assertThat(changedLines(rules, fixed)).containsExactly("policy TimesPolicy \"Time rules\"",
				"rule R_1-2 \"Second\"");
	}

	@Test
	void aRepeatedDeclarationFieldOrValueIsRemoved() {
		String model = """
				package acme

				enum Level { low, high, low }

				entity Ticket {
					id: text key
					level: Level
					level: Level
				}

				term urgent for Ticket: level = high
				term urgent for Ticket: level = high
				""";
		workspace("model.privacy", model);
		String fixed = fix("model.privacy", IssueCodes.DUPLICATE_NAME, "Remove the repeated value 'low'");
		fixed = fix("model.privacy", IssueCodes.DUPLICATE_NAME, "Remove the repeated declaration of 'level'");
		fixed = fix("model.privacy", IssueCodes.DUPLICATE_NAME, "Remove the repeated declaration of 'urgent'");
		assertThat(fixed).isEqualTo("""
				package acme

				enum Level { low, high }

				entity Ticket {
					id: text key
					level: Level
				}

				term urgent for Ticket: level = high
				""");
	}

	@Test
	void twoDifferentDeclarationsOfOneNameHaveNoObviousFix() {
		workspace("model.privacy", """
				package acme

				entity Ticket {
					id: text key
					level: text
					level: number
				}
				""");
		assertThat(titles("model.privacy", IssueCodes.DUPLICATE_NAME)).isEmpty();
	}

	@Test
	void aSecondKeyLosesTheWordKey() {
		String model = """
				package acme

				entity Ticket {
					id: text key
					reference: text key
				}
				""";
		workspace("model.privacy", model);
		String fixed = fix("model.privacy", IssueCodes.MULTIPLE_KEYS, "Remove 'key' from 'reference'");
		assertThat(changedLines(model, fixed)).containsExactly("\treference: text");
	}

	@Test
	void aMisspeltTimeZoneIsCorrected() {
		String rules = """
				package canal.plus

				policy CanalPlus "Canal+" time zone "Europe/Pariss"
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.UNKNOWN_TIME_ZONE, "Change to \"Europe/Paris\"");
		assertThat(changedLines(rules, fixed)).containsExactly("policy CanalPlus \"Canal+\" time zone \"Europe/Paris\"");
	}

	@Test
	void aMisspeltPlaceholderIsCorrected() {
		String rules = """
				package canal.plus

				rule BRC-02 "Incidents are summarised"
					basis "GDPR art. 33(5)"
					SecurityIncident requires personalData
					explain "incident {sumary} holds personal data"
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.UNKNOWN_PLACEHOLDER, "Change {sumary} to {summary}");
		assertThat(changedLines(rules, fixed)).containsExactly("\texplain \"incident {summary} holds personal data\"");
	}

	@Test
	void aDeadlineOnAProhibitionIsDropped() {
		String rules = """
				package canal.plus

				rule SEC-09 "No personal data in incidents"
					basis "GDPR art. 32"
					SecurityIncident forbids personalData within 72h
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.DEADLINE_ON_PROHIBITION, "Drop the deadline 'within 72h'");
		assertThat(changedLines(rules, fixed)).containsExactly("\tSecurityIncident forbids personalData");
	}

	@Test
	void anExceptionThatCanNeverApplyIsRemoved() {
		String rules = """
				package canal.plus

				rule BRC-01 "Notify within 72 hours"
					basis "GDPR art. 33(1)"
					breach requires notify authority within 72h
					unless risk is missing
					unless risk = unlikely
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.EXCEPTION_NEVER_APPLIES,
				"Remove the exception 'unless risk is missing'");
		assertThat(fixed).contains("""
					breach requires notify authority within 72h
					unless risk = unlikely
				""");
	}

	@Test
	void aKeywordInANameIsJoinedWithHyphens() {
		String rules = """
				package canal.plus

				term "objection and notice" for AccessRequest: answeredAt is missing
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.KEYWORD_IN_NAME,
				"Join the words with hyphens: 'objection-and-notice'");
		assertThat(changedLines(rules, fixed))
				.containsExactly("term \"objection-and-notice\" for AccessRequest: answeredAt is missing");
	}

	@Test
	void aKeywordInANameIsEscaped() {
		String rules = """
				package canal.plus

				term "notice where" for AccessRequest: answeredAt is missing
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.KEYWORD_IN_NAME,
				"Escape 'where' as '^where' (write it so at every use)");
		assertThat(changedLines(rules, fixed))
				.containsExactly("term notice ^where for AccessRequest: answeredAt is missing");
	}

	@Test
	void misspeltCalendarOpeningHoursAndDayAreCorrected() {
		String rules = """
				package canal.plus

				policy Calls "Calls" time zone "Europe/Paris" holidays Frnace

				opening hours Office
					mondy to friday from 09:00 to 18:00

				rule CAL-01 "Requests are received in office hours"
					basis "internal policy"
					AccessRequest requires receivedAt is within Ofice
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.UNKNOWN_CALENDAR, "Change to 'France'");
		fixed = fix("rules.privacy", IssueCodes.UNKNOWN_WEEKDAY, "Change to 'monday'");
		fixed = fix("rules.privacy", IssueCodes.UNKNOWN_OPENING_HOURS, "Change to 'Office'");
		assertThat(changedLines(rules, fixed)).containsExactly(
				"policy Calls \"Calls\" time zone \"Europe/Paris\" holidays France",
				"\tmonday to friday from 09:00 to 18:00", "\tAccessRequest requires receivedAt is within Office");
	}

	@Test
	void aTestWithoutCalendarGetsThePolicysOrItsOwn() {
		String rules = """
				package canal.plus

				policy Calls "Calls" time zone "Europe/Paris"

				rule CAL-02 "Requests are received on working days"
					basis "internal policy"
					AccessRequest requires receivedAt is a working day
				""";
		rules(rules);
		assertThat(titles("rules.privacy", IssueCodes.NO_DEFAULT_CALENDAR))
				.containsExactly("Add 'holidays France' to the policy", "Write 'in France' here");
		String fixed = fix("rules.privacy", IssueCodes.NO_DEFAULT_CALENDAR, "Add 'holidays France' to the policy");
		assertThat(changedLines(rules, fixed))
				.containsExactly("policy Calls \"Calls\" time zone \"Europe/Paris\" holidays France");
	}

	@Test
	void aTestWithoutCalendarInAFileWithoutPolicyNamesItsOwn() {
		String rules = """
				package canal.plus

				rule CAL-03 "Requests are received on working days"
					basis "internal policy"
					AccessRequest requires receivedAt is a working day
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.NO_DEFAULT_CALENDAR, "Write 'in France' here");
		assertThat(changedLines(rules, fixed))
				.containsExactly("\tAccessRequest requires receivedAt is a working day in France");
	}

	@Test
	void aMisspeltAllowCodeIsCorrected() {
		String rules = """
				package canal.plus

				// privacy: allow missing-basi
				rule CAL-04 "Requests have a date"
					AccessRequest requires receivedAt before now
				""";
		rules(rules);
		String fixed = fix("rules.privacy", IssueCodes.UNKNOWN_ALLOW_CODE, "Change to 'missing-basis'");
		assertThat(changedLines(rules, fixed)).containsExactly("// privacy: allow missing-basis");
		assertThat(diagnostics("rules.privacy", IssueCodes.MISSING_BASIS)).as("silenced now").isEmpty();
	}
}
