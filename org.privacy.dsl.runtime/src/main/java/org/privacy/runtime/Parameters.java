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
		} catch (IllegalArgumentException e) {
			throw invalid(name, v, Span.TOO_LONG.equals(e.getMessage())
					? "a length of time of at most " + Span.MAX_YEARS + " years"
					: "a length of time like 72h, 30 days or 1 month");
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

	private static IllegalArgumentException invalid(String name, String value, String expected) {
		return new IllegalArgumentException("parameter '" + name + "' should be " + expected + ", not \"" + value + "\"");
	}
}
