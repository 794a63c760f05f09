package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpanTest {
	private static final ZoneId UTC = ZoneOffset.UTC;
	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static Instant at(String isoInstant) {
		return Instant.parse(isoInstant);
	}

	@Nested
	class Construction {
		@Test
		void factoriesKeepAmountAndUnit() {
			assertThat(Span.hours(72).amount()).isEqualTo(72);
			assertThat(Span.hours(72).unit()).isEqualTo(Span.Unit.HOURS);
			assertThat(Span.days(30).unit()).isEqualTo(Span.Unit.DAYS);
			assertThat(Span.months(1).unit()).isEqualTo(Span.Unit.MONTHS);
			assertThat(Span.of(2, Span.Unit.WEEKS)).isEqualTo(Span.parse("2w"));
		}

		@Test
		void zeroIsAllowed() {
			assertThat(Span.days(0).after(LocalDate.of(2023, 3, 1))).isEqualTo(LocalDate.of(2023, 3, 1));
		}

		@Test
		void spansLongerThanTenThousandYearsAreRefusedInEveryUnit() {
			// issue 10: 999999999 years in a parameter overflowed the date arithmetic of every rule using it
			assertThat(Span.of(10_000, Span.Unit.YEARS).amount()).isEqualTo(10_000);
			assertThat(Span.of(120_000, Span.Unit.MONTHS).amount()).isEqualTo(120_000);
			for (Span.Unit unit : Span.Unit.values()) {
				assertThatIllegalArgumentException().isThrownBy(() -> Span.of(Integer.MAX_VALUE * 1000L, unit));
			}
			assertThatIllegalArgumentException().isThrownBy(() -> Span.of(10_001, Span.Unit.YEARS));
			assertThatIllegalArgumentException().isThrownBy(() -> Span.parse("999999999 years"));
			assertThatIllegalArgumentException().isThrownBy(() -> Span.parse("999999999999h"));
		}

		@Test
		void negativeAmountIsRejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> Span.of(-1, Span.Unit.DAYS))
					.withMessage("a span cannot be negative: -1");
		}

		@Test
		void unitIsRequired() {
			assertThatNullPointerException().isThrownBy(() -> Span.of(1, null)).withMessage("unit");
		}

		@ParameterizedTest
		@EnumSource(value = Span.Unit.class, names = { "MONTHS", "YEARS" })
		void monthsAndYearsAreCalendarUnits(Span.Unit unit) {
			assertThat(unit.isCalendar()).isTrue();
		}

		@ParameterizedTest
		@EnumSource(value = Span.Unit.class, names = { "MINUTES", "HOURS", "DAYS", "WEEKS" })
		void shorterUnitsAreExact(Span.Unit unit) {
			assertThat(unit.isCalendar()).isFalse();
		}
	}

	@Nested
	class Parsing {
		@ParameterizedTest(name = "\"{0}\" is {1} {2}")
		@CsvSource(delimiter = '|', value = {
				"72h|72|HOURS", "72 h|72|HOURS", "1 hour|1|HOURS", "2 hours|2|HOURS", "72H|72|HOURS",
				"30d|30|DAYS", "30 d|30|DAYS", "1 day|1|DAYS", "30 days|30|DAYS", "60 DAYS|60|DAYS",
				"2w|2|WEEKS", "1 week|1|WEEKS", "2 weeks|2|WEEKS",
				"90min|90|MINUTES", "1 minute|1|MINUTES", "90 minutes|90|MINUTES",
				"1 month|1|MONTHS", "3 months|3|MONTHS", "1 Month|1|MONTHS",
				"1y|1|YEARS", "1 year|1|YEARS", "3 years|3|YEARS",
				"0h|0|HOURS", "007 days|7|DAYS", "87840000h|87840000|HOURS" })
		void acceptsEveryWrittenForm(String text, long amount, Span.Unit unit) {
			assertThat(Span.parse(text)).isEqualTo(Span.of(amount, unit));
		}

		@Test
		void ignoresSurroundingAndInnerWhitespace() {
			assertThat(Span.parse("  30 \t days  ")).isEqualTo(Span.days(30));
			assertThat(Span.parse("\t72h\n")).isEqualTo(Span.hours(72));
		}

		@ParameterizedTest(name = "rejects \"{0}\"")
		@ValueSource(strings = { "", "   ", "h", "days", "72", "-1h", "+1h", "1.5h", "1,5h", "72 hrs", "1m", "1 mo",
				"1 mois", "soon", "72h extra", "1 2h", "h72", "1000000000000h", "one month", "P", "PT", "P1DT", "P72H",
				"PT2D", "P2M1Y", "PT1M1H", "P1D1W", "P1,D", "P.5D", "P1.5DT1H", "P2", "PX", "P1Y2MT", "P1TT1H", "PT1H extra",
				"P 2M", "P2M ago", "P1D1D", "P2m2m" })
		void rejectsGarbageWithAClearMessage(String text) {
			assertThatIllegalArgumentException().isThrownBy(() -> Span.parse(text))
					.withMessage("not a length of time: \"" + text + "\" (write e.g. 72h, 30 days, 1 month)");
		}

		@ParameterizedTest(name = "ISO 8601 \"{0}\" is {1} {2}")
		@CsvSource(delimiter = '|', value = {
				"P30D|30|DAYS", "PT72H|72|HOURS", "P2M|2|MONTHS", "P1Y|1|YEARS", "P3Y|3|YEARS", "P2W|2|WEEKS",
				"PT90M|90|MINUTES", "P1Y2M|14|MONTHS", "P1Y0M|12|MONTHS", "PT1H30M|90|MINUTES", "P1DT2H|26|HOURS",
				"P1W2D|9|DAYS", "P1DT0H|24|HOURS", "PT2H0M|120|MINUTES", "PT120S|2|MINUTES", "PT0.5H|30|MINUTES",
				"PT1,5H|90|MINUTES", "P1.5D|36|HOURS", "P0.5W|84|HOURS",
				"P0D|0|DAYS", "PT0S|0|MINUTES", "P0M|0|MONTHS", "P0Y|0|YEARS", "-P0D|0|DAYS",
				"p2m|2|MONTHS", "pt72h|72|HOURS", "+P2M|2|MONTHS", " P2M |2|MONTHS", "P1M0D|1|MONTHS", "P0Y2D|2|DAYS",
				"P10000Y|10000|YEARS", "P120000M|120000|MONTHS", "P007D|7|DAYS", "P522857W|522857|WEEKS" })
		void acceptsIsoLengthsInTheUnitThatStatesThemExactly(String text, long amount, Span.Unit unit) {
			assertThat(Span.parse(text)).isEqualTo(Span.of(amount, unit));
		}

		@Test
		void isoLengthsAreTheSameLengthsAsOurs() {
			Instant from = at("2024-01-31T10:00:00Z");
			assertThat(Span.parse("P1M").after(from, PARIS)).isEqualTo(Span.parse("1 month").after(from, PARIS));
			assertThat(Span.compare(Span.parse("P1Y2M"), Span.parse("14 months"), "x")).isZero();
			assertThat(Span.compare(Span.parse("PT72H"), Span.parse("3 days"), "x")).isZero();
			assertThat(Span.parse("P1Y2M")).hasToString("14 months");
			assertThat(Span.parse("PT1H30M")).hasToString("90 minutes");
		}

		@ParameterizedTest(name = "\"{0}\" mixes months and days")
		@ValueSource(strings = { "P1M2D", "P1YT1H", "P1Y1W", "P2MT30M", "P1MT0.5H" })
		void isoLengthsMixingCalendarAndExactUnitsAreRefusedAsInRules(String text) {
			assertThatIllegalArgumentException().isThrownBy(() -> Span.parse(text)).withMessage(Span.MIXED);
		}

		@ParameterizedTest(name = "\"{0}\" is negative")
		@ValueSource(strings = { "-P2M", "P-2M", "-PT72H", "PT-1H", "P1Y-2M" })
		void negativeIsoLengthsAreRefused(String text) {
			assertThatIllegalArgumentException().isThrownBy(() -> Span.parse(text)).withMessage(Span.NEGATIVE);
		}

		@ParameterizedTest(name = "\"{0}\" is not whole minutes")
		@ValueSource(strings = { "PT30S", "PT0.5S", "PT1M1S", "PT0.01H", "PT1.5M" })
		void isoLengthsFinerThanAMinuteAreRefused(String text) {
			assertThatIllegalArgumentException().isThrownBy(() -> Span.parse(text))
					.withMessage(Span.NOT_WHOLE_MINUTES);
		}

		@ParameterizedTest(name = "\"{0}\" is too long")
		@ValueSource(strings = { "P10001Y", "P120001M", "P9999Y13M", "P99999999999999999999999999Y",
				"PT99999999999999999999999999H", "P522858W", "PT87840001H" })
		void isoLengthsBeyondTenThousandYearsAreRefusedWithoutOverflow(String text) {
			assertThatIllegalArgumentException().isThrownBy(() -> Span.parse(text)).withMessage(Span.TOO_LONG);
		}

		@ParameterizedTest(name = "\"{0}\" is refused as {1}")
		@org.junit.jupiter.params.provider.CsvSource({ "P1M2D, MIXED", "-P2M, NEGATIVE", "PT30S, NOT_WHOLE_MINUTES",
				"P10001Y, TOO_LONG", "20000 years, TOO_LONG", "P0.5M, NOT_A_SPAN", "soon, NOT_A_SPAN" })
		void aRefusedLengthSaysWhichProblemItHas(String text, Span.Problem problem) {
			// callers say each problem in their own words (a data error, a parameter's message) without reading ours
			assertThatExceptionOfType(Span.Invalid.class).isThrownBy(() -> Span.parse(text))
					.extracting(Span.Invalid::problem).isEqualTo(problem);
		}

		@Test
		void calendarUnitsHaveNoFraction() {
			// half a month is no fixed length: refused as text that is not a length
			assertThatIllegalArgumentException().isThrownBy(() -> Span.parse("P0.5M"))
					.withMessageStartingWith("not a length of time");
			assertThatIllegalArgumentException().isThrownBy(() -> Span.parse("P1.5Y"))
					.withMessageStartingWith("not a length of time");
		}

		@Test
		void overlongIsoTextIsNotReadAtAll() {
			String text = "P" + "0".repeat(200) + "1D";
			assertThatIllegalArgumentException().isThrownBy(() -> Span.parse(text))
					.withMessageStartingWith("not a length of time");
		}

		@Test
		void nullIsNotText() {
			assertThatNullPointerException().isThrownBy(() -> Span.parse(null));
		}
	}

	@Nested
	class Writing {
		@ParameterizedTest(name = "{0} {1} is written \"{2}\"")
		@CsvSource(delimiter = '|', value = {
				"72|HOURS|72h", "1|HOURS|1h", "0|HOURS|0h",
				"1|MINUTES|1 minute", "90|MINUTES|90 minutes",
				"1|DAYS|1 day", "30|DAYS|30 days", "0|DAYS|0 days",
				"1|WEEKS|1 week", "2|WEEKS|2 weeks",
				"1|MONTHS|1 month", "3|MONTHS|3 months",
				"1|YEARS|1 year", "3|YEARS|3 years" })
		void writesAsRulesDo(long amount, Span.Unit unit, String expected) {
			assertThat(Span.of(amount, unit)).hasToString(expected);
		}

		@ParameterizedTest
		@EnumSource(Span.Unit.class)
		void parsingWhatIsWrittenGivesTheSameSpan(Span.Unit unit) {
			for (long amount : new long[] { 0, 1, 2, 72, 1000 }) {
				Span span = Span.of(amount, unit);
				assertThat(Span.parse(span.toString())).as("round trip of %s", span).isEqualTo(span);
			}
		}
	}

	@Nested
	class Equality {
		@Test
		void equalWhenAmountAndUnitAreEqual() {
			assertThat(Span.parse("72h")).isEqualTo(Span.hours(72)).hasSameHashCodeAs(Span.hours(72));
		}

		@Test
		void sameLengthInAnotherUnitIsNotEqual() {
			assertThat(Span.hours(72)).isNotEqualTo(Span.days(3));
			assertThat(Span.days(7)).isNotEqualTo(Span.of(1, Span.Unit.WEEKS));
		}

		@Test
		void differentAmountIsNotEqual() {
			assertThat(Span.days(30)).isNotEqualTo(Span.days(31));
		}

		@Test
		void notEqualToOtherObjects() {
			assertThat(Span.hours(1)).isNotEqualTo(null).isNotEqualTo("1h").isNotEqualTo(Duration.ofHours(1));
		}
	}

	@Nested
	class ExactUnitsOnInstants {
		@ParameterizedTest(name = "{0} after 2023-03-01T09:00Z is {1}")
		@CsvSource({ "90 minutes, 2023-03-01T10:30:00Z", "72h, 2023-03-04T09:00:00Z", "30 days, 2023-03-31T09:00:00Z",
				"2w, 2023-03-15T09:00:00Z", "0h, 2023-03-01T09:00:00Z" })
		void addsAFixedNumberOfSeconds(String span, String expected) {
			assertThat(Span.parse(span).after(at("2023-03-01T09:00:00Z"), PARIS)).isEqualTo(at(expected));
		}

		@Test
		void aDayIsAlways24HoursEvenAcrossADaylightSavingChange() {
			// 25 March 2023 12:00 in Paris is 11:00Z; Paris moves to summer time overnight
			Instant noonBeforeChange = at("2023-03-25T11:00:00Z");
			Instant after = Span.days(1).after(noonBeforeChange, PARIS);
			assertThat(Duration.between(noonBeforeChange, after)).isEqualTo(Duration.ofHours(24));
			assertThat(after.atZone(PARIS).toLocalTime()).isEqualTo(LocalTime.of(13, 0));
		}

		@Test
		void exactUnitsIgnoreTheZone() {
			Instant from = at("2023-10-28T22:15:00Z");
			for (String span : List.of("90 minutes", "72h", "3 days", "2 weeks")) {
				assertThat(Span.parse(span).after(from, PARIS)).as(span)
						.isEqualTo(Span.parse(span).after(from, ZoneId.of("Asia/Tokyo")));
			}
		}

		@Test
		void exactUnitsNeedNoZone() {
			assertThat(Span.hours(72).after(at("2023-03-01T09:00:00Z"), null)).isEqualTo(at("2023-03-04T09:00:00Z"));
		}

		@ParameterizedTest(name = "{0} before 2023-03-04T09:00Z is {1}")
		@CsvSource({ "90 minutes, 2023-03-04T07:30:00Z", "72h, 2023-03-01T09:00:00Z", "3 days, 2023-03-01T09:00:00Z",
				"1 week, 2023-02-25T09:00:00Z" })
		void subtractsAFixedNumberOfSeconds(String span, String expected) {
			assertThat(Span.parse(span).before(at("2023-03-04T09:00:00Z"), PARIS)).isEqualTo(at(expected));
		}

		static Stream<Arguments> exactSpansAndInstants() {
			List<Arguments> cases = new ArrayList<>();
			List<Instant> instants = List.of(at("2023-03-26T00:30:00Z"), at("2023-10-29T00:30:00Z"),
					at("2024-02-29T23:59:59Z"), at("1999-12-31T23:00:00Z"), at("2023-03-01T09:00:00.123456789Z"));
			for (String span : List.of("1 minute", "90 minutes", "72h", "1 day", "365 days", "2w", "520 weeks")) {
				for (Instant instant : instants) {
					cases.add(Arguments.of(span, instant));
				}
			}
			return cases.stream();
		}

		@ParameterizedTest(name = "{0} after then before {1}")
		@MethodSource("exactSpansAndInstants")
		void afterThenBeforeReturnsToTheStart(String text, Instant from) {
			Span span = Span.parse(text);
			assertThat(span.before(span.after(from, PARIS), PARIS)).isEqualTo(from);
			assertThat(span.after(span.before(from, PARIS), PARIS)).isEqualTo(from);
		}
	}

	@Nested
	class CalendarUnitsOnInstants {
		@Test
		void endOfJanuaryPlusAMonthIsTheLastDayOfFebruaryInALeapYear() {
			assertThat(Span.months(1).after(at("2024-01-31T10:00:00Z"), UTC)).isEqualTo(at("2024-02-29T10:00:00Z"));
		}

		@Test
		void endOfJanuaryPlusAMonthIsTheLastDayOfFebruaryInACommonYear() {
			assertThat(Span.months(1).after(at("2023-01-31T10:00:00Z"), UTC)).isEqualTo(at("2023-02-28T10:00:00Z"));
		}

		@Test
		void monthsAreCountedFromTheStartNotStepByStep() {
			// 31 January + 2 months is 31 March, not 28 (or 29) March
			assertThat(Span.months(2).after(at("2023-01-31T10:00:00Z"), UTC)).isEqualTo(at("2023-03-31T10:00:00Z"));
		}

		@Test
		void aMonthFromTheThirtiethOfJanuaryInALeapYear() {
			assertThat(Span.months(1).after(at("2024-01-30T10:00:00Z"), UTC)).isEqualTo(at("2024-02-29T10:00:00Z"));
		}

		@Test
		void leapDayPlusAYearIsTheLastDayOfFebruary() {
			assertThat(Span.parse("1 year").after(at("2024-02-29T08:00:00Z"), UTC)).isEqualTo(at("2025-02-28T08:00:00Z"));
			assertThat(Span.parse("4 years").after(at("2024-02-29T08:00:00Z"), UTC))
					.isEqualTo(at("2028-02-29T08:00:00Z"));
		}

		@Test
		void monthsAreCountedInTheGivenZone() {
			// 23:30Z on 28 February is already 1 March in Paris, so a month later is 1 April in Paris
			Instant lateEvening = at("2023-02-28T23:30:00Z");
			assertThat(Span.months(1).after(lateEvening, PARIS)).isEqualTo(at("2023-03-31T22:30:00Z"));
			assertThat(Span.months(1).after(lateEvening, UTC)).isEqualTo(at("2023-03-28T23:30:00Z"));
		}

		@Test
		void aMonthKeepsTheWallClockAcrossTheAutumnChange() {
			// 1 October 12:00 summer time (10:00Z) + 1 month = 1 November 12:00 winter time (11:00Z)
			Instant from = at("2023-10-01T10:00:00Z");
			Instant after = Span.months(1).after(from, PARIS);
			assertThat(after).isEqualTo(at("2023-11-01T11:00:00Z"));
			assertThat(Duration.between(from, after)).isEqualTo(Duration.ofDays(31).plusHours(1));
		}

		@Test
		void aMonthKeepsTheWallClockAcrossTheSpringChange() {
			// 1 March 12:00 winter time (11:00Z) + 1 month = 1 April 12:00 summer time (10:00Z)
			Instant from = at("2023-03-01T11:00:00Z");
			Instant after = Span.months(1).after(from, PARIS);
			assertThat(after).isEqualTo(at("2023-04-01T10:00:00Z"));
			assertThat(Duration.between(from, after)).isEqualTo(Duration.ofDays(31).minusHours(1));
		}

		@Test
		void aMonthLandingInTheSpringGapMovesForwardByTheGap() {
			// 26 February 02:30 in Paris + 1 month = 26 March 02:30, which does not exist: 03:30 summer time
			Instant from = ZonedDateTime.of(2023, 2, 26, 2, 30, 0, 0, PARIS).toInstant();
			Instant after = Span.months(1).after(from, PARIS);
			assertThat(after.atZone(PARIS).toLocalDateTime()).isEqualTo(LocalDateTime.of(2023, 3, 26, 3, 30));
			assertThat(after).isEqualTo(at("2023-03-26T01:30:00Z"));
		}

		@Test
		void aMonthLandingInTheAutumnOverlapKeepsTheSummerOffset() {
			// 29 September 02:30 summer time + 1 month = 29 October 02:30, which happens twice: the first is kept
			Instant from = ZonedDateTime.of(2023, 9, 29, 2, 30, 0, 0, PARIS).toInstant();
			Instant after = Span.months(1).after(from, PARIS);
			assertThat(after).isEqualTo(at("2023-10-29T00:30:00Z"));
			assertThat(after.atZone(PARIS).toLocalDateTime()).isEqualTo(LocalDateTime.of(2023, 10, 29, 2, 30));
		}

		@Test
		void beforeFollowsTheEndOfMonthRuleToo() {
			assertThat(Span.months(1).before(at("2024-03-31T10:00:00Z"), UTC)).isEqualTo(at("2024-02-29T10:00:00Z"));
			assertThat(Span.months(1).before(at("2023-03-31T10:00:00Z"), UTC)).isEqualTo(at("2023-02-28T10:00:00Z"));
			assertThat(Span.parse("1 year").before(at("2024-02-29T10:00:00Z"), UTC))
					.isEqualTo(at("2023-02-28T10:00:00Z"));
		}

		@Test
		void beforeCountsMonthsInTheGivenZone() {
			// 1 April 00:30 in Paris (22:30Z on 31 March) minus a month is 1 March 00:30 in Paris
			assertThat(Span.months(1).before(at("2023-03-31T22:30:00Z"), PARIS)).isEqualTo(at("2023-02-28T23:30:00Z"));
		}

		@Test
		void calendarUnitsNeedAZone() {
			assertThatNullPointerException().isThrownBy(() -> Span.months(1).after(at("2023-03-01T09:00:00Z"), null));
		}

		@Test
		void addingMonthsInAZoneNeverGivesALaterDayOfMonthAndAlwaysLandsInTheTargetMonth() {
			List<String> counterExamples = new ArrayList<>();
			LocalTime[] times = { LocalTime.of(0, 30), LocalTime.of(2, 30), LocalTime.of(12, 0), LocalTime.of(23, 30) };
			for (LocalDate day = LocalDate.of(2022, 1, 1); day.isBefore(LocalDate.of(2025, 1, 1)); day = day.plusDays(1)) {
				for (LocalTime time : times) {
					ZonedDateTime start = ZonedDateTime.of(day, time, PARIS);
					for (int months = 0; months <= 14; months++) {
						LocalDate end = Span.months(months).after(start.toInstant(), PARIS).atZone(PARIS).toLocalDate();
						if (!YearMonth.from(end).equals(YearMonth.from(day).plusMonths(months))
								|| end.getDayOfMonth() > day.getDayOfMonth()) {
							counterExamples.add(start + " + " + months + " months = " + end);
						}
					}
				}
			}
			assertThat(counterExamples).isEmpty();
		}
	}

	@Nested
	class Dates {
		@ParameterizedTest(name = "{0} after 2023-03-01 is {1}")
		@CsvSource({ "0h, 2023-03-01", "1h, 2023-03-02", "24h, 2023-03-02", "25h, 2023-03-03", "72h, 2023-03-04",
				"1 minute, 2023-03-02", "1440 minutes, 2023-03-02", "1441 minutes, 2023-03-03", "30 days, 2023-03-31",
				"2 weeks, 2023-03-15", "1 month, 2023-04-01", "1 year, 2024-03-01" })
		void spansShorterThanADayCountAsWholeDaysStarted(String span, LocalDate expected) {
			assertThat(Span.parse(span).after(LocalDate.of(2023, 3, 1))).isEqualTo(expected);
		}

		@ParameterizedTest(name = "{0} before 2023-03-04 is {1}")
		@CsvSource({ "0h, 2023-03-04", "1h, 2023-03-03", "72h, 2023-03-01", "73h, 2023-02-28", "90 minutes, 2023-03-03",
				"3 days, 2023-03-01", "1 week, 2023-02-25", "1 month, 2023-02-04", "1 year, 2022-03-04" })
		void beforeMirrorsAfter(String span, LocalDate expected) {
			assertThat(Span.parse(span).before(LocalDate.of(2023, 3, 4))).isEqualTo(expected);
		}

		@Test
		void endOfMonthRuleOnDates() {
			assertThat(Span.months(1).after(LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 2, 29));
			assertThat(Span.months(1).after(LocalDate.of(2023, 1, 31))).isEqualTo(LocalDate.of(2023, 2, 28));
			assertThat(Span.months(1).after(LocalDate.of(2023, 3, 31))).isEqualTo(LocalDate.of(2023, 4, 30));
			assertThat(Span.months(1).before(LocalDate.of(2024, 3, 31))).isEqualTo(LocalDate.of(2024, 2, 29));
			assertThat(Span.parse("1 year").after(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
		}

		@Test
		void addingMonthsNeverGivesALaterDayOfMonthAndClampsOnlyToTheLastDay() {
			List<String> counterExamples = new ArrayList<>();
			for (LocalDate day = LocalDate.of(2019, 1, 1); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
				for (int months = 0; months <= 25; months++) {
					LocalDate end = Span.months(months).after(day);
					YearMonth target = YearMonth.from(day).plusMonths(months);
					boolean inTargetMonth = YearMonth.from(end).equals(target);
					boolean sameDay = end.getDayOfMonth() == day.getDayOfMonth();
					boolean clampedToLastDay = end.getDayOfMonth() < day.getDayOfMonth()
							&& end.getDayOfMonth() == target.lengthOfMonth();
					if (!inTargetMonth || !(sameDay || clampedToLastDay)) {
						counterExamples.add(day + " + " + months + " months = " + end);
					}
				}
			}
			assertThat(counterExamples).isEmpty();
		}

		@Test
		void addingYearsMovesOnlyTheLeapDay() {
			List<String> counterExamples = new ArrayList<>();
			for (LocalDate day = LocalDate.of(2019, 1, 1); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
				for (int years = 0; years <= 5; years++) {
					int year = day.getYear() + years;
					boolean leapDayIntoCommonYear = day.getMonthValue() == 2 && day.getDayOfMonth() == 29
							&& !Year.isLeap(year);
					LocalDate expected = leapDayIntoCommonYear ? LocalDate.of(year, 2, 28)
							: LocalDate.of(year, day.getMonth(), day.getDayOfMonth());
					LocalDate end = Span.of(years, Span.Unit.YEARS).after(day);
					if (!end.equals(expected)) {
						counterExamples.add(day + " + " + years + " years = " + end);
					}
				}
			}
			assertThat(counterExamples).isEmpty();
		}

		@Test
		void daysAndWeeksRoundTripOnEveryDate() {
			List<String> counterExamples = new ArrayList<>();
			for (LocalDate day = LocalDate.of(2023, 1, 1); day.isBefore(LocalDate.of(2025, 1, 1)); day = day.plusDays(1)) {
				for (Span span : List.of(Span.days(1), Span.days(29), Span.days(366), Span.of(3, Span.Unit.WEEKS))) {
					if (!span.before(span.after(day)).equals(day) || !span.after(span.before(day)).equals(day)) {
						counterExamples.add(day + " and " + span);
					}
				}
			}
			assertThat(counterExamples).isEmpty();
		}
	}

	@Nested
	class Comparison {
		private final Instant from = at("2023-03-01T09:00:00Z");

		@Test
		void aDurationOfExactlyTheSpanIsNotLonger() {
			assertThat(Span.hours(72).isShorterThan(Duration.ofHours(72), from, UTC)).isFalse();
		}

		@Test
		void oneSecondMoreIsLonger() {
			assertThat(Span.hours(72).isShorterThan(Duration.ofHours(72).plusSeconds(1), from, UTC)).isTrue();
		}

		@Test
		void aShorterDurationIsNotLonger() {
			assertThat(Span.days(30).isShorterThan(Duration.ofDays(29), from, UTC)).isFalse();
		}

		@Test
		void aMonthIsMeasuredFromTheGivenStart() {
			Instant february = at("2023-02-01T00:00:00Z");
			Instant january = at("2023-01-01T00:00:00Z");
			assertThat(Span.months(1).isShorterThan(Duration.ofDays(29), february, UTC)).isTrue();
			assertThat(Span.months(1).isShorterThan(Duration.ofDays(29), january, UTC)).isFalse();
			assertThat(Span.months(1).isShorterThan(Duration.ofDays(31), january, UTC)).isFalse();
			assertThat(Span.months(1).isShorterThan(Duration.ofDays(31).plusSeconds(1), january, UTC)).isTrue();
		}
	}
}
