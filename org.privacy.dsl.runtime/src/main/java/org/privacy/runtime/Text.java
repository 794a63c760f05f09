package org.privacy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Formats values for explanations. */
public final class Text {
	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private static final String OUT_OF_RANGE = "(a number out of range)";

	private Text() {
	}

	/**
	 * A value as a report shows it: instants in UTC to the minute, whole numbers without decimals. A record or a list
	 * is named, not shown: its text would be its whole content, with personal data no mask would cover.
	 */
	public static String format(Object value) {
		if (value == null) {
			return "(missing)";
		}
		if (!Values.isSingle(value)) {
			return value instanceof Map<?, ?> || value instanceof Record ? "(a record)" : "(a list)";
		}
		if (value instanceof Instant i) {
			return (i.getEpochSecond() % 60 == 0 && i.getNano() == 0 ? MINUTES : SECONDS).format(i);
		}
		if (value instanceof Double || value instanceof Float) {
			return number((Number) value);
		}
		if (value instanceof BigDecimal || value instanceof BigInteger) {
			return exact((Number) value);
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		return value.toString();
	}

	/** A {@code double} or a {@code float}: whole numbers below 10<sup>15</sup> without decimals. */
	private static String number(Number n) {
		double d = n.doubleValue();
		if (!Double.isFinite(d)) {
			return OUT_OF_RANGE;
		}
		if (d == Math.rint(d) && Math.abs(d) < 1e15) {
			return Long.toString((long) d);
		}
		return n.toString();
	}

	/**
	 * A number read exactly from the data: as written when it has no more digits than a {@code double} holds, else as
	 * the {@code double} rules compared ({@link Values#number}), so that a number of a thousand digits takes a few
	 * characters and shows no more precision than was compared.
	 */
	private static String exact(Number n) {
		double d = n.doubleValue();
		BigDecimal exact = n instanceof BigDecimal b ? b : new BigDecimal((BigInteger) n);
		if (!Double.isFinite(d) || d == 0 && exact.signum() != 0) {
			return OUT_OF_RANGE;
		}
		return exact.precision() <= 17 && Math.abs(exact.scale()) <= 20 ? exact.toString() : number(d);
	}

	/** At most {@code max} characters, with an ellipsis when cut. */
	public static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max) + "…";
	}

	/** The text with its first letter in upper case: {@code Saturday}. */
	public static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** An entity name as words: {@code SecurityIncident} becomes {@code security incident}. */
	public static String humanize(String name) {
		StringBuilder b = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))
					&& name.charAt(i - 1) != '_') {
				b.append(' ');
			}
			b.append(c == '_' ? ' ' : Character.toLowerCase(c));
		}
		return b.toString();
	}
}
