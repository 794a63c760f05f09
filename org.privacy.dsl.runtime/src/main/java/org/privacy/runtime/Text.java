package org.privacy.runtime;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats values for explanations. */
public final class Text {
	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private Text() {
	}

	/** A value as a report shows it: instants in UTC to the minute, whole numbers without decimals. */
	public static String format(Object value) {
		if (value == null) {
			return "(missing)";
		}
		if (value instanceof Instant i) {
			return (i.getEpochSecond() % 60 == 0 && i.getNano() == 0 ? MINUTES : SECONDS).format(i);
		}
		if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			if (d == Math.rint(d) && Math.abs(d) < 1e15) {
				return Long.toString((long) d);
			}
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		return value.toString();
	}

	/** At most {@code max} characters, with an ellipsis when cut. */
	public static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max) + "…";
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
