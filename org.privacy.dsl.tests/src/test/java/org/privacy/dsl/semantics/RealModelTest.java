package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Models the application cannot change, shaped like Keycloak's representations: milliseconds since 1970
 * ({@code from epoch millis}), a {@code java.util.Date}, entries of a map of lists ({@code from attributes key}), and
 * a list that may be {@code null} ({@code empty when missing}). The same rules in records mode, fed the same data as
 * JSON would give it (numbers, a nested object, an absent list), give the same findings.
 */
class RealModelTest {

	static final String RULES = """
			policy Accounts "Accounts of an identity server" time zone "Europe/Paris"

			entity User bound to "org.privacy.dsl.semantics.BoundUserRepresentation" {
				id: text key
				createdTimestamp: datetime from epoch millis
				lastLogin: datetime optional
				locale: text from attributes key "locale" optional
				phones: list of text from attributes key "phone" empty when missing
				credentials: list of Credential empty when missing
			}

			entity Credential bound to "org.privacy.dsl.semantics.BoundCredentialRepresentation" {
				type: text
				createdDate: datetime from epoch millis
			}

			rule ACC-01 "Accounts are no older than the service"
				basis "Internal policy 1"
				User requires createdTimestamp after 2020-01-01T00:00Z

			rule ACC-02 "An account is used within a month of its creation"
				basis "Internal policy 2"
				User requires lastLogin within 1 month after createdTimestamp

			rule ACC-03 "Accounts speak a supported language"
				basis "Internal policy 3"
				User where locale is present requires locale is one of "fr", "en"

			rule ACC-04 "Credentials are created with or after their account"
				basis "Internal policy 4"
				User requires every c in credentials satisfies not c.createdDate before createdTimestamp

			rule ACC-05 "At most two phone numbers"
				basis "Internal policy 5"
				User requires count of phones <= 2
			""";

	private static final Context NOW = at("2024-03-15T12:00:00Z");
	private static final long CREATED = Instant.parse("2023-01-10T08:00:00Z").toEpochMilli();
	private static final Date LOGIN = Date.from(Instant.parse("2023-01-20T08:00:00Z"));

	private final Policy bound = CompiledRules.bound(RULES);
	private final RecordPolicy records = CompiledRules.records(RULES);

	private static BoundUserRepresentation user(Long created, Date login, Map<String, List<String>> attributes,
			List<BoundCredentialRepresentation> credentials) {
		return new BoundUserRepresentation("u-1", created, login, attributes, credentials);
	}

	private static BoundCredentialRepresentation password(long created) {
		return new BoundCredentialRepresentation("password", created);
	}

	static Stream<Arguments> users() {
		Map<String, List<String>> french = Map.of("locale", List.of("fr"), "phone", List.of("p1", "p2"));
		long before = CREATED - 86_400_000L;
		return Stream.of(
				Arguments.of("a well-kept account, credentials null", user(CREATED, LOGIN, french, null), List.of()),
				Arguments.of("no attributes at all", user(CREATED, LOGIN, null, List.of()), List.of()),
				Arguments.of("created before the service",
						user(Instant.parse("2019-06-01T00:00:00Z").toEpochMilli(), LOGIN, french, null),
						List.of("ACC-01 VIOLATED", "ACC-02 LATE")),
				Arguments.of("never logged in", user(CREATED, null, french, null), List.of("ACC-02 OVERDUE")),
				Arguments.of("logged in late", user(CREATED, Date.from(Instant.parse("2023-03-01T00:00:00Z")), french,
						null), List.of("ACC-02 LATE")),
				Arguments.of("an unsupported language", user(CREATED, LOGIN, Map.of("locale", List.of("de")), null),
						List.of("ACC-03 VIOLATED")),
				Arguments.of("an empty locale list is a missing locale",
						user(CREATED, LOGIN, Map.of("locale", List.of()), null), List.of()),
				Arguments.of("two locales where one is read",
						user(CREATED, LOGIN, Map.of("locale", List.of("fr", "en")), null),
						List.of("ACC-03 DATA_ERROR")),
				Arguments.of("three phones", user(CREATED, LOGIN, Map.of("phone", List.of("1", "2", "3")), null),
						List.of("ACC-05 VIOLATED")),
				Arguments.of("a credential older than its account",
						user(CREATED, LOGIN, french, List.of(password(CREATED), password(before))),
						List.of("ACC-04 VIOLATED")),
				Arguments.of("no creation time", user(null, LOGIN, french, List.of(password(CREATED))),
						List.of("ACC-01 DATA_ERROR", "ACC-02 DATA_ERROR", "ACC-04 DATA_ERROR")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("users")
	void boundObjectsGiveTheExpectedFindings(String scenario, BoundUserRepresentation user, List<String> expected) {
		assertThat(checkObject(bound, user, NOW)).extracting(f -> f.ruleId() + " " + f.status())
				.containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("users")
	void recordsModeReadsTheSameDataAsJsonAndAgrees(String scenario, BoundUserRepresentation user,
			List<String> expected) {
		assertThat(describe(check(records, "User", asJson(user), NOW)))
				.isEqualTo(describe(checkObject(bound, user, NOW)));
	}

	@Test
	void millisecondsAreReadFromTheTextOfACsvCell() {
		Map<String, Object> row = new LinkedHashMap<>(asJson(user(CREATED, LOGIN, null, null)));
		row.put("createdTimestamp", Long.toString(Instant.parse("2019-06-01T00:00:00Z").toEpochMilli()));

		assertThat(check(records, "User", row, NOW)).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("ACC-01", Status.VIOLATED), tuple("ACC-02", Status.LATE));
	}

	@Test
	void millisecondsThatAreNotAWholeNumberAreADataErrorThatQuotesNothing() {
		Map<String, Object> row = new LinkedHashMap<>(asJson(user(CREATED, LOGIN, null, null)));
		row.put("createdTimestamp", 1673337600000.5);
		List<Finding> fraction = check(records, "User", row, NOW);
		row.put("createdTimestamp", "yesterday");
		List<Finding> text = check(records, "User", row, NOW);

		for (List<Finding> findings : List.of(fraction, text)) {
			assertThat(findings).extracting(Finding::ruleId, Finding::status).contains(
					tuple("ACC-01", Status.DATA_ERROR), tuple("ACC-02", Status.DATA_ERROR));
			assertThat(findings.get(0).fields()).containsExactly("createdTimestamp");
			assertThat(findings.get(0).explanation()).contains("milliseconds").doesNotContain("yesterday")
					.doesNotContain("1673337600000");
		}
	}

	@Test
	void millisecondsOfTheWrongKindInAnElementNameTheElement() {
		Map<String, Object> row = new LinkedHashMap<>(asJson(user(CREATED, LOGIN, null, null)));
		row.put("credentials", List.of(Map.of("type", "password", "createdDate", CREATED),
				Map.of("type", "otp", "createdDate", "last week")));

		List<Finding> findings = check(records, "User", row, NOW);

		assertThat(findings).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("ACC-04", Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("credentials[1].createdDate");
		assertThat(findings.get(0).explanation()).contains("'credentials[1].createdDate' should be a whole number")
				.doesNotContain("last week");
	}

	@Test
	void aMapThatIsNotAMapIsADataErrorAboutTheMap() {
		Map<String, Object> row = new LinkedHashMap<>(asJson(user(CREATED, LOGIN, null, null)));
		row.put("attributes", "fr");

		List<Finding> findings = check(records, "User", row, NOW);

		assertThat(findings).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("ACC-03", Status.DATA_ERROR), tuple("ACC-05", Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("attributes");
	}

	@Test
	void aNullListWithoutEmptyWhenMissingIsStillADataError() {
		String rules = RULES.replace("credentials: list of Credential empty when missing",
				"credentials: list of Credential");

		List<Finding> findings = checkObject(CompiledRules.bound(rules), user(CREATED, LOGIN, null, null), NOW);

		assertThat(findings).extracting(Finding::ruleId, Finding::status)
				.containsExactly(tuple("ACC-04", Status.DATA_ERROR));
		assertThat(findings.get(0).fields()).containsExactly("credentials");
	}

	@Test
	void scenariosGiveSuchFieldsAsUsualAndTheEntryGoesInTheMap() throws Exception {
		String rules = RULES.replace(" bound to \"org.privacy.dsl.semantics.BoundUserRepresentation\"", "")
				.replace(" bound to \"org.privacy.dsl.semantics.BoundCredentialRepresentation\"", "");
		String scenarios = """
				scenario "an old account in German" now 2024-03-15T12:00Z
					given User u1 { id = "u-1", createdTimestamp = 2019-06-01T00:00Z, lastLogin = 2019-06-02T00:00Z,
						locale = "de", phones = ["1", "2", "3"] }
					expect ACC-01 violated for u1
					expect ACC-03 violated for u1
					expect ACC-05 violated for u1
					expect 0 findings of ACC-02
					expect 0 findings of ACC-04
				""";
		org.privacy.dsl.compiler.CompilationResult compiled = org.privacy.dsl.tests.PrivacyTestSupport.withoutErrors(
				org.privacy.dsl.tests.PrivacyTestSupport.compile(org.privacy.dsl.compiler.GenerationMode.RECORDS,
						Map.of("rules.privacy", rules, "scenarios.privacy", scenarios)));

		List<org.privacy.dsl.scenarios.ScenarioResult> results = org.privacy.dsl.compiler.InMemoryPolicies
				.scenarioRunner(compiled, Map.of()).run(compiled.scenarios());

		assertThat(results).singleElement().satisfies(result -> assertThat(result.passed())
				.as("%s", result.outcomes()).isTrue());
	}

	/** What both modes must agree on. */
	private static List<String> describe(List<Finding> findings) {
		return findings.stream()
				.map(f -> String.join(" | ", f.ruleId(), f.status().word(), String.valueOf(f.record()),
						String.join(",", f.fields()), f.explanation()))
				.toList();
	}

	/** The user as a JSON export holds it: numbers, a nested object, an array of objects, absent values. */
	private static Map<String, Object> asJson(BoundUserRepresentation user) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", user.getId());
		if (user.getCreatedTimestamp() != null) {
			json.put("createdTimestamp", user.getCreatedTimestamp());
		}
		if (user.getLastLogin() != null) {
			json.put("lastLogin", user.getLastLogin().toInstant().toString());
		}
		if (user.getAttributes() != null) {
			json.put("attributes", new LinkedHashMap<>(user.getAttributes()));
		}
		if (user.getCredentials() != null) {
			List<Map<String, Object>> credentials = new ArrayList<>();
			for (BoundCredentialRepresentation c : user.getCredentials()) {
				credentials.add(Map.of("type", c.getType(), "createdDate", c.getCreatedDate()));
			}
			json.put("credentials", credentials);
		}
		return json;
	}
}
