package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {
	private enum Risk {
		UNLIKELY, HIGH
	}

	private static DataException dataError(ThrowingCallable read) {
		return catchThrowableOfType(DataException.class, read);
	}

	private static void assertDataError(ThrowingCallable read, String field, String message) {
		DataException e = dataError(read);
		assertThat(e).as("a DataException").isNotNull();
		assertThat(e.field()).isEqualTo(field);
		assertThat(e).hasMessage(message);
	}

	private static void assertMissing(ThrowingCallable read, String field) {
		assertDataError(read, field, "'" + field + "' is missing");
	}

	@Nested
	class Presence {
		@Test
		void requireGivesBackThePresentValue() {
			Object value = "jean@example.fr";
			assertThat(Values.require(value, "email")).isSameAs(value);
		}

		@Test
		void requireReportsAMissingValueWithItsField() {
			assertMissing(() -> Values.require(null, "subject.email"), "subject.email");
		}

		@Test
		void primitiveRequiresGiveTheValueBack() {
			assertThat(Values.require(true, "f")).isTrue();
			assertThat(Values.require(42, "f")).isEqualTo(42);
			assertThat(Values.require(42L, "f")).isEqualTo(42L);
			assertThat(Values.require(2.5, "f")).isEqualTo(2.5);
		}

		@Test
		void nullAndEmptyTextAreMissing() {
			assertThat(Values.isPresent((Object) null)).isFalse();
			assertThat(Values.isPresent("")).isFalse();
			assertThat(Values.isPresent(new StringBuilder())).isFalse();
		}

		@Test
		void anyOtherValueIsPresent() {
			assertThat(Values.isPresent("x")).isTrue();
			assertThat(Values.isPresent((Object) 0)).isTrue();
			assertThat(Values.isPresent((Object) Boolean.FALSE)).isTrue();
			assertThat(Values.isPresent(List.of())).isTrue();
		}

		@Test
		void primitivesAreAlwaysPresent() {
			assertThat(Values.isPresent(false)).isTrue();
			assertThat(Values.isPresent(0)).isTrue();
			assertThat(Values.isPresent(0L)).isTrue();
			assertThat(Values.isPresent(0.0)).isTrue();
		}
	}

	@Nested
	class DataErrors {
		@Test
		void haveNoStackTrace() {
			DataException e = dataError(() -> Values.number("abc", "age"));
			assertThat(e.getStackTrace()).isEmpty();
		}

		@Test
		void stayWithoutStackTraceWhenFilledIn() {
			DataException e = DataException.missing("age");
			e.fillInStackTrace();
			assertThat(e.getStackTrace()).isEmpty();
		}

		@Test
		void areRuntimeExceptionsWithoutCause() {
			DataException e = DataException.missing("age");
			assertThat(e).isInstanceOf(RuntimeException.class).hasNoCause();
		}
	}

	@Nested
	class TextAndNames {
		@Test
		void textIsReadAsItIs() {
			assertThat(Values.text("Jean", "name")).isEqualTo("Jean");
			assertThat(Values.text(new StringBuilder("Jean"), "name")).isEqualTo("Jean");
			assertThat(Values.text("", "name")).isEmpty();
		}

		@Test
		void numbersBooleansAndEnumsReadAsText() {
			assertThat(Values.text(42, "f")).isEqualTo("42");
			assertThat(Values.text(true, "f")).isEqualTo("true");
			assertThat(Values.text(Risk.HIGH, "f")).isEqualTo("HIGH");
		}

		@Test
		void textOfOtherKindsIsADataError() {
			assertDataError(() -> Values.text(LocalDate.of(2023, 3, 1), "name"), "name",
					"'name' should be text, not a value of another kind");
			assertDataError(() -> Values.text(List.of("a"), "name"), "name", "'name' should be text, not a list");
		}

		@Test
		void missingText() {
			assertMissing(() -> Values.text(null, "name"), "name");
		}

		@Test
		void namesOfEnumsAndText() {
			assertThat(Values.name(Risk.UNLIKELY, "risk")).isEqualTo("UNLIKELY");
			assertThat(Values.name("unlikely", "risk")).isEqualTo("unlikely");
			assertThat(Values.name(new StringBuilder("high"), "risk")).isEqualTo("high");
		}

		@Test
		void aNumberIsNotAName() {
			assertDataError(() -> Values.name(3, "risk"), "risk", "'risk' should be a named value, not a number");
		}

		@Test
		void missingName() {
			assertMissing(() -> Values.name(null, "risk"), "risk");
		}
	}

	@Nested
	class Numbers {
		@Test
		void primitivesAreWidened() {
			assertThat(Values.number(42, "f")).isEqualTo(42.0);
			assertThat(Values.number(42L, "f")).isEqualTo(42.0);
			assertThat(Values.number(2.5, "f")).isEqualTo(2.5);
		}

		@Test
		void boxedNumbersOfEveryKind() {
			assertThat(Values.number((Object) 42, "f")).isEqualTo(42.0);
			assertThat(Values.number((Object) 42L, "f")).isEqualTo(42.0);
			assertThat(Values.number((Object) 2.5f, "f")).isEqualTo(2.5);
			assertThat(Values.number(new BigDecimal("12.50"), "f")).isEqualTo(12.5);
		}

		@ParameterizedTest(name = "\"{0}\" is {1}")
		@CsvSource(delimiter = '|', value = { "42|42", "' 42 '|42", "-3.5|-3.5", "+7|7", "1e3|1000", "2.5E-1|0.25",
				".5|0.5", "12.|12", "0|0", "007|7" })
		void csvTextIsReadAsANumber(String text, double expected) {
			assertThat(Values.number((Object) text, "amount")).isEqualTo(expected);
		}

		@ParameterizedTest(name = "\"{0}\" is not a number")
		@ValueSource(strings = { "abc", "", " ", "NaN", "Infinity", "-Infinity", "30d", "12f", "42D", "0x1p3",
				"1,5", "1 000", "1_000", "12 EUR", "--1", "e3" })
		void otherTextIsADataError(String text) {
			assertDataError(() -> Values.number((Object) text, "amount"), "amount",
					"'amount' should be a number, not text of " + text.length() + (text.length() == 1 ? " character" : " characters"));
		}

		@Test
		void wrongKindsAreDescribed() {
			assertDataError(() -> Values.number(true, "amount"), "amount",
					"'amount' should be a number, not true or false");
			assertDataError(() -> Values.number(List.of(1), "amount"), "amount", "'amount' should be a number, not a list");
			assertDataError(() -> Values.number(Map.of("a", 1), "amount"), "amount",
					"'amount' should be a number, not a record");
		}

		@Test
		void missingNumber() {
			assertMissing(() -> Values.number((Object) null, "amount"), "amount");
		}

		/** Issue 10: 1e400 became infinity and passed {@code >= 18}; 1e-400 became 0 and failed {@code > 0}. */
		@ParameterizedTest(name = "{0} is out of range")
		@ValueSource(strings = { "1e400", "-1E+400", "1e-400", "-0.0001e-320", "1e99999999999" })
		void numbersBeyondADoubleAreDataErrorsThatQuoteNothing(String text) {
			String message = "'age' is a number out of range: rules compare 0 and numbers from 4.9e-324 to 1.8e308 in size";
			assertDataError(() -> Values.number((Object) text, "age"), "age", message);
			if (text.length() < 10) { // a BigDecimal holds no exponent of 11 digits
				assertDataError(() -> Values.number(new BigDecimal(text), "age"), "age", message);
			}
		}

		@Test
		void hugeIntegersAndInfinitiesAreOutOfRangeToo() {
			assertThat(dataError(() -> Values.number(java.math.BigInteger.TEN.pow(400), "age")).getMessage())
					.contains("out of range").doesNotContain("10000");
			for (double d : new double[] { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN }) {
				assertThat(dataError(() -> Values.number((Object) d, "age")).getMessage()).contains("out of range");
				assertThat(dataError(() -> Values.number(d, "age")).getMessage()).contains("out of range");
			}
		}

		@Test
		void zeroWrittenAnyWayAndNumbersJustInRangeAreNumbers() {
			assertThat(Values.number((Object) "0e-400", "age")).isZero();
			assertThat(Values.number((Object) "-0.000", "age")).isZero();
			assertThat(Values.number(new BigDecimal("0E-400"), "age")).isZero();
			assertThat(Values.number((Object) "1.7e308", "age")).isEqualTo(1.7e308);
			assertThat(Values.number((Object) "4.9e-324", "age")).isEqualTo(Double.MIN_VALUE);
			assertThat(Values.number(java.math.BigInteger.TEN.pow(300), "age")).isEqualTo(1e300);
		}
	}

	@Nested
	class Booleans {
		@Test
		void primitiveAndBoxed() {
			assertThat(Values.bool(true, "f")).isTrue();
			assertThat(Values.bool((Object) Boolean.FALSE, "f")).isFalse();
		}

		@ParameterizedTest(name = "\"{0}\" is {1}")
		@CsvSource(delimiter = '|', value = { "true|true", "false|false", "TRUE|true", "False|false", "' true '|true" })
		void csvTextIsReadAsABoolean(String text, boolean expected) {
			assertThat(Values.bool((Object) text, "optin")).isEqualTo(expected);
		}

		@ParameterizedTest(name = "\"{0}\" is not a boolean")
		@ValueSource(strings = { "yes", "no", "1", "0", "", "vrai", "t" })
		void otherTextIsADataError(String text) {
			assertDataError(() -> Values.bool((Object) text, "optin"), "optin",
					"'optin' should be true or false, not text of " + text.length() + (text.length() == 1 ? " character" : " characters"));
		}

		@Test
		void aNumberIsNotABoolean() {
			assertDataError(() -> Values.bool((Object) 1, "optin"), "optin",
					"'optin' should be true or false, not a number");
		}

		@Test
		void missingBoolean() {
			assertMissing(() -> Values.bool(null, "optin"), "optin");
		}
	}

	@Nested
	class Instants {
		private final Instant nineUtc = Instant.parse("2023-03-01T09:00:00Z");

		@Test
		void javaTimeValues() {
			assertThat(Values.instant(nineUtc, "f")).isSameAs(nineUtc);
			assertThat(Values.instant(OffsetDateTime.parse("2023-03-01T10:00+01:00"), "f")).isEqualTo(nineUtc);
			assertThat(Values.instant(ZonedDateTime.of(2023, 3, 1, 10, 0, 0, 0, ZoneId.of("Europe/Paris")), "f"))
					.isEqualTo(nineUtc);
			assertThat(Values.instant(Date.from(nineUtc), "f")).isEqualTo(nineUtc);
		}

		@Test
		void localValuesAreReadInUtc() {
			assertThat(Values.instant(LocalDateTime.of(2023, 3, 1, 9, 0), "f")).isEqualTo(nineUtc);
			assertThat(Values.instant(LocalDate.of(2023, 3, 1), "f")).isEqualTo(Instant.parse("2023-03-01T00:00:00Z"));
		}

		@ParameterizedTest(name = "\"{0}\" is {1}")
		@CsvSource(delimiter = '|', value = { "2023-03-01T09:00Z|2023-03-01T09:00:00Z",
				"2023-03-01T09:00:30Z|2023-03-01T09:00:30Z", "2023-03-01T09:00:00.250Z|2023-03-01T09:00:00.250Z",
				"2023-03-01T10:00+01:00|2023-03-01T09:00:00Z", "2023-03-01T04:00-05:00|2023-03-01T09:00:00Z",
				"2023-03-01T09:00|2023-03-01T09:00:00Z", "2023-03-01|2023-03-01T00:00:00Z",
				"' 2023-03-01T09:00Z '|2023-03-01T09:00:00Z", "2023-03-01 09:00Z|2023-03-01T09:00:00Z",
				"2023-03-01 09:00|2023-03-01T09:00:00Z" })
		void csvTextIsReadAsAnInstant(String text, Instant expected) {
			assertThat(Values.instant(text, "receivedAt")).isEqualTo(expected);
		}

		@ParameterizedTest(name = "\"{0}\" is not a date-time")
		@ValueSource(strings = { "yesterday", "01/03/2023", "2023-02-30", "2023-03-01 9:00", "2023-03-01T25:00Z",
				"1677661200", "" })
		void otherTextIsADataError(String text) {
			assertDataError(() -> Values.instant(text, "receivedAt"), "receivedAt",
					"'receivedAt' should be a date-time like 2023-03-01T09:00Z, not text of " + text.length() + (text.length() == 1 ? " character" : " characters"));
		}

		@Test
		void epochNumbersAreNotInstants() {
			assertDataError(() -> Values.instant(1677661200L, "receivedAt"), "receivedAt",
					"'receivedAt' should be a date-time like 2023-03-01T09:00Z, not a number");
		}

		@Test
		void missingInstant() {
			assertMissing(() -> Values.instant(null, "receivedAt"), "receivedAt");
		}

		@Test
		void optionalInstantsAreNullWhenMissingOrEmpty() {
			assertThat(Values.instantOrNull(null, "notifiedAt")).isNull();
			assertThat(Values.instantOrNull("", "notifiedAt")).isNull();
			assertThat(Values.instantOrNull("2023-03-01T09:00Z", "notifiedAt")).isEqualTo(nineUtc);
		}

		@Test
		void optionalInstantsStillRejectGarbage() {
			assertDataError(() -> Values.instantOrNull("soon", "notifiedAt"), "notifiedAt",
					"'notifiedAt' should be a date-time like 2023-03-01T09:00Z, not text of 4 characters");
		}
	}

	@Nested
	class Dates {
		private final LocalDate firstOfMarch = LocalDate.of(2023, 3, 1);

		@Test
		void localValues() {
			assertThat(Values.date(firstOfMarch, "f")).isSameAs(firstOfMarch);
			assertThat(Values.date(LocalDateTime.of(2023, 3, 1, 23, 59), "f")).isEqualTo(firstOfMarch);
		}

		@Test
		void instantsGiveTheirUtcDate() {
			assertThat(Values.date(Instant.parse("2023-03-01T23:59:00Z"), "f")).isEqualTo(firstOfMarch);
			assertThat(Values.date(Date.from(Instant.parse("2023-03-01T12:00:00Z")), "f")).isEqualTo(firstOfMarch);
			// 00:30 in Paris on 1 March is still 28 February in UTC
			ZonedDateTime parisMidnight = ZonedDateTime.of(2023, 3, 1, 0, 30, 0, 0, ZoneId.of("Europe/Paris"));
			assertThat(Values.date(parisMidnight, "f")).isEqualTo(LocalDate.of(2023, 2, 28));
			assertThat(Values.date(parisMidnight.toOffsetDateTime(), "f")).isEqualTo(LocalDate.of(2023, 2, 28));
		}

		@Test
		void dateTimesGiveTheirDateInThePolicysZone() {
			ZoneId paris = ZoneId.of("Europe/Paris");
			ZonedDateTime parisMidnight = ZonedDateTime.of(2023, 3, 1, 0, 30, 0, 0, paris);
			assertThat(Values.date(parisMidnight, "f", paris)).isEqualTo(firstOfMarch);
			assertThat(Values.date(parisMidnight.toInstant(), "f", paris)).isEqualTo(firstOfMarch);
			assertThat(Values.date("2023-02-28T23:30:00Z", "f", paris)).isEqualTo(firstOfMarch);
			assertThat(Values.date("2023-03-01", "f", paris)).isEqualTo(firstOfMarch);
			assertThat(Values.dateOrNull("", "f", paris)).isNull();
		}

		@ParameterizedTest(name = "\"{0}\" is {1}")
		@CsvSource(delimiter = '|', value = { "2023-03-01|2023-03-01", "' 2023-03-01 '|2023-03-01",
				"2023-03-01T09:00Z|2023-03-01", "2023-03-01T09:00|2023-03-01", "2023-03-01T00:30+01:00|2023-02-28",
				"2024-02-29|2024-02-29" })
		void csvTextIsReadAsADate(String text, LocalDate expected) {
			assertThat(Values.date(text, "signedOn")).isEqualTo(expected);
		}

		@ParameterizedTest(name = "\"{0}\" is not a date")
		@ValueSource(strings = { "2023-13-01", "2023-02-29", "01/03/2023", "1 March 2023", "tomorrow", "" })
		void otherTextIsADataError(String text) {
			assertDataError(() -> Values.date(text, "signedOn"), "signedOn",
					"'signedOn' should be a date like 2023-03-01, not text of " + text.length() + (text.length() == 1 ? " character" : " characters"));
		}

		@Test
		void otherKindsAreDataErrors() {
			assertDataError(() -> Values.date(20230301, "signedOn"), "signedOn",
					"'signedOn' should be a date like 2023-03-01, not a number");
			assertMissing(() -> Values.date(null, "signedOn"), "signedOn");
		}

		@Test
		void optionalDates() {
			assertThat(Values.dateOrNull(null, "f")).isNull();
			assertThat(Values.dateOrNull("", "f")).isNull();
			assertThat(Values.dateOrNull("2023-03-01", "f")).isEqualTo(firstOfMarch);
			assertThat(dataError(() -> Values.dateOrNull("later", "f"))).isNotNull();
		}
	}

	@Nested
	class Times {
		@Test
		void timesOfDay() {
			LocalTime half = LocalTime.of(9, 30);
			assertThat(Values.time(half, "f")).isSameAs(half);
			assertThat(Values.time("09:30", "f")).isEqualTo(half);
			assertThat(Values.time(" 09:30:15 ", "f")).isEqualTo(LocalTime.of(9, 30, 15));
			assertThat(Values.time("23:59", "f")).isEqualTo(LocalTime.of(23, 59));
		}

		@ParameterizedTest(name = "\"{0}\" is not a time of day")
		@ValueSource(strings = { "9h30", "9:30", "24:00", "25:00", "noon", "" })
		void otherTextIsADataError(String text) {
			assertDataError(() -> Values.time(text, "calledAt"), "calledAt",
					"'calledAt' should be a time of day like 09:30, not text of " + text.length() + (text.length() == 1 ? " character" : " characters"));
		}

		@Test
		void otherKindsAreDataErrors() {
			assertDataError(() -> Values.time(930, "calledAt"), "calledAt",
					"'calledAt' should be a time of day like 09:30, not a number");
			assertMissing(() -> Values.time(null, "calledAt"), "calledAt");
		}
	}

	@Nested
	class Spans {
		@Test
		void aSpanIsItself() {
			Span month = Span.months(1);
			assertThat(Values.span(month, "f")).isSameAs(month);
		}

		@Test
		void textIsParsed() {
			assertThat(Values.span("72h", "f")).isEqualTo(Span.hours(72));
			assertThat(Values.span(" 1 month ", "f")).isEqualTo(Span.months(1));
		}

		@Test
		void aDurationIsCountedInMinutes() {
			assertThat(Values.span(Duration.ofHours(72), "f")).isEqualTo(Span.of(72 * 60, Span.Unit.MINUTES));
			assertThat(Values.span(Duration.ZERO, "f")).isEqualTo(Span.of(0, Span.Unit.MINUTES));
		}

		@Test
		void aNegativeDurationIsADataError() {
			assertDataError(() -> Values.span(Duration.ofHours(-1), "grace"), "grace",
					"'grace' should be a length of time but is negative");
		}

		@Test
		void aDurationBeyondTenThousandYearsIsADataError() {
			assertDataError(() -> Values.span(Duration.ofDays(4_000_000), "grace"), "grace",
					"'grace' should be a length of time of at most 10000 years");
		}

		@Test
		void isoTextIsParsed() {
			assertThat(Values.span("P2M", "extension")).isEqualTo(Span.months(2));
			assertThat(Values.span("PT72H", "f")).isEqualTo(Span.hours(72));
			assertThat(Values.span("p1y2m", "f")).isEqualTo(Span.months(14));
		}

		@Test
		void isoTextThatCannotBeOneLengthIsADataErrorQuotingNothing() {
			assertDataError(() -> Values.span("P1M2D", "extension"), "extension", "'extension' mixes a calendar length"
					+ " of time (months, years) with an exact one (minutes to weeks): how many days a month has depends"
					+ " on the calendar");
			assertDataError(() -> Values.span("-P2M", "extension"), "extension",
					"'extension' should be a length of time but is negative");
			assertDataError(() -> Values.span("PT30S", "extension"), "extension",
					"'extension' should be a length of time in whole minutes");
			assertDataError(() -> Values.span("P99999Y", "extension"), "extension",
					"'extension' should be a length of time of at most 10000 years");
			assertDataError(() -> Values.span("P2X", "extension"), "extension",
					"'extension' should be a length of time like 72h, not text of 3 characters");
		}

		@Test
		void aPeriodIsReadInItsOwnUnit() {
			assertThat(Values.span(Period.ofMonths(2), "f")).isEqualTo(Span.months(2));
			assertThat(Values.span(Period.ofYears(3), "f")).isEqualTo(Span.of(3, Span.Unit.YEARS));
			assertThat(Values.span(Period.of(1, 2, 0), "f")).isEqualTo(Span.months(14));
			assertThat(Values.span(Period.ofDays(30), "f")).isEqualTo(Span.days(30));
			assertThat(Values.span(Period.ofWeeks(2), "f")).isEqualTo(Span.days(14));
			assertThat(Values.span(Period.ZERO, "f")).isEqualTo(Span.days(0));
		}

		@Test
		void aPeriodThatCannotBeOneLengthIsADataError() {
			assertDataError(() -> Values.span(Period.of(0, 1, 2), "f"), "f", "'f' mixes a calendar length of time"
					+ " (months, years) with an exact one (minutes to weeks): how many days a month has depends on the"
					+ " calendar");
			assertDataError(() -> Values.span(Period.ofMonths(-1), "f"), "f",
					"'f' should be a length of time but is negative");
			assertDataError(() -> Values.span(Period.ofYears(10_001), "f"), "f",
					"'f' should be a length of time of at most 10000 years");
			assertDataError(() -> Values.span(Period.ofDays(Integer.MAX_VALUE), "f"), "f",
					"'f' should be a length of time of at most 10000 years");
		}

		@Test
		void aDurationOfSecondsIsADataErrorRatherThanRounded() {
			assertDataError(() -> Values.span(Duration.ofSeconds(90), "f"), "f",
					"'f' should be a length of time in whole minutes");
		}

		@Test
		void otherTextIsADataError() {
			assertDataError(() -> Values.span("soon", "grace"), "grace",
					"'grace' should be a length of time like 72h, not text of 4 characters");
			assertDataError(() -> Values.span("-3 days", "grace"), "grace",
					"'grace' should be a length of time like 72h, not text of 7 characters");
		}

		@Test
		void otherKindsAreDataErrors() {
			assertDataError(() -> Values.span(72, "grace"), "grace",
					"'grace' should be a length of time like 72h, not a number");
			assertMissing(() -> Values.span(null, "grace"), "grace");
		}
	}

	@Nested
	class Lists {
		@Test
		void iterablesAreListsAsTheyAre() {
			List<String> consents = List.of("a", "b");
			assertThat(Values.list(consents, "consents")).isSameAs(consents);
		}

		@Test
		void arraysAreLists() {
			assertThat(Values.list(new String[] { "a", "b" }, "consents")).asList().containsExactly("a", "b");
		}

		@Test
		void otherKindsAreDataErrors() {
			assertDataError(() -> Values.list("a,b", "consents"), "consents",
					"'consents' should be a list, not text of 3 characters");
			assertDataError(() -> Values.list(new int[] { 1 }, "consents"), "consents",
					"'consents' should be a list, not a value of another kind");
			assertMissing(() -> Values.list(null, "consents"), "consents");
		}

		@Test
		void sizesOfCollectionsIterablesAndArrays() {
			assertThat(Values.size(List.of(1, 2, 3), "f")).isEqualTo(3);
			assertThat(Values.size(new LinkedHashSet<>(List.of(1, 2)), "f")).isEqualTo(2);
			Iterable<Integer> notACollection = () -> List.of(1, 2, 3, 4).iterator();
			assertThat(Values.size(notACollection, "f")).isEqualTo(4);
			assertThat(Values.size(new Object[5], "f")).isEqualTo(5);
			assertThat(Values.size(new ArrayDeque<>(), "f")).isZero();
		}

		@Test
		void sizeOfSomethingElseIsADataError() {
			assertDataError(() -> Values.size("abc", "f"), "f", "'f' should be a list, not text of 3 characters");
			assertMissing(() -> Values.size(null, "f"), "f");
		}
	}

	@Nested
	class Records {
		@Test
		void aRecordIsItself() {
			Record r = field -> "x";
			assertThat(Values.record(r, "caller")).isSameAs(r);
		}

		@Test
		void aMapIsReadAsARecord() {
			Record r = Values.record(Map.of("name", "Jean"), "caller");
			assertThat(r.get("name")).isEqualTo("Jean");
			assertThat(r.get("unknown")).isNull();
			assertThat(r.location()).isNull();
		}

		@Test
		void otherKindsAreDataErrors() {
			assertDataError(() -> Values.record(List.of(), "caller"), "caller", "'caller' should be a record, not a list");
			assertMissing(() -> Values.record(null, "caller"), "caller");
		}
	}

	@Nested
	class References {
		private final Record jean = Record.of(Map.of("id", "12", "name", "Jean"));
		private final List<String> lookedUp = new ArrayList<>();
		private final Lookup lookup = new Lookup() {
			@Override
			public Record find(String entity, String key) {
				lookedUp.add(entity + ":" + key);
				return "Person".equals(entity) && "12".equals(key) ? jean : null;
			}

			@Override
			public List<Record> referencing(String entity, String field, String key) {
				lookedUp.add(entity + "." + field + ":" + key);
				return "12".equals(key) ? List.of(jean) : List.of();
			}
		};
		private final Context ctx = Context.at(Instant.parse("2023-03-01T09:00:00Z")).withLookup(lookup);

		@Test
		void aNestedRecordIsUsedAsItIs() {
			Map<String, Object> nested = new HashMap<>();
			nested.put("name", "Paul");
			assertThat(Values.resolve(ctx, "Person", nested, "caller").get("name")).isEqualTo("Paul");
			assertThat(Values.resolve(ctx, "Person", jean, "caller")).isSameAs(jean);
			assertThat(lookedUp).isEmpty();
		}

		@Test
		void aKeyIsFoundThroughTheLookup() {
			assertThat(Values.resolve(ctx, "Person", "12", "caller")).isSameAs(jean);
			assertThat(lookedUp).containsExactly("Person:12");
		}

		@Test
		void aWholeNumberKeyReadFromJsonFindsTheTextKey() {
			assertThat(Values.resolve(ctx, "Person", 12.0, "caller")).isSameAs(jean);
			assertThat(lookedUp).containsExactly("Person:12");
		}

		/** Issue 10: {@code {friend}} printed the nested record; a placeholder shows the key it names instead. */
		@Test
		void theKeyAReferenceNamesIsItsValueOrTheNestedRecordsKeyNeverTheRecord() {
			assertThat(Values.referencedKey("12", "id")).isEqualTo("12");
			assertThat(Values.referencedKey(12.0, "id")).isEqualTo("12");
			assertThat(Values.referencedKey(Map.of("id", "m2", "email", "jean.dupont@example.com"), "id")).isEqualTo("m2");
			assertThat(Values.referencedKey(Map.of("email", "jean.dupont@example.com"), "id")).isNull();
			assertThat(Values.referencedKey(List.of("jean.dupont@example.com"), "id")).isNull();
			assertThat(Values.referencedKey(null, "id")).isNull();
			assertThat(lookedUp).isEmpty();
		}

		@Test
		void aListWhereAKeyOrARecordIsExpectedIsADataErrorThatQuotesNothing() {
			assertDataError(() -> Values.resolve(ctx, "Person", List.of("jean.dupont@example.com"), "caller"), "caller",
					"'caller' should be a key or a record, not a list");
			assertThat(lookedUp).isEmpty();
		}

		@Test
		void anUnknownKeyIsADataError() {
			assertDataError(() -> Values.resolve(ctx, "Person", "99", "caller"), "caller",
					"'caller' refers to a Person that is not in the data");
		}

		@Test
		void theUnknownKeyIsNotQuotedForItMayBePersonalData() {
			String key = "jane.doe@example.com";
			assertThatThrownBy(() -> Values.resolve(ctx, "Person", key, "caller"))
					.isInstanceOf(DataException.class).message().doesNotContain("jane");
		}

		@Test
		void aMissingReferenceIsADataError() {
			assertMissing(() -> Values.resolve(ctx, "Person", null, "caller"), "caller");
			assertThat(lookedUp).isEmpty();
		}

		@Test
		void withoutALookupNothingIsFound() {
			Context bare = Context.at(Instant.parse("2023-03-01T09:00:00Z"));
			assertThat(dataError(() -> Values.resolve(bare, "Person", "12", "caller"))).isNotNull();
			assertThat(Values.referencing(bare, "Consent", "person", "12", "consents")).isEmpty();
		}

		@Test
		void referencingRecordsAreFoundByKey() {
			assertThat(Values.referencing(ctx, "Consent", "person", 12.0, "consents")).containsExactly(jean);
			assertThat(lookedUp).containsExactly("Consent.person:12");
		}

		@Test
		void referencingNeedsAKey() {
			String message = "'consents' cannot be found: the record has no key";
			assertDataError(() -> Values.referencing(ctx, "Consent", "person", null, "consents"), "consents", message);
			assertDataError(() -> Values.referencing(ctx, "Consent", "person", "", "consents"), "consents", message);
			assertThat(lookedUp).isEmpty();
		}
	}

	@Nested
	class Keys {
		@Test
		void wholeDoublesLoseTheirDecimalPoint() {
			assertThat(Values.key(12.0)).isEqualTo("12");
			assertThat(Values.key(-3.0)).isEqualTo("-3");
			assertThat(Values.key(0.0)).isEqualTo("0");
			assertThat(Values.key(12.0f)).isEqualTo("12");
			assertThat(Values.key(123456789012345.0)).isEqualTo("123456789012345");
		}

		@Test
		void otherDoublesKeepTheirDigits() {
			assertThat(Values.key(12.5)).isEqualTo("12.5");
			assertThat(Values.key(1e15)).isEqualTo("1.0E15");
			assertThat(Values.key(Double.NaN)).isEqualTo("NaN");
		}

		@Test
		void aRecordOrAListIsNoKey() {
			assertThat(Values.key(Map.of("mail", "jean.dupont@example.com"))).isNull();
			assertThat(Values.key(List.of("jean.dupont@example.com"))).isNull();
			assertThat(Values.key(new String[] { "jean.dupont@example.com" })).isNull();
			assertThat(Values.isSingle("jean.dupont@example.com")).isTrue();
			assertThat(Values.isSingle(null)).isTrue();
		}

		@Test
		void otherValues() {
			assertThat(Values.key(null)).isNull();
			assertThat(Values.key(12)).isEqualTo("12");
			assertThat(Values.key(12L)).isEqualTo("12");
			assertThat(Values.key("12.0")).isEqualTo("12.0");
			assertThat(Values.key(Risk.HIGH)).isEqualTo("HIGH");
		}
	}

	@Test
	void aMissingValueInAChainNamesTheWholePath() {
		Record call = Record.of(Map.of("caller", Map.of("name", "Jean")));
		Record caller = Values.record(call.get("caller"), "caller");
		assertThatThrownBy(() -> Values.text(caller.get("email"), "caller.email")).isInstanceOf(DataException.class)
				.hasMessage("'caller.email' is missing");
	}
}
