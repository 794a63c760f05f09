package org.privacy.runtime;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Values a deployment gives to a policy's parameters ({@code parameter grace = 30 days}), as text; a parameter that is
 * not given keeps the default the rule file declares. Read once, when a validator is created.
 */
public final class Parameters implements Serializable {
	private static final long serialVersionUID = 1L;
	private static final Parameters NONE = new Parameters(Map.of());

	private final TreeMap<String, String> values;

	private Parameters(Map<String, String> values) {
		this.values = new TreeMap<>(values);
	}

	/** No overrides: every parameter keeps its default. */
	public static Parameters none() {
		return NONE;
	}

	public static Parameters of(Map<String, String> values) {
		return new Parameters(values);
	}

	/** The names given here that are not among {@code known}, so a caller can report a misspelt override. */
	public Set<String> unknown(Set<String> known) {
		Set<String> unknown = new TreeSet<>(values.keySet());
		unknown.removeAll(known);
		return unknown;
	}

	public Span span(String name, Span defaultValue) {
		String v = values.get(name);
		try {
			return v == null ? defaultValue : Span.parse(v);
		} catch (Span.Invalid e) {
			throw invalid(name, v, switch (e.problem()) {
			case TOO_LONG -> "a length of time of at most " + Span.MAX_YEARS + " years";
			case MIXED -> "a length of time in months and years or in weeks, days, hours and minutes, not both";
			case NEGATIVE -> "a length of time that is not negative";
			case NOT_WHOLE_MINUTES -> "a length of time in whole minutes";
			case NOT_A_SPAN -> "a length of time like 72h, 30 days or 1 month";
			});
		}
	}

	public double number(String name, double defaultValue) {
		String v = values.get(name);
		if (v == null) {
			return defaultValue;
		}
		Double d = Values.parseNumber(v);
		if (d == null) {
			throw invalid(name, v, "a number");
		}
		return d;
	}

	public boolean bool(String name, boolean defaultValue) {
		String v = values.get(name);
		if (v == null) {
			return defaultValue;
		}
		if (v.trim().equalsIgnoreCase("true") || v.trim().equalsIgnoreCase("false")) {
			return Boolean.parseBoolean(v.trim());
		}
		throw invalid(name, v, "true or false");
	}

	public String text(String name, String defaultValue) {
		return values.getOrDefault(name, defaultValue);
	}

	/** A list of texts, given as {@code "a, b, c"} (each element trimmed; no element may hold a comma). */
	public java.util.List<String> texts(String name, java.util.List<String> defaultValue) {
		String v = values.get(name);
		return v == null ? defaultValue : elements(v);
	}

	/** A list of values of an enumeration, given as {@code "audits, security"}; each must be one of {@code allowed}. */
	public java.util.List<String> names(String name, java.util.List<String> defaultValue, Set<String> allowed) {
		String v = values.get(name);
		if (v == null) {
			return defaultValue;
		}
		java.util.List<String> list = elements(v);
		for (String element : list) {
			if (!allowed.contains(element)) {
				throw invalid(name, v, "a list of " + String.join(", ", new TreeSet<>(allowed)));
			}
		}
		return list;
	}

	/** A list of numbers, given as {@code "1, 2.5, 10"}. */
	public java.util.List<Double> numbers(String name, java.util.List<Double> defaultValue) {
		String v = values.get(name);
		if (v == null) {
			return defaultValue;
		}
		java.util.List<Double> list = new java.util.ArrayList<>();
		for (String element : elements(v)) {
			Double d = Values.parseNumber(element);
			if (d == null) {
				throw invalid(name, v, "a list of numbers like 1, 2.5, 10");
			}
			list.add(d);
		}
		return java.util.List.copyOf(list);
	}

	/** A list of dates, given as {@code "2024-05-01, 2024-12-25"}. */
	public java.util.List<java.time.LocalDate> dates(String name, java.util.List<java.time.LocalDate> defaultValue) {
		String v = values.get(name);
		if (v == null) {
			return defaultValue;
		}
		java.util.List<java.time.LocalDate> list = new java.util.ArrayList<>();
		for (String element : elements(v)) {
			try {
				list.add(java.time.LocalDate.parse(element));
			} catch (java.time.DateTimeException e) {
				throw invalid(name, v, "a list of dates like 2024-05-01, 2024-12-25");
			}
		}
		return java.util.List.copyOf(list);
	}

	private static java.util.List<String> elements(String text) {
		if (text.isBlank()) {
			return java.util.List.of();
		}
		return java.util.Arrays.stream(text.split(",", -1)).map(String::trim).toList();
	}

	private static IllegalArgumentException invalid(String name, String value, String expected) {
		return new IllegalArgumentException("parameter '" + name + "' should be " + expected + ", not \"" + value + "\"");
	}
}
