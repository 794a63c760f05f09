package org.privacy.runtime;

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
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the values generated validators need, from typed getters or from raw records, and turns a missing value or a
 * value of the wrong kind into a {@link DataException}. Primitive overloads keep bound reads free of boxing.
 */
public final class Values {
	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

	private Values() {
	}

	/** The value itself, or a data error if it is missing. */
	public static <T> T require(T value, String field) {
		if (value == null) {
			throw DataException.missing(field);
		}
		return value;
	}

	public static boolean require(boolean value, String field) {
		return value;
	}

	public static int require(int value, String field) {
		return value;
	}

	public static long require(long value, String field) {
		return value;
	}

	public static double require(double value, String field) {
		return value;
	}

	/** Whether a value is there: not null and, for text, not empty (an empty CSV cell is a missing value). */
	public static boolean isPresent(Object value) {
		return value != null && !(value instanceof CharSequence s && s.length() == 0);
	}

	/** The same for text read through a typed getter: not null, not empty. */
	public static boolean isPresent(CharSequence value) {
		return value != null && value.length() != 0;
	}

	public static boolean isPresent(boolean value) {
		return true;
	}

	public static boolean isPresent(int value) {
		return true;
	}

	public static boolean isPresent(long value) {
		return true;
	}

	public static boolean isPresent(double value) {
		return true;
	}

	// ------------------------------------------------------------------ text and names

	public static String text(Object value, String field) {
		if (value instanceof String s) {
			return s;
		}
		if (value instanceof CharSequence || value instanceof Enum<?> || value instanceof Number
				|| value instanceof Boolean) {
			return value instanceof Enum<?> e ? e.name() : value.toString();
		}
		throw value == null ? DataException.missing(field) : DataException.wrongType(field, "text", value);
	}

	/** Text read through a typed getter: the value itself, or a data error if it is missing. */
	public static String text(String value, String field) {
		if (value == null) {
			throw DataException.missing(field);
		}
		return value;
	}

	/** The name of an enumeration value: a Java enum constant's name, or the text itself. */
	public static String name(Object value, String field) {
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof CharSequence s) {
			return s.toString();
		}
		throw value == null ? DataException.missing(field) : DataException.wrongType(field, "a named value", value);
	}

	/** The declared values of an enumeration, in declaration order, for {@link #enumValue}. */
	public static Set<String> names(String... values) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values)));
	}

	/** The name of a Java enum constant read through a typed getter; a data error if it is missing. */
	public static String name(Enum<?> value, String field) {
		if (value == null) {
			throw DataException.missing(field);
		}
		return value.name();
	}

	/**
	 * A Java enum constant read through a typed getter, which must be one of the {@code allowed} values the rules
	 * declare (the same data errors as {@link #enumValue}); compared with {@code ==} by generated code.
	 */
	public static <E extends Enum<E>> E enumConstant(E value, String field, Set<String> allowed) {
		if (value == null) {
			throw DataException.missing(field);
		}
		if (!allowed.contains(value.name())) {
			throw DataException.wrongType(field, "one of " + String.join(", ", allowed), value);
		}
		return value;
	}

	/**
	 * The name of an enumeration value (a Java enum constant, as a typed getter returns, or text) that must be one of
	 * {@code allowed}; anything else is a data error.
	 */
	public static String enumValue(Object value, String field, Set<String> allowed) {
		String name = name(value, field);
		if (!allowed.contains(name)) {
			throw DataException.wrongType(field, "one of " + String.join(", ", allowed), value);
		}
		return name;
	}

	// ------------------------------------------------------------------ numbers and booleans

	/**
	 * A number as rules compare it: the nearest {@code double} (IEEE 754, about 15 significant digits; whole numbers
	 * exact up to 2<sup>53</sup>). One out of that range (beyond about 1.8e308, or a non-zero number nearer 0 than
	 * 4.9e-324) is a data error: as infinity or zero it would pass or fail comparisons it should not.
	 */
	public static double number(double value, String field) {
		if (!Double.isFinite(value)) {
			throw DataException.numberOutOfRange(field);
		}
		return value;
	}

	public static double number(long value, String field) {
		return value;
	}

	public static double number(int value, String field) {
		return value;
	}

	public static double number(Object value, String field) {
		if (value instanceof Number n) {
			double d = n.doubleValue();
			if (!Double.isFinite(d) || d == 0 && n instanceof java.math.BigDecimal b && b.signum() != 0) {
				throw DataException.numberOutOfRange(field);
			}
			return d;
		}
		if (value instanceof CharSequence s) {
			Double d = parseNumber(s.toString());
			if (d != null) {
				return d;
			}
			throw DECIMAL.matcher(s.toString().trim()).matches() ? DataException.numberOutOfRange(field)
					: DataException.wrongType(field, "a number", value);
		}
		throw value == null ? DataException.missing(field) : DataException.wrongType(field, "a number", value);
	}

	/**
	 * A decimal number written as text ({@code 42}, {@code -3.5}, {@code 1e3}) within the range of {@link #number},
	 * or {@code null}. Unlike {@link Double#parseDouble(String)}, rejects {@code NaN}, {@code Infinity}, hexadecimal,
	 * Java type suffixes ({@code 30d}, {@code 12f}), and numbers too large or too near 0 to be a {@code double}.
	 */
	static Double parseNumber(String text) {
		String t = text.trim();
		if (!DECIMAL.matcher(t).matches()) {
			return null;
		}
		double d = Double.parseDouble(t);
		return Double.isFinite(d) && (d != 0 || !hasNonZeroDigit(t)) ? d : null;
	}

	/** Whether the significand of a decimal number (the part before any exponent) has a digit other than 0. */
	private static boolean hasNonZeroDigit(String decimal) {
		for (int i = 0; i < decimal.length(); i++) {
			char c = decimal.charAt(i);
			if (c == 'e' || c == 'E') {
				return false;
			}
			if (c >= '1' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	public static boolean bool(boolean value, String field) {
		return value;
	}

	public static boolean bool(Object value, String field) {
		if (value instanceof Boolean b) {
			return b;
		}
		if (value instanceof CharSequence s) {
			String t = s.toString().trim();
			if (t.equalsIgnoreCase("true")) {
				return true;
			}
			if (t.equalsIgnoreCase("false")) {
				return false;
			}
		}
		throw value == null ? DataException.missing(field) : DataException.wrongType(field, "true or false", value);
	}

	// ------------------------------------------------------------------ time

	/** An instant from an {@link Instant}, an offset or zoned date-time, a {@link Date} or ISO-8601 text. */
	public static Instant instant(Object value, String field) {
		if (value instanceof Instant i) {
			return i;
		}
		if (value instanceof OffsetDateTime o) {
			return o.toInstant();
		}
		if (value instanceof ZonedDateTime z) {
			return z.toInstant();
		}
		if (value instanceof LocalDateTime l) {
			return l.toInstant(ZoneOffset.UTC);
		}
		if (value instanceof LocalDate d) {
			return d.atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		if (value instanceof Date d) {
			return d.toInstant();
		}
		if (value instanceof CharSequence s) {
			Instant parsed = parseInstant(s.toString().trim());
			if (parsed != null) {
				return parsed;
			}
			throw DataException.wrongType(field, "a date-time like 2023-03-01T09:00Z", value);
		}
		throw value == null ? DataException.missing(field)
				: DataException.wrongType(field, "a date-time like 2023-03-01T09:00Z", value);
	}

	/** An instant, or {@code null} when the value is missing (for optional event times). */
	public static Instant instantOrNull(Object value, String field) {
		return isPresent(value) ? instant(value, field) : null;
	}

	private static Instant parseInstant(String text) {
		Instant utc = parseUtcMinuteOrSecond(text);
		if (utc != null) {
			return utc;
		}
		String s = withDateTimeSeparator(text);
		try {
			return OffsetDateTime.parse(s).toInstant();
		} catch (DateTimeParseException e) {
			// try the other forms
		}
		try {
			return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
		} catch (DateTimeParseException e) {
			// try a date
		}
		try {
			return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** A date-time without an offset ({@code 2024-03-30T23:30}, or with a space for the T), else {@code null}. */
	private static LocalDateTime localDateTimeOrNull(String text) {
		try {
			return LocalDateTime.parse(withDateTimeSeparator(text));
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * {@code text} with a space between its date and its time replaced by {@code T}: {@code 2023-03-01 09:00:00}, as
	 * databases and spreadsheets export date-times (RFC 3339 allows the space), reads as {@code 2023-03-01T09:00:00}.
	 * Any other text is returned unchanged.
	 */
	static String withDateTimeSeparator(String text) {
		if (text.length() > 13 && text.charAt(10) == ' ' && text.charAt(4) == '-' && text.charAt(7) == '-'
				&& text.charAt(13) == ':') {
			return text.substring(0, 10) + 'T' + text.substring(11);
		}
		return text;
	}

	/**
	 * The common forms of exports, {@code 2023-03-01T09:00Z} and {@code 2023-03-01T09:00:00Z}, read without a
	 * formatter (several times faster on millions of records); {@code null} for any other text, or an invalid date or
	 * time, which the general parsers then judge.
	 */
	static Instant parseUtcMinuteOrSecond(String s) {
		int length = s.length();
		if ((length != 17 && length != 20) || s.charAt(length - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
				|| s.charAt(10) != 'T' || s.charAt(13) != ':' || (length == 20 && s.charAt(16) != ':')) {
			return null;
		}
		int year = digits(s, 0, 4);
		int month = digits(s, 5, 7);
		int day = digits(s, 8, 10);
		int hour = digits(s, 11, 13);
		int minute = digits(s, 14, 16);
		int second = length == 20 ? digits(s, 17, 19) : 0;
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23
				|| minute < 0 || minute > 59 || second < 0 || second > 59) {
			return null; // what LocalDateTime.of refuses (a year of four digits is always in its range)
		}
		// the seconds counted straight from the fields: no LocalDateTime, LocalDate, LocalTime a value
		return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400L + hour * 3_600 + minute * 60 + second);
	}

	/** The days of {@code month} (1 to 12) in {@code year} of the proleptic Gregorian calendar, as java.time has it. */
	static int daysInMonth(int year, int month) {
		if (month == 2) {
			return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
		}
		return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
	}

	/**
	 * The days from 1970-01-01 to a valid date of a year from 0 to 9999 ({@link LocalDate#toEpochDay()}): the year is
	 * counted from March, so that a leap day is the last day of its year, then in whole cycles of 400 years
	 * (146,097 days), centuries, four-year spans and years.
	 */
	static long epochDay(int year, int month, int day) {
		int y = month <= 2 ? year - 1 : year; // -1 for January and February of year 0: the cycle before
		int cycle = Math.floorDiv(y, 400);
		int yearOfCycle = y - cycle * 400;
		int monthFromMarch = month > 2 ? month - 3 : month + 9;
		int dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
		int dayOfCycle = yearOfCycle * 365 + yearOfCycle / 4 - yearOfCycle / 100 + dayOfYear;
		return cycle * 146_097L + dayOfCycle - 719_468L;
	}

	/** The number written with ASCII digits in {@code s[from, to)}, or -1. */
	private static int digits(String s, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * A date from a {@link LocalDate} or ISO-8601 text; a date-time (an instant, or text with a time) gives the date
	 * a clock in {@code zone}, the policy's time zone, shows at that instant.
	 */
	public static LocalDate date(Object value, String field, ZoneId zone) {
		if (value instanceof LocalDate d) {
			return d;
		}
		if (value instanceof LocalDateTime l) {
			return l.toLocalDate();
		}
		if (value instanceof CharSequence s) {
			String t = s.toString().trim();
			try {
				return LocalDate.parse(t);
			} catch (DateTimeParseException e) {
				Instant utc = parseUtcMinuteOrSecond(t); // the common export forms, with their offset: no exception
				if (utc != null) {
					return LocalDate.ofInstant(utc, zone);
				}
				LocalDateTime local = localDateTimeOrNull(t);
				if (local != null) {
					return local.toLocalDate(); // the day it names, as for a LocalDateTime getter
				}
				try {
					// a date and a date-time without an offset failed above: only one with an offset is left
					// (parseInstant would try the other two again, an exception each)
					return LocalDate.ofInstant(OffsetDateTime.parse(withDateTimeSeparator(t)).toInstant(), zone);
				} catch (DateTimeParseException notADate) {
					throw DataException.wrongType(field, "a date like 2023-03-01", value);
				}
			}
		}
		if (value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant
				|| value instanceof Date) {
			return LocalDate.ofInstant(instant(value, field), zone);
		}
		throw value == null ? DataException.missing(field) : DataException.wrongType(field, "a date like 2023-03-01", value);
	}

	/** A date, or {@code null} when the value is missing. */
	public static LocalDate dateOrNull(Object value, String field, ZoneId zone) {
		return isPresent(value) ? date(value, field, zone) : null;
	}

	/** {@link #date(Object, String, ZoneId)} in UTC. */
	public static LocalDate date(Object value, String field) {
		return date(value, field, ZoneOffset.UTC);
	}

	/** {@link #dateOrNull(Object, String, ZoneId)} in UTC. */
	public static LocalDate dateOrNull(Object value, String field) {
		return dateOrNull(value, field, ZoneOffset.UTC);
	}

	public static LocalTime time(Object value, String field) {
		if (value instanceof LocalTime t) {
			return t;
		}
		if (value instanceof CharSequence s) {
			try {
				return LocalTime.parse(s.toString().trim());
			} catch (DateTimeParseException e) {
				throw DataException.wrongType(field, "a time of day like 09:30", value);
			}
		}
		throw value == null ? DataException.missing(field) : DataException.wrongType(field, "a time of day like 09:30", value);
	}

	/**
	 * A length of time from a {@link Span}, a {@link Duration}, a {@link Period} or text such as {@code 72h},
	 * {@code 1 month} or, in ISO 8601, {@code P2M} or {@code PT72H} ({@link Span#parse}). A period or an ISO text that
	 * mixes months or years with days is a data error, as {@code 1 month + 2 days} is.
	 */
	public static Span span(Object value, String field) {
		if (value instanceof Span s) {
			return s;
		}
		if (value instanceof Duration d) {
			// never the duration itself in the message: it is a value from the data
			if (d.isNegative()) {
				throw negative(field);
			}
			long minutes = d.toMinutes();
			if (!Span.fits(minutes, Span.Unit.MINUTES)) {
				throw tooLong(field);
			}
			if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
				throw notWholeMinutes(field); // rounding would move a deadline without saying so
			}
			return Span.of(minutes, Span.Unit.MINUTES);
		}
		if (value instanceof Period p) {
			return period(p, field);
		}
		if (value instanceof CharSequence s) {
			try {
				return Span.parse(s.toString());
			} catch (Span.Invalid e) {
				// said in the data's words: Span's message for a text that is no span quotes it
				throw switch (e.problem()) {
				case TOO_LONG -> tooLong(field);
				case NEGATIVE -> negative(field);
				case MIXED -> mixed(field);
				case NOT_WHOLE_MINUTES -> notWholeMinutes(field);
				case NOT_A_SPAN -> DataException.wrongType(field, "a length of time like 72h", value);
				};
			}
		}
		throw value == null ? DataException.missing(field) : DataException.wrongType(field, "a length of time like 72h", value);
	}

	/** A {@link Period}: years and months as a calendar span, days as an exact one; both at once cannot be one span. */
	private static Span period(Period p, String field) {
		if (p.isNegative()) {
			throw negative(field);
		}
		long months = p.toTotalMonths();
		if (months != 0 && p.getDays() != 0) {
			throw mixed(field);
		}
		if (months == 0 ? !Span.fits(p.getDays(), Span.Unit.DAYS) : !Span.fits(months, Span.Unit.MONTHS)) {
			throw tooLong(field);
		}
		if (months == 0) {
			return Span.of(p.getDays(), Span.Unit.DAYS);
		}
		return p.getMonths() == 0 ? Span.of(p.getYears(), Span.Unit.YEARS) : Span.of(months, Span.Unit.MONTHS);
	}

	private static DataException negative(String field) {
		return new DataException(field, "'" + field + "' should be a length of time but is negative");
	}

	private static DataException notWholeMinutes(String field) {
		return new DataException(field, "'" + field + "' should be a length of time in whole minutes");
	}

	private static DataException tooLong(String field) {
		return new DataException(field, "'" + field + "' should be a length of time of at most " + Span.MAX_YEARS
				+ " years");
	}

	private static DataException mixed(String field) {
		// the words of Span.plus for '1 month + 2 days' found in data
		return new DataException(field, "'" + field + "' mixes a calendar length of time (months, years) with an exact"
				+ " one (minutes to weeks): how many days a month has depends on the calendar");
	}

	// ------------------------------------------------------------------ values kept in another form

	/** Whole numbers of milliseconds as text: an optional minus sign and at most 18 digits (always fit a long). */
	private static final Pattern MILLIS = Pattern.compile("-?\\d{1,18}");

	/**
	 * The instant of a number of milliseconds since 1970-01-01T00:00Z ({@code createdAt: datetime from epoch millis}),
	 * as a bound {@code long} getter returns it.
	 */
	public static Instant epochMillis(long millis, String field) {
		return Instant.ofEpochMilli(millis);
	}

	/**
	 * The instant of a number of milliseconds since 1970-01-01T00:00Z: a whole number ({@code Long}, {@code Integer},
	 * a {@code Double} without a fraction...), or its digits as text (a CSV cell). A value that already is a date-time
	 * (an {@link Instant}, a {@link Date}, ISO-8601 text, as a scenario gives it) is read by {@link #instant}. A
	 * number with a fraction, or beyond what a {@code long} holds, is a data error that does not quote it.
	 */
	public static Instant epochMillis(Object value, String field) {
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return Instant.ofEpochMilli(((Number) value).longValue());
		}
		if (value instanceof Number n) {
			java.math.BigDecimal exact;
			try {
				exact = n instanceof java.math.BigDecimal b ? b : new java.math.BigDecimal(n.toString());
			} catch (NumberFormatException e) {
				throw DataException.wrongType(field, "a whole number of milliseconds since 1970", value);
			}
			try {
				return Instant.ofEpochMilli(exact.longValueExact());
			} catch (ArithmeticException e) {
				throw DataException.wrongType(field, "a whole number of milliseconds since 1970", value);
			}
		}
		if (value instanceof CharSequence s && MILLIS.matcher(s.toString().trim()).matches()) {
			return Instant.ofEpochMilli(Long.parseLong(s.toString().trim()));
		}
		if (value instanceof CharSequence s && parseInstant(s.toString().trim()) == null) {
			throw DataException.wrongType(field, "a whole number of milliseconds since 1970", value);
		}
		return instant(value, field);
	}

	/** {@link #epochMillis(long, String)}: a primitive is never missing. */
	public static Instant epochMillisOrNull(long millis, String field) {
		return Instant.ofEpochMilli(millis);
	}

	/** {@link #epochMillis(Object, String)}, or {@code null} when the value is missing. */
	public static Instant epochMillisOrNull(Object value, String field) {
		return isPresent(value) ? epochMillis(value, field) : null;
	}

	/**
	 * The entry {@code key} of a map ({@code locale: text from attributes key "locale"}): a {@link Map} a bound getter
	 * returns, or a nested record (a JSON object). A missing map has no entries ({@code null}); anything else than a
	 * map is a data error about {@code mapField}.
	 */
	public static Object entry(Object map, String key, String mapField) {
		if (map == null) {
			return null;
		}
		if (map instanceof Map<?, ?> m) {
			return m.get(key);
		}
		if (map instanceof Record r) {
			return r.get(key);
		}
		throw DataException.wrongType(mapField, "a map of named entries", map);
	}

	/**
	 * The one value of an entry that a map keeps as a list ({@code Map<String, List<String>>}, as Keycloak's
	 * attributes): an empty list is a missing value, a list of one value that value, and a list of several a data
	 * error (a rule reading one value would otherwise pick one silently). Any other value is returned as it is.
	 */
	public static Object single(Object value, String field) {
		if (value instanceof java.util.Collection<?> c) {
			if (c.size() > 1) {
				throw new DataException(field, "'" + field + "' holds " + c.size() + " values where one is expected");
			}
			return c.isEmpty() ? null : c.iterator().next();
		}
		if (value instanceof Object[] array) {
			return single(Arrays.asList(array), field);
		}
		return value;
	}

	/**
	 * A list that may be missing ({@code credentials: list of Credential empty when missing}): no elements for
	 * {@code null}. One overload per kind of collection a bound getter returns, so that generated code keeps its type.
	 */
	public static Object orEmpty(Object list) {
		return list == null ? List.of() : list;
	}

	public static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

	public static <T> Set<T> orEmpty(Set<T> set) {
		return set == null ? Set.of() : set;
	}

	public static <T> java.util.Collection<T> orEmpty(java.util.Collection<T> collection) {
		return collection == null ? List.of() : collection;
	}

	public static <T> Iterable<T> orEmpty(Iterable<T> iterable) {
		return iterable == null ? List.of() : iterable;
	}

	/** An array's elements as a list, none for a {@code null} array. */
	public static <T> List<T> orEmpty(T[] array) {
		return array == null ? List.of() : Arrays.asList(array);
	}

	// ------------------------------------------------------------------ records and lists

	/** The elements of a list value (a {@link Iterable} or an array). */
	public static Iterable<?> list(Object value, String field) {
		if (value instanceof Iterable<?> it) {
			return it;
		}
		if (value instanceof Object[] array) {
			return Arrays.asList(array);
		}
		throw value == null ? DataException.missing(field) : DataException.wrongType(field, "a list", value);
	}

	/** The number of elements of a list value. */
	public static int size(Object value, String field) {
		if (value instanceof java.util.Collection<?> c) {
			return c.size();
		}
		int n = 0;
		for (Object ignored : list(value, field)) {
			n++;
		}
		return n;
	}

	/** A nested record: a {@link Record} or a {@link Map}. */
	@SuppressWarnings("unchecked")
	public static Record record(Object value, String field) {
		if (value instanceof Record r) {
			return r;
		}
		if (value instanceof Map<?, ?> m) {
			return Record.of((Map<String, ?>) m);
		}
		throw value == null ? DataException.missing(field) : DataException.wrongType(field, "a record", value);
	}

	/** Whether a value is a single value (text, a number, a date...), not a record nor a list of values. */
	public static boolean isSingle(Object value) {
		return !(value instanceof Map<?, ?> || value instanceof Record || value instanceof Iterable<?>
				|| value != null && value.getClass().isArray());
	}

	/**
	 * The record a reference names: the value itself when the data nests it, otherwise the record of {@code entity}
	 * whose key is the value, found through the context's lookup.
	 */
	public static Record resolve(Context ctx, String entity, Object value, String field) {
		if (value instanceof Record || value instanceof Map<?, ?>) {
			return record(value, field);
		}
		String key = key(require(value, field));
		if (key == null) {
			throw DataException.wrongType(field, "a key or a record", value);
		}
		Record found = ctx.lookup().find(entity, key);
		if (found == null) {
			// the key is not quoted: it may be personal data (an email address as a key)
			throw new DataException(field, "'" + field + "' refers to a " + entity + " that is not in the data");
		}
		return found;
	}

	/**
	 * The key, as text, of the record a reference names, for an explanation: the value itself when it is a key, the
	 * record's {@code keyField} when the data nests the record; {@code null} when missing. Never the nested record,
	 * whose text would be all its fields, personal ones unmasked.
	 */
	public static String referencedKey(Object value, String keyField) {
		if (value instanceof Record || value instanceof Map<?, ?>) {
			return key(record(value, keyField).get(keyField));
		}
		return key(value);
	}

	/** The records of {@code entity} that refer to the record with key {@code key} through {@code via}. */
	public static List<Record> referencing(Context ctx, String entity, String via, Object key, String field) {
		String text = key(key);
		if (!isPresent(text)) {
			throw new DataException(field, "'" + field + "' cannot be found: the record has no key");
		}
		return ctx.lookup().referencing(entity, via, text);
	}

	/**
	 * The records of {@code entity} whose field {@code field} holds {@code value} ({@code list of E sharing f}): none
	 * when the value is missing. {@code kind} is the shared fields' type ({@code text}, {@code number},
	 * {@code datetime}...), so that values are matched as values of that type (see {@link #sharedKey}).
	 */
	public static List<Record> sharing(Context ctx, String entity, String field, Object value, String kind,
			String path) {
		String key = sharedKey(value, kind, path);
		return key == null ? List.of() : ctx.lookup().referencing(entity, field, key);
	}

	/**
	 * A shared value as the text look-ups index it by, {@code null} when missing: a value of the field's type in one
	 * form, so that {@code 42}, {@code 42.0} and the text {@code "42"} are one number, and
	 * {@code 2024-03-01T10:00Z} and {@code 2024-03-01T11:00:00+01:00} one instant; texts and enumeration values as
	 * they are ({@link #key}). A data error for a list, a record, or a value that is not of the type.
	 */
	public static String sharedKey(Object value, String kind, String field) {
		if (!isPresent(value)) {
			return null;
		}
		if (!isSingle(value)) {
			throw DataException.wrongType(field, "a single value", value);
		}
		return switch (kind) {
			case "number" -> {
				double d = number(value, field);
				yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
			}
			case "datetime" -> instant(value, field).toString();
			case "date" -> date(value, field).toString();
			case "time" -> time(value, field).toString();
			case "boolean" -> Boolean.toString(bool(value, field));
			default -> key(value);
		};
	}

	/**
	 * Whether two references name the same record: the same key (see {@link #referencedKey}); a data error when
	 * either is missing.
	 */
	public static boolean sameKey(Object left, Object right, String leftField, String rightField) {
		String a = key(left);
		String b = key(right);
		if (!isPresent(a)) {
			throw DataException.missing(leftField);
		}
		if (!isPresent(b)) {
			throw DataException.missing(rightField);
		}
		return a.equals(b);
	}

	/** {@link #key(Object)} of a key read as text (a typed getter): the text itself, {@code null} when missing. */
	public static String key(String value) {
		return value;
	}

	/**
	 * A key as text: integral numbers without a decimal point; {@code null} for a missing value, and for a record or
	 * a list, which are no key (their text would be their whole content, personal data included).
	 */
	public static String key(Object value) {
		if (value == null || !isSingle(value)) {
			return null;
		}
		if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			if (d == Math.rint(d) && Math.abs(d) < 1e15) {
				return Long.toString((long) d);
			}
		}
		return value instanceof Enum<?> e ? e.name() : value.toString();
	}

	/**
	 * The field paths of a finding about one element of a list: {@code recipients[].toldAt} becomes
	 * {@code recipients[2].toldAt} for the element at {@code index} (from 0, as in Java).
	 */
	public static List<String> atIndex(List<String> paths, String listPath, int index) {
		String indexed = listPath.substring(0, listPath.length() - 2) + "[" + index + "]";
		List<String> result = new java.util.ArrayList<>(paths.size());
		for (String path : paths) {
			result.add(path.startsWith(listPath) ? indexed + path.substring(listPath.length()) : path);
		}
		return result;
	}

	/**
	 * A field required only in some records ({@code selection: text required when purpose = TRAINING}): a data error
	 * when it is missing and {@code condition} holds; otherwise a missing value is an optional one.
	 */
	public static void requireWhen(Object value, String field, boolean condition, String when) {
		if (condition && !isPresent(value)) {
			throw new DataException(field, "'" + field + "' is missing, and it is required when " + when);
		}
	}

	/**
	 * Whether a value is there and is (or, with {@code equal} false, is not) {@code expected}: an enumeration value's
	 * name, a text, or {@code true} / {@code false}. A missing value makes no condition hold.
	 */
	public static boolean holds(Object value, String expected, boolean equal) {
		if (!isPresent(value)) {
			return false;
		}
		String name = value instanceof Enum<?> e ? e.name() : value.toString();
		return name.equals(expected) == equal;
	}
}
