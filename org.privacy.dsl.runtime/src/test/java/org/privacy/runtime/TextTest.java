package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {
	@Nested
	class Format {
		@Test
		void missing() {
			assertThat(Text.format(null)).isEqualTo("(missing)");
		}

		@Test
		void instantsOnAWholeMinuteAreShownToTheMinute() {
			assertThat(Text.format(Instant.parse("2023-03-01T09:00:00Z"))).isEqualTo("2023-03-01T09:00Z");
		}

		@Test
		void instantsWithSecondsShowThem() {
			assertThat(Text.format(Instant.parse("2023-03-01T09:00:30Z"))).isEqualTo("2023-03-01T09:00:30Z");
		}

		@Test
		void instantsWithAFractionOfASecondAreShownToTheSecond() {
			assertThat(Text.format(Instant.parse("2023-03-01T09:00:00.5Z"))).isEqualTo("2023-03-01T09:00:00Z");
		}

		@Test
		void instantsAreShownInUtc() {
			assertThat(Text.format(Instant.parse("2023-03-01T23:30:00-02:00"))).isEqualTo("2023-03-02T01:30Z");
		}

		@Test
		void instantsBefore1970() {
			assertThat(Text.format(Instant.parse("1969-12-31T23:59:00Z"))).isEqualTo("1969-12-31T23:59Z");
			assertThat(Text.format(Instant.parse("1969-12-31T23:59:30Z"))).isEqualTo("1969-12-31T23:59:30Z");
		}

		@Test
		void wholeNumbersHaveNoDecimals() {
			assertThat(Text.format(12.0)).isEqualTo("12");
			assertThat(Text.format(-3.0)).isEqualTo("-3");
			assertThat(Text.format(3.0f)).isEqualTo("3");
			assertThat(Text.format(42)).isEqualTo("42");
			assertThat(Text.format(42L)).isEqualTo("42");
		}

		@Test
		void otherNumbersKeepTheirDecimals() {
			assertThat(Text.format(12.5)).isEqualTo("12.5");
			assertThat(Text.format(0.1f)).isEqualTo("0.1");
			assertThat(Text.format(1e15)).isEqualTo("1.0E15");
			assertThat(Text.format(Double.NaN)).isEqualTo("(a number out of range)");
			assertThat(Text.format(Double.POSITIVE_INFINITY)).isEqualTo("(a number out of range)");
			assertThat(Text.format(new BigDecimal("12.50"))).isEqualTo("12.50");
		}

		@Test
		void enumsShowTheirName() {
			assertThat(Text.format(Status.DATA_ERROR)).isEqualTo("DATA_ERROR");
		}

		@Test
		void otherValuesShowThemselves() {
			assertThat(Text.format("Jean")).isEqualTo("Jean");
			assertThat(Text.format(true)).isEqualTo("true");
			assertThat(Text.format(LocalDate.of(2023, 3, 1))).isEqualTo("2023-03-01");
			assertThat(Text.format(Span.months(1))).isEqualTo("1 month");
		}
	}

	@Nested
	class Truncate {
		@Test
		void shortTextIsKept() {
			assertThat(Text.truncate("abc", 5)).isEqualTo("abc");
		}

		@Test
		void textOfExactlyTheLimitIsKept() {
			assertThat(Text.truncate("abcde", 5)).isEqualTo("abcde");
		}

		@Test
		void longerTextIsCutWithAnEllipsis() {
			assertThat(Text.truncate("abcdef", 5)).isEqualTo("abcde…");
		}

		@Test
		void aZeroLimitLeavesOnlyTheEllipsis() {
			assertThat(Text.truncate("abc", 0)).isEqualTo("…");
			assertThat(Text.truncate("", 0)).isEmpty();
		}
	}

	@Nested
	class Humanize {
		@ParameterizedTest(name = "{0} reads \"{1}\"")
		@CsvSource({ "SecurityIncident, security incident", "Call, call", "breach, breach",
				"ProcessingActivity, processing activity", "accessRequest, access request",
				"data_subject, data subject", "Data_Subject, data subject", "ProcessorContract2, processor contract2" })
		void namesReadAsWords(String name, String words) {
			assertThat(Text.humanize(name)).isEqualTo(words);
		}

		@Test
		void emptyName() {
			assertThat(Text.humanize("")).isEmpty();
		}
	}

	/** Issue 10: a number of sixty digits was printed in full, and 1e400 as "Infinity". */
	@Nested
	class ExactNumbers {
		@Test
		void aNumberWithTheDigitsOfADoubleIsShownAsWritten() {
			assertThat(Text.format(new BigDecimal("12.50"))).isEqualTo("12.50");
			assertThat(Text.format(new java.math.BigInteger("12345678901234567"))).isEqualTo("12345678901234567");
		}

		@Test
		void aNumberWithMoreDigitsIsShownAsTheDoubleRulesCompare() {
			assertThat(Text.format(new java.math.BigInteger("123456789012345678901234567890123456789012345678901234567890")))
					.isEqualTo("1.2345678901234567E59");
			assertThat(Text.format(new BigDecimal("0.1000000000000000000000000000001"))).isEqualTo("0.1");
		}

		@Test
		void aNumberOutOfRangeIsNamedNotShown() {
			assertThat(Text.format(java.math.BigInteger.TEN.pow(400))).isEqualTo("(a number out of range)");
			assertThat(Text.format(new BigDecimal("1e-400"))).isEqualTo("(a number out of range)");
			assertThat(Text.format(Double.POSITIVE_INFINITY)).isEqualTo("(a number out of range)");
			assertThat(Text.format(new BigDecimal("0E-400"))).isEqualTo("0");
		}
	}
}
