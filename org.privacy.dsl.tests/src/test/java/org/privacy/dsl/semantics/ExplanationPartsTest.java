package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;

/**
 * Explanations name the part of a compound condition that failed (a term by its name, other parts by their text, the
 * first level of {@code and}/{@code or} only), and a deadline counted from a parameter shows its name and value.
 */
class ExplanationPartsTest {

	private static final String RULES = """
			policy Parts "Parts" time zone "Europe/Paris"

			entity Message {
				id: text key
				senderNamed: boolean
				optOutLink: boolean
				freeOfCharge: boolean
				night: boolean
				sunday: boolean
			}

			entity Prospect {
				id: text key
				lastContactAt: datetime
				erasedAt: datetime optional
			}

			term "opt-out offered" for Message: optOutLink and freeOfCharge

			parameter retention = 3 years

			rule MKT-06 "Messages name the sender and offer a free opt-out"
				basis "CPCE art. L34-5"
				Message requires senderNamed and opt-out offered and (freeOfCharge or night)

			rule MKT-07 "Messages at night are free and named"
				basis "CPCE art. L34-5"
				Message where night requires (optOutLink or senderNamed) = freeOfCharge and (night or sunday)

			rule TEL-06 "No calls at night or on Sundays"
				basis "Consumer Code art. L223-1"
				Message forbids night or sunday

			rule RET-01 "Prospects are erased after the retention period"
				basis "CNIL guidance"
				Prospect requires erasedAt within retention after lastContactAt
			""";

	private static final Context NOW = at("2030-01-01T00:00:00Z");

	private final RecordPolicy policy = CompiledRules.records(RULES);

	private String explanation(String entity, Map<String, Object> values, String rule) {
		List<Finding> findings = check(policy, entity, values, NOW);
		return findings.stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow().explanation();
	}

	private static Map<String, Object> message(boolean sender, boolean optOut, boolean free, boolean night,
			boolean sunday) {
		Map<String, Object> m = new HashMap<>();
		m.put("id", "m1");
		m.put("senderNamed", sender);
		m.put("optOutLink", optOut);
		m.put("freeOfCharge", free);
		m.put("night", night);
		m.put("sunday", sunday);
		return m;
	}

	@Test
	void anObligationNamesThePartsNotMetByTermName() {
		assertThat(explanation("Message", message(true, false, true, false, false), "MKT-06")).isEqualTo(
				"message m1 does not meet \"senderNamed and opt-out offered and (freeOfCharge or night)\" "
						+ "(not met: \"opt-out offered\"); required by CPCE art. L34-5");
		assertThat(explanation("Message", message(false, true, false, false, false), "MKT-06"))
				.contains("(not met: \"senderNamed\", \"opt-out offered\", \"(freeOfCharge or night)\")");
	}

	@Test
	void aProhibitionNamesThePartsThatHeld() {
		assertThat(explanation("Message", message(true, true, true, false, true), "TEL-06")).isEqualTo(
				"message m1 shows \"night or sunday\" (holds: \"sunday\"), which is forbidden by "
						+ "Consumer Code art. L223-1");
	}

	/**
	 * A compound whose first and last parts are in parentheses ("(count ...) <= 2 and (no ...)") starts with "(" and
	 * ends with ")" without being one parenthesized part: it is split like any other.
	 */
	@Test
	void aCompoundOverSharingListsNamesThePartThatFailed() {
		RecordPolicy newsletters = CompiledRules.records("""
				policy Newsletters "Newsletters" time zone "Europe/Paris"

				entity Sending {
					id: text key
					email: text category user.contact.email
					sentAt: datetime
					sameAddress: list of Sending sharing email
					objections: list of Objection sharing email
				}

				entity Objection {
					email: text category user.contact.email
					madeAt: datetime
				}

				rule NWS-02 "At most two newsletters a week to one address, none after an objection"
					basis "CPCE art. L34-5"
					Sending requires (count of c in sameAddress where c.sentAt after sentAt - 7 days
						and not c.sentAt after sentAt) <= 2 and (no o in objections satisfies o.madeAt before sentAt)
				""");
		Map<String, Object> first = Map.of("id", "s1", "email", "a@example.org", "sentAt", "2024-05-06T09:00:00Z");
		Map<String, Object> second = Map.of("id", "s2", "email", "a@example.org", "sentAt", "2024-05-07T09:00:00Z");
		Map<String, Object> third = Map.of("id", "s3", "email", "a@example.org", "sentAt", "2024-05-08T09:00:00Z");
		Map<String, Object> other = Map.of("id", "s4", "email", "b@example.org", "sentAt", "2024-05-08T09:00:00Z");
		Context context = NOW.withLookup(new MapLookup().with("Sending", first, second, third, other)
				.with("Objection", "none", Map.of("email", "b@example.org", "madeAt", "2024-05-01T00:00:00Z")));

		String tooMany = check(newsletters, "Sending", third, context).get(0).explanation();
		assertThat(tooMany).contains("(not met: \"(count of c in sameAddress where c.sentAt after sentAt - 7 days "
				+ "and not c.sentAt after sentAt) <= 2\")").doesNotContain("a@example.org");
		String objected = check(newsletters, "Sending", other, context).get(0).explanation();
		assertThat(objected).contains("(not met: \"(no o in objections satisfies o.madeAt before sentAt)\")");
	}

	/** The same with plain fields: parentheses around the first and the last part only. */
	@Test
	void partsInParenthesesAtBothEndsAreStillParts() {
		assertThat(explanation("Message", message(true, false, false, true, false), "MKT-07"))
				.contains("(not met: \"(optOutLink or senderNamed) = freeOfCharge\")");
	}

	private static final String LOGINS = """
			policy Logins "Logins" time zone "Europe/Paris" holidays France

			entity Login "login attempt" {
				id: text key
				attempts: number
				verified: boolean
				email: text category user.contact.email
				lockedFor: duration "lock-out"
				triedOn: date "day of the attempt" category user.behavior
			}

			parameter maxAttempts = 3
			parameter blocked = "blocked@example.org"
			parameter lockOut = 1 hour

			rule SEC-03 "At most maxAttempts failed attempts"
				basis "CNIL deliberation 2022-100"
				Login requires attempts <= maxAttempts

			rule SEC-04 "Verified, and at most maxAttempts failed attempts"
				basis "CNIL deliberation 2022-100"
				Login requires verified and attempts <= maxAttempts and lockedFor >= lockOut

			rule SEC-05 "No blocked address"
				basis "internal policy 5"
				Login forbids email = blocked

			rule SEC-06 "Attempts on working days"
				basis "internal policy 5"
				Login requires triedOn is a working day
			""";

	private static Map<String, Object> login(double attempts, boolean verified, String email) {
		return Map.of("id", "l1", "attempts", attempts, "verified", verified, "email", email, "lockedFor", "30 minutes",
				"triedOn", "2024-05-08");
	}

	private static String loginExplanation(Map<String, Object> login, String rule, Context context) {
		return check(CompiledRules.records(LOGINS), "Login", login, context).stream()
				.filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow().explanation();
	}

	@Test
	void aFailedComparisonWithAParameterShowsBothValues() {
		assertThat(loginExplanation(login(5, true, "a@example.org"), "SEC-03", NOW)).isEqualTo(
				"login attempt l1 does not meet \"attempts <= maxAttempts\" (attempts 5 > maxAttempts (3)); "
						+ "required by CNIL deliberation 2022-100");
		RecordPolicy five = CompiledRules.records(LOGINS, Map.of("maxAttempts", "4"));
		assertThat(check(five, "Login", login(5, true, "a@example.org"), NOW).get(0).explanation())
				.contains("(attempts 5 > maxAttempts (4))");
	}

	@Test
	void aCompoundShowsTheValuesOfEachPartThatCompared() {
		assertThat(loginExplanation(login(5, false, "a@example.org"), "SEC-04", NOW)).contains(
				"(not met: \"verified\", \"attempts <= maxAttempts\" (attempts 5 > maxAttempts (3)), "
						+ "\"lockedFor >= lockOut\" (lock-out 30 minutes < lockOut (1h)))");
	}

	@Test
	void aPersonalValueStaysMaskedBesideTheParameter() {
		String masked = loginExplanation(login(1, true, "blocked@example.org"), "SEC-05", NOW);
		assertThat(masked).startsWith("login attempt l1 shows \"email = blocked\" (email ")
				.endsWith(" = blocked (blocked@example.org)), which is forbidden by internal policy 5");
		assertThat(masked.replace("blocked (blocked@example.org)", "")).doesNotContain("blocked@example.org");
		assertThat(loginExplanation(login(1, true, "blocked@example.org"), "SEC-05",
				NOW.revealingPersonalData(true))).contains("(email blocked@example.org = blocked (blocked@example.org))");
	}

	@Test
	void aCalendarSentenceNamesTheFieldByItsTitle() {
		assertThat(loginExplanation(login(1, true, "a@example.org"), "SEC-06", NOW))
				.isEqualTo("login attempt l1: day of the attempt is not a working day in France; "
						+ "required by internal policy 5");
	}

	@Test
	void aMissingFieldIsADataErrorWhicheverPartReadsIt() {
		Map<String, Object> m = message(false, true, true, false, false);
		m.remove("optOutLink"); // read by the second part only, after the first failed: still read before judging
		assertThat(explanation("Message", m, "MKT-06")).isEqualTo(
				"message m1 cannot be checked against MKT-06: 'optOutLink' is missing");
	}

	@Test
	void aDeadlineFromAParameterShowsItsNameAndValue() {
		assertThat(explanation("Prospect", Map.of("id", "p1", "lastContactAt", "2024-05-20T10:00:00Z"), "RET-01"))
				.contains("due by the end of 2027-05-20 in Europe/Paris (retention, 3 years, after lastContactAt)");
		RecordPolicy fiveYears = CompiledRules.records(RULES, Map.of("retention", "5 years"));
		List<Finding> findings = check(fiveYears, "Prospect",
				Map.of("id", "p1", "lastContactAt", "2024-05-20T10:00:00Z"), NOW);
		assertThat(findings.get(0).explanation()).contains("(retention, 5 years, after lastContactAt)");
	}

	@Test
	void sentencesUseTheTitlesOfEntitiesAndFields() {
		RecordPolicy titled = CompiledRules.records("""
				policy Rights "Rights" time zone "Europe/Paris"

				entity DSRequest "data subject request" {
					id: text key
					receivedAt: datetime "date of receipt"
					answeredAt: datetime "date of the answer" optional
				}

				rule DSR-01 "A request is answered within one month"
					basis "GDPR art. 12(3)"
					DSRequest requires answeredAt within 1 month after receivedAt
				""");
		List<Finding> overdue = check(titled, "DSRequest", Map.of("id", "r1", "receivedAt", "2024-04-20T10:00:00Z"),
				NOW);
		assertThat(overdue.get(0).explanation())
				.startsWith("data subject request r1: \"date of the answer\" has not happened")
				.contains("(1 month after the data subject request's date of receipt)");
		assertThat(overdue.get(0).entity()).isEqualTo("DSRequest");
		List<Finding> dataError = check(titled, "DSRequest", Map.of("id", "r2"), NOW);
		assertThat(dataError.get(0).explanation()).startsWith("data subject request r2 cannot be checked");
	}
}
