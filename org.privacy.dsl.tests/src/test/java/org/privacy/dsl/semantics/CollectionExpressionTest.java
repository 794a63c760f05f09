package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacy.runtime.Context;

/**
 * {@code some / every / no x in list satisfies}, {@code count of}, and {@code length of} a list, over lists embedded in
 * a JSON-style record: the prospect below holds three consents and two tags; the other prospect holds empty lists.
 */
class CollectionExpressionTest {

	private static final ConditionProbe PROBE = new ConditionProbe("""
			entity Consent {
				channel: Channel
				givenAt: datetime
				withdrawnAt: datetime optional
			}

			entity Prospect {
				id: text key
				signedUpAt: datetime
				consents: list of Consent
				tags: list of text
			}
			""", "Prospect");

	private static final Map<String, Object> PROSPECT = Map.of("id", "p-1", "signedUpAt", "2024-02-01T00:00:00Z",
			"tags", List.of("vip", "newsletter"), "consents", List.of(
					Map.of("channel", "EMAIL", "givenAt", "2024-01-10T09:00:00Z"),
					Map.of("channel", "EMAIL", "givenAt", "2024-01-20T09:00:00Z", "withdrawnAt",
							"2024-02-10T09:00:00Z"),
					Map.of("channel", "PHONE_LIVE", "givenAt", "2024-02-05T09:00:00Z")));

	private static final Map<String, Object> EMPTY = Map.of("id", "p-2", "signedUpAt", "2024-02-01T00:00:00Z",
			"tags", List.of(), "consents", List.of());

	private static final Context NOW = at("2024-03-01T00:00:00Z");

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			some c in consents satisfies c.channel = EMAIL                                                 | true
			some c in consents satisfies c.channel = SMS                                                   | false
			every c in consents satisfies c.givenAt before 2024-03-01T00:00Z                               | true
			every c in consents satisfies c.channel = EMAIL                                                | false
			no c in consents satisfies c.channel = SMS                                                     | true
			no c in consents satisfies c.channel = PHONE_LIVE                                              | false
			some c in consents satisfies c.withdrawnAt is present and c.withdrawnAt after signedUpAt       | true
			every c in consents satisfies c.withdrawnAt is missing or c.withdrawnAt after c.givenAt        | true
			some c in consents satisfies c.givenAt after signedUpAt                                        | true
			every c in consents satisfies c.givenAt before signedUpAt                                      | false
			some t in tags satisfies t = "vip"                                                             | true
			every t in tags satisfies length of t > 2                                                      | true
			some c in consents satisfies (some t in tags satisfies t = "newsletter") and c.channel = EMAIL | true
			""")
	void quantifiers(String condition, boolean expected) {
		assertThat(PROBE.holds(condition, PROSPECT, NOW)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "on empty lists, {0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			some c in consents satisfies c.channel = EMAIL       | false
			every c in consents satisfies c.channel = EMAIL      | true
			no c in consents satisfies c.channel = EMAIL         | true
			count of consents = 0                                | true
			(count of c in consents where c.channel = EMAIL) = 0 | true
			length of tags = 0                                   | true
			""")
	void quantifiersAndCountsOnEmptyLists(String condition, boolean expected) {
		assertThat(PROBE.holds(condition, EMPTY, NOW)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			count of consents = 3                                       | true
			count of tags >= 2                                          | true
			count of tags > 2                                           | false
			(count of c in consents where c.channel = EMAIL) = 2        | true
			(count of c in consents where c.withdrawnAt is missing) = 2 | true
			(count of t in tags where t = "vip") = 1                    | true
			count of c in consents where c.channel = PHONE_LIVE = 1     | true
			length of tags = 2                                          | true
			length of consents = 3                                      | true
			""")
	void counts(String condition, boolean expected) {
		assertThat(PROBE.holds(condition, PROSPECT, NOW)).isEqualTo(expected);
	}
}
