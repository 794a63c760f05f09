package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.Map.entry;
import static org.privacy.dsl.semantics.CompiledRules.at;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacy.runtime.Context;

/** and / or / not, comparisons, presence, membership and text length, each on one fixed record. */
class LogicAndComparisonTest {

	private static final ConditionProbe PROBE = new ConditionProbe("""
			enum Kind { individual, business }

			entity Sample {
				id: text key
				granted: boolean
				refused: boolean
				amount: number
				label: text
				alias: text
				kind: Kind
				channel: Channel
				sentAt: datetime
				signedOn: date
				note: text optional
				blank: text optional
			}
			""", "Sample");

	private static final Map<String, Object> SAMPLE = Map.ofEntries(entry("id", "s-1"), entry("granted", true),
			entry("refused", false), entry("amount", 3), entry("label", "Zoë"), entry("alias", "Zoë"),
			entry("kind", "business"), entry("channel", "EMAIL"), entry("sentAt", "2024-03-01T10:00:00Z"),
			entry("signedOn", "2024-02-15"), entry("blank", ""));

	private static final Context NOW = at("2024-03-01T12:00:00Z");

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			granted and not refused          | true
			granted and refused              | false
			refused or granted               | true
			refused or refused               | false
			not granted                      | false
			not (granted and refused)        | true
			not refused and refused          | false
			granted or granted and refused   | true
			(granted or granted) and refused | false
			refused and granted or granted   | true
			""")
	void logic(String condition, boolean expected) {
		assertThat(PROBE.holds(condition, SAMPLE, NOW)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			amount = 3         | true
			amount != 3        | false
			amount < 3         | false
			amount <= 3        | true
			amount > 2.5       | true
			amount >= 4        | false
			label = "Zoë"      | true
			label != "Zoë"     | false
			label = "zoë"      | false
			kind = business    | true
			kind != individual | true
			kind = individual  | false
			channel = EMAIL    | true
			granted = true     | true
			refused = true     | false
			refused != true    | true
			""")
	void comparisons(String condition, boolean expected) {
		assertThat(PROBE.holds(condition, SAMPLE, NOW)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			sentAt before 2024-03-01T10:00:01Z | true
			sentAt before 2024-03-01T10:00Z    | false
			sentAt after 2024-03-01T09:59Z     | true
			sentAt after 2024-03-01T10:00Z     | false
			sentAt = 2024-03-01T11:00+01:00    | true
			sentAt != 2024-03-01T10:00Z        | false
			sentAt <= 2024-03-01T10:00Z        | true
			sentAt >= 2024-03-01T10:00:01Z     | false
			signedOn before 2024-02-16         | true
			signedOn after 2024-02-15          | false
			signedOn = 2024-02-15              | true
			signedOn < 2024-02-15              | false
			signedOn >= 2024-02-15             | true
			""")
	void dateAndTimeOrder(String condition, boolean expected) {
		assertThat(PROBE.holds(condition, SAMPLE, NOW)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			note is missing  | true
			note is present  | false
			blank is missing | true
			blank is present | false
			label is present | true
			label is missing | false
			""")
	void presence(String condition, boolean expected) {
		assertThat(PROBE.holds(condition, SAMPLE, NOW)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			kind is one of individual, business       | true
			kind is one of individual                 | false
			kind is not one of business               | false
			kind is not one of individual             | true
			channel is one of SMS, EMAIL              | true
			channel is not one of SMS, FAX            | true
			label is one of "Zoë", "John"             | true
			label is one of "zoe", "John"             | false
			label is not one of "John"                | true
			amount is one of 1, 2, 3                  | true
			amount is not one of 1, 2                 | true
			amount is one of 4, 5                     | false
			label is one of alias, "John"             | true
			signedOn is one of 2024-12-25, 2024-02-15 | true
			signedOn is not one of 2024-12-25         | true
			""")
	void membership(String condition, boolean expected) {
		assertThat(PROBE.holds(condition, SAMPLE, NOW)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			length of label = 3 | true
			length of label > 3 | false
			length of blank = 0 | true
			""")
	void textLength(String condition, boolean expected) {
		assertThat(PROBE.holds(condition, SAMPLE, NOW)).isEqualTo(expected);
	}
}
