package org.privacy.runtime;

import java.math.BigDecimal;

/**
 * Lengths of time written in ISO 8601 ({@code PnYnMnWnDTnHnMnS}), as data exports write them, read into a
 * {@link Span}. A span has one unit, so a length is kept in the unit that states it exactly: years or months for
 * calendar lengths ({@code P1Y2M} is 14 months), the coarsest of the written units that holds it whole for exact ones
 * ({@code PT72H} is 72h, {@code P1DT2H} is 26h, {@code PT1H30M} is 90 minutes, {@code PT0.5H} is 30 minutes,
 * {@code PT120S} is 2 minutes). Months and days do not add up without a calendar, so {@code P1M2D} is refused as
 * {@code 1 month + 2 days} is.
 */
final class IsoSpans {
	/** Longer texts are not lengths of time anyone exports; refusing them bounds the work on hostile data. */
	private static final int MAX_LENGTH = 100;

	private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);
	private static final BigDecimal MAX_MONTHS = BigDecimal.valueOf(Span.MAX_YEARS * 12);
	private static final BigDecimal SECONDS_A_MINUTE = BigDecimal.valueOf(60);

	/** The designators in the order ISO 8601 writes them; minutes come after 'T', months before. */
	private enum Designator {
		YEARS('y', 0, Span.Unit.YEARS), MONTHS('m', 0, Span.Unit.MONTHS), WEEKS('w', 7 * 86_400, Span.Unit.WEEKS),
		DAYS('d', 86_400, Span.Unit.DAYS), HOURS('h', 3_600, Span.Unit.HOURS), MINUTES('m', 60, Span.Unit.MINUTES),
		SECONDS('s', 1, null);

		final char letter;
		/** Seconds in one, for the exact units; 0 for the calendar ones. */
		final long seconds;
		/** The unit of a span that counts these; {@code null} for seconds, which a span keeps in minutes. */
		final Span.Unit unit;

		Designator(char letter, long seconds, Span.Unit unit) {
			this.letter = letter;
			this.seconds = seconds;
			this.unit = unit;
		}

		boolean calendar() {
			return seconds == 0;
		}

		boolean afterTime() {
			return ordinal() >= HOURS.ordinal();
		}
	}

	/** The designators, once: {@code values()} copies its array on every call. */
	private static final Designator[] DESIGNATORS = Designator.values();

	private IsoSpans() {
	}

	/** Whether lower-cased, trimmed text is meant as ISO 8601: {@code p...}, or signed, {@code -p...}. */
	static boolean looksIso(String t) {
		return t.startsWith("p") || t.startsWith("-p") || t.startsWith("+p");
	}

	/**
	 * The span {@code t} (lower-cased, trimmed) states; {@code text} as given, for the message.
	 *
	 * @throws Span.Invalid with {@link Span#NEGATIVE}, {@link Span#MIXED}, {@link Span#NOT_WHOLE_MINUTES},
	 *                      {@link Span#TOO_LONG} or a "not a length of time" message, and the {@link Span.Problem}
	 */
	static Span parse(String text, String t) {
		if (t.length() > MAX_LENGTH) {
			throw Span.notASpan(text);
		}
		int i = 0;
		boolean negative = false;
		if (t.charAt(0) == '-' || t.charAt(0) == '+') {
			negative = t.charAt(0) == '-';
			i++;
		}
		i++; // the 'p'
		BigDecimal months = BigDecimal.ZERO;
		BigDecimal seconds = BigDecimal.ZERO;
		boolean monthsWritten = false;
		Designator finest = null;
		int components = 0;
		boolean inTime = false;
		boolean fractionSeen = false;
		int next = 0; // the first designator still allowed here
		while (i < t.length()) {
			if (t.charAt(i) == 't') {
				if (inTime || i + 1 >= t.length()) {
					throw Span.notASpan(text); // a second 'T', or a 'T' with nothing after it
				}
				inTime = true;
				next = Math.max(next, Designator.HOURS.ordinal());
				i++;
				continue;
			}
			if (fractionSeen) {
				throw Span.notASpan(text); // ISO allows a fraction on the last component only
			}
			if (t.charAt(i) == '-' || t.charAt(i) == '+') {
				negative |= t.charAt(i) == '-'; // java.time writes P-2M
				i++;
			}
			int digits = i;
			while (i < t.length() && isDigit(t.charAt(i))) {
				i++;
			}
			if (i == digits) {
				throw Span.notASpan(text);
			}
			String number = t.substring(digits, i);
			if (i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ',')) {
				int fraction = ++i;
				while (i < t.length() && isDigit(t.charAt(i))) {
					i++;
				}
				if (i == fraction) {
					throw Span.notASpan(text);
				}
				number = number + "." + t.substring(fraction, i);
				fractionSeen = true;
			}
			if (i >= t.length()) {
				throw Span.notASpan(text); // a number without its designator
			}
			Designator designator = designator(t.charAt(i), inTime, next);
			if (designator == null) {
				throw Span.notASpan(text);
			}
			i++;
			next = designator.ordinal() + 1;
			components++;
			BigDecimal amount = new BigDecimal(number);
			if (designator.calendar()) {
				if (fractionSeen) {
					throw Span.notASpan(text); // no part of a month is a fixed length
				}
				monthsWritten |= designator == Designator.MONTHS;
				months = months.add(designator == Designator.YEARS ? amount.multiply(MONTHS_A_YEAR) : amount);
			} else {
				finest = designator;
				seconds = seconds.add(amount.multiply(BigDecimal.valueOf(designator.seconds)));
			}
		}
		if (components == 0) {
			throw Span.notASpan(text);
		}
		// -P0D is no length at all rather than a negative one
		if (negative && (months.signum() != 0 || seconds.signum() != 0)) {
			throw new Span.Invalid(Span.Problem.NEGATIVE);
		}
		if (months.signum() != 0 && seconds.signum() != 0) {
			throw new Span.Invalid(Span.Problem.MIXED);
		}
		if (months.signum() != 0 || finest == null) {
			if (months.compareTo(MAX_MONTHS) > 0) {
				throw new Span.Invalid(Span.Problem.TOO_LONG);
			}
			long total = months.longValueExact();
			return monthsWritten ? Span.of(total, Span.Unit.MONTHS) : Span.of(total / 12, Span.Unit.YEARS);
		}
		BigDecimal[] minutes = seconds.divideAndRemainder(SECONDS_A_MINUTE);
		if (minutes[1].signum() != 0) {
			throw new Span.Invalid(Span.Problem.NOT_WHOLE_MINUTES);
		}
		if (minutes[0].compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 60)) > 0
				|| !Span.fits(minutes[0].longValueExact(), Span.Unit.MINUTES)) {
			throw new Span.Invalid(Span.Problem.TOO_LONG);
		}
		return exact(minutes[0].longValueExact(), finest);
	}

	/** ASCII digits only: ISO 8601 writes no other. */
	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** The designator {@code letter} names at this place, or {@code null} if none may stand here. */
	private static Designator designator(char letter, boolean inTime, int next) {
		for (Designator d : DESIGNATORS) {
			if (d.letter == letter && d.afterTime() == inTime && d.ordinal() >= next) {
				return d;
			}
		}
		return null;
	}

	/** {@code minutes} in the coarsest unit, no coarser than the finest one written, that holds them whole. */
	private static Span exact(long minutes, Designator finest) {
		// a length written in seconds is kept in minutes, the finest unit of a span
		for (int d = Math.min(finest.ordinal(), Designator.MINUTES.ordinal()); d <= Designator.MINUTES.ordinal(); d++) {
			long size = DESIGNATORS[d].seconds / 60;
			if (minutes % size == 0) {
				return Span.of(minutes / size, DESIGNATORS[d].unit);
			}
		}
		throw new AssertionError("every whole number of minutes is a number of minutes");
	}
}
