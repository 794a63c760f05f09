package org.privacy.runtime;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A length of time as a rule states it: exact ({@code 72h}, {@code 60 days}) or calendar ({@code 1 month},
 * {@code 3 years}). Calendar spans follow the end-of-month rule: 31 January + 1 month is the last day of February.
 */
public final class Span implements Serializable {
	private static final long serialVersionUID = 1L;

	/** The units a span can be counted in. */
	public enum Unit {
		MINUTES(false), HOURS(false), DAYS(false), WEEKS(false), MONTHS(true), YEARS(true);

		private final boolean calendar;

		Unit(boolean calendar) {
			this.calendar = calendar;
		}

		/** Whether the unit follows the calendar (months, years) rather than a fixed number of seconds. */
		public boolean isCalendar() {
			return calendar;
		}
	}

	/**
	 * The longest span a rule, a parameter or a record may state. Longer spans are refused where they are written
	 * rather than left to overflow the date arithmetic later: no privacy deadline or period is counted in millennia.
	 */
	public static final long MAX_YEARS = 10_000;

	/** The message of the exception a span longer than {@link #MAX_YEARS} years raises. */
	public static final String TOO_LONG = "a length of time cannot be longer than " + MAX_YEARS + " years";

	private final long amount;
	private final Unit unit;

	private Span(long amount, Unit unit) {
		if (amount < 0) {
			throw new IllegalArgumentException("a span cannot be negative: " + amount);
		}
		this.amount = amount;
		this.unit = Objects.requireNonNull(unit, "unit");
		if (!fits(amount, unit)) {
			throw new Invalid(Problem.TOO_LONG);
		}
	}

	/** Whether {@code amount} of {@code unit} is at most {@link #MAX_YEARS} years (counting 366 days a year). */
	public static boolean fits(long amount, Unit unit) {
		long days = MAX_YEARS * 366;
		long limit = switch (unit) {
			case MINUTES -> days * 24 * 60;
			case HOURS -> days * 24;
			case DAYS -> days;
			case WEEKS -> days / 7;
			case MONTHS -> MAX_YEARS * 12;
			case YEARS -> MAX_YEARS;
		};
		return amount <= limit;
	}

	/**
	 * A span of {@code amount} units.
	 *
	 * @throws IllegalArgumentException if the amount is negative or longer than {@link #MAX_YEARS} years
	 */
	public static Span of(long amount, Unit unit) {
		return new Span(amount, unit);
	}

	public static Span hours(long amount) {
		return new Span(amount, Unit.HOURS);
	}

	public static Span days(long amount) {
		return new Span(amount, Unit.DAYS);
	}

	public static Span months(long amount) {
		return new Span(amount, Unit.MONTHS);
	}

	public long amount() {
		return amount;
	}

	public Unit unit() {
		return unit;
	}

	/** The message of the exception an ISO-8601 length that mixes months or years with shorter units raises. */
	public static final String MIXED = "a length of time cannot mix months or years with weeks, days, hours or minutes:"
			+ " how many days a month has depends on the calendar";

	/** The message of the exception a negative ISO-8601 length raises. */
	public static final String NEGATIVE = "a length of time cannot be negative";

	/** The message of the exception an ISO-8601 length that is not a whole number of minutes raises. */
	public static final String NOT_WHOLE_MINUTES = "a length of time is counted in whole minutes";

	/**
	 * Reads a span as rules and parameter overrides write it: {@code 72h}, {@code 30d}, {@code 2w}, {@code 1 month},
	 * {@code 3 years}, {@code 90 minutes}; or as data exports write it, in ISO 8601: {@code P30D}, {@code PT72H},
	 * {@code P2M}, {@code P1Y2M} (14 months), {@code PT1H30M} (90 minutes), {@code P2W}, {@code PT0.5H} (30 minutes),
	 * upper or lower case. An ISO length that mixes months or years with shorter units ({@code P1M2D}) is refused with
	 * {@link #MIXED}, as {@code 1 month + 2 days} is; a negative one with {@link #NEGATIVE}; seconds or fractions that
	 * do not make whole minutes with {@link #NOT_WHOLE_MINUTES}.
	 *
	 * @throws Invalid if the text is not a span, or one longer than {@link #MAX_YEARS} years; its {@link Problem}
	 *         says which
	 */
	public static Span parse(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT);
		if (IsoSpans.looksIso(t)) {
			return IsoSpans.parse(text, t);
		}
		int i = 0;
		while (i < t.length() && Character.isDigit(t.charAt(i))) {
			i++;
		}
		if (i == 0 || i > 12) {
			throw notASpan(text);
		}
		long amount = Long.parseLong(t.substring(0, i));
		Unit unit = switch (t.substring(i).trim()) {
			case "min", "minute", "minutes" -> Unit.MINUTES;
			case "h", "hour", "hours" -> Unit.HOURS;
			case "d", "day", "days" -> Unit.DAYS;
			case "w", "week", "weeks" -> Unit.WEEKS;
			case "month", "months" -> Unit.MONTHS;
			case "y", "year", "years" -> Unit.YEARS;
			default -> throw notASpan(text);
		};
		return new Span(amount, unit);
	}

	static Invalid notASpan(String text) {
		return new Invalid(Problem.NOT_A_SPAN, "not a length of time: \"" + text + "\" (write e.g. 72h, 30 days, 1 month)");
	}

	/** What is wrong with a text {@link #parse} refuses, for callers that say it in their own words. */
	public enum Problem {
		/** Not a length of time in any form {@link #parse} reads; the message quotes the text. */
		NOT_A_SPAN,
		/** Longer than {@link #MAX_YEARS} years: {@link #TOO_LONG}. */
		TOO_LONG,
		/** Months or years mixed with shorter units: {@link #MIXED}. */
		MIXED,
		/** Negative: {@link #NEGATIVE}. */
		NEGATIVE,
		/** Not a whole number of minutes: {@link #NOT_WHOLE_MINUTES}. */
		NOT_WHOLE_MINUTES
	}

	/** The exception {@link #parse} throws: an {@link IllegalArgumentException} that says which {@link Problem}. */
	public static final class Invalid extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;
		private final Problem problem;

		Invalid(Problem problem, String message) {
			super(message);
			this.problem = problem;
		}

		Invalid(Problem problem) {
			this(problem, switch (problem) {
				case TOO_LONG -> TOO_LONG;
				case MIXED -> MIXED;
				case NEGATIVE -> NEGATIVE;
				case NOT_WHOLE_MINUTES -> NOT_WHOLE_MINUTES;
				case NOT_A_SPAN -> throw new IllegalArgumentException("a text that is not a span is quoted: notASpan");
			});
		}

		public Problem problem() {
			return problem;
		}
	}

	/** The instant this span after {@code from}; calendar units are counted in {@code zone}. */
	public Instant after(Instant from, ZoneId zone) {
		return switch (unit) {
			case MINUTES -> from.plus(Duration.ofMinutes(amount));
			case HOURS -> from.plus(Duration.ofHours(amount));
			case DAYS -> from.plus(Duration.ofDays(amount));
			case WEEKS -> from.plus(Duration.ofDays(7 * amount));
			case MONTHS -> from.atZone(zone).plusMonths(amount).toInstant();
			case YEARS -> from.atZone(zone).plusYears(amount).toInstant();
		};
	}

	/** The instant this span before {@code from}; calendar units are counted in {@code zone}. */
	public Instant before(Instant from, ZoneId zone) {
		return switch (unit) {
			case MINUTES -> from.minus(Duration.ofMinutes(amount));
			case HOURS -> from.minus(Duration.ofHours(amount));
			case DAYS -> from.minus(Duration.ofDays(amount));
			case WEEKS -> from.minus(Duration.ofDays(7 * amount));
			case MONTHS -> from.atZone(zone).minusMonths(amount).toInstant();
			case YEARS -> from.atZone(zone).minusYears(amount).toInstant();
		};
	}

	/** The date this span after {@code from}; spans shorter than a day count as whole days started. */
	public LocalDate after(LocalDate from) {
		return switch (unit) {
			case MINUTES -> from.plusDays((amount + 1439) / 1440);
			case HOURS -> from.plusDays((amount + 23) / 24);
			case DAYS -> from.plusDays(amount);
			case WEEKS -> from.plusWeeks(amount);
			case MONTHS -> from.plusMonths(amount);
			case YEARS -> from.plusYears(amount);
		};
	}

	/** The date this span before {@code from}. */
	public LocalDate before(LocalDate from) {
		return switch (unit) {
			case MINUTES -> from.minusDays((amount + 1439) / 1440);
			case HOURS -> from.minusDays((amount + 23) / 24);
			case DAYS -> from.minusDays(amount);
			case WEEKS -> from.minusWeeks(amount);
			case MONTHS -> from.minusMonths(amount);
			case YEARS -> from.minusYears(amount);
		};
	}

	/** Whether {@code duration} is longer than this span; calendar spans are compared as counted from {@code from}. */
	public boolean isShorterThan(Duration duration, Instant from, ZoneId zone) {
		return after(from, zone).isBefore(from.plus(duration));
	}

	/** Whether this span follows the calendar (months, years) rather than a fixed number of minutes. */
	public boolean isCalendar() {
		return unit.isCalendar();
	}

	/** This span in its finest common unit: minutes for exact spans, months for calendar ones (1 year = 12 months). */
	private long units() {
		return switch (unit) {
			case MINUTES -> amount;
			case HOURS -> amount * 60;
			case DAYS -> amount * 1440;
			case WEEKS -> amount * 7 * 1440;
			case MONTHS -> amount;
			case YEARS -> amount * 12;
		};
	}

	/** No length of time: what {@code sum of} gives for no elements; it compares and adds with both kinds. */
	public static final Span ZERO = new Span(0, Unit.DAYS);

	/**
	 * Orders two spans of one kind: exact ones (minutes, hours, days, weeks) among themselves, calendar ones (months,
	 * years) among themselves; {@link #ZERO} (or any length of 0) with either. Comparing a month with days depends on the month, so spans of the two kinds are a data
	 * error naming {@code expression} (the compiler refuses the comparison when it sees both kinds).
	 */
	public static int compare(Span a, Span b, String expression) {
		sameKind(a, b, expression);
		if (a.amount == 0 || b.amount == 0) {
			return Long.compare(a.amount, b.amount);
		}
		return Long.compare(a.units(), b.units());
	}

	/** The sum of two spans of one kind, in the unit they share or else in minutes or months. */
	public static Span plus(Span a, Span b, String expression) {
		sameKind(a, b, expression);
		if (a.amount == 0 || b.amount == 0) {
			return a.amount == 0 ? b : a;
		}
		long sum = a.unit == b.unit ? a.amount + b.amount : a.units() + b.units();
		Unit u = a.unit == b.unit ? a.unit : a.isCalendar() ? Unit.MONTHS : Unit.MINUTES;
		if (!fits(sum, u)) {
			throw new DataException(expression, "'" + expression + "' is longer than " + MAX_YEARS + " years");
		}
		return new Span(sum, u);
	}

	/** The shorter of two spans of one kind. */
	public static Span min(Span a, Span b, String expression) {
		return compare(b, a, expression) < 0 ? b : a;
	}

	/** The longer of two spans of one kind. */
	public static Span max(Span a, Span b, String expression) {
		return compare(b, a, expression) > 0 ? b : a;
	}

	private static void sameKind(Span a, Span b, String expression) {
		// no length at all is the same on every calendar: 0 days and 1 month compare and add (a sum of no lengths)
		if (a.isCalendar() != b.isCalendar() && a.amount != 0 && b.amount != 0) {
			throw new DataException(expression, "'" + expression + "' mixes a calendar length of time (months, years)"
					+ " with an exact one (minutes to weeks): how many days a month has depends on the calendar");
		}
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Span s && s.amount == amount && s.unit == unit;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(amount) * 31 + unit.hashCode();
	}

	/** As rules write it: {@code 72h}, {@code 30 days}, {@code 1 month}. */
	@Override
	public String toString() {
		String word = unit.name().toLowerCase(Locale.ROOT);
		if (unit == Unit.HOURS) {
			return amount + "h";
		}
		return amount + " " + (amount == 1 ? word.substring(0, word.length() - 1) : word);
	}
}
