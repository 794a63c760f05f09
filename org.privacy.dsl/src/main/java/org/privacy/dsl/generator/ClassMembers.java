package org.privacy.dsl.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constants and helper methods a policy class accumulates while its rules are compiled. Names are derived from
 * content and first use, so the same rules always give the same class.
 */
final class ClassMembers {
	private final Map<String, String> constantByInit = new HashMap<>();
	private final LinkedHashMap<String, String> constants = new LinkedHashMap<>();
	private final Map<String, String> helperByKey = new HashMap<>();
	private final List<String> helpers = new ArrayList<>();
	private final Map<String, Integer> counters = new HashMap<>();
	private final java.util.TreeMap<String, org.privacy.dsl.privacy.Parameter> parameters = new java.util.TreeMap<>();

	private final Map<String, Integer> termNumbers = new HashMap<>();

	/** The number of a term in the rule's {@code TermMemo}: 0, 1, 2... in order of first use. */
	int termNumber(String termName) {
		return termNumbers.computeIfAbsent(termName, k -> termNumbers.size());
	}

	/** Records that generated code reads a parameter, which the class then declares and initialises. */
	void useParameter(org.privacy.dsl.privacy.Parameter parameter) {
		parameters.putIfAbsent(parameter.getName(), parameter);
	}

	/** The parameters generated code reads, by name. */
	List<org.privacy.dsl.privacy.Parameter> parameters() {
		return new ArrayList<>(parameters.values());
	}

	/** A {@code private static final} constant with this type and initialiser; the same initialiser, the same name. */
	String constant(String preferredName, String type, String init) {
		String key = type + " = " + init;
		String existing = constantByInit.get(key);
		if (existing != null) {
			return existing;
		}
		String name = preferredName;
		for (int i = 2; constants.containsKey(name); i++) {
			name = preferredName + "_" + i;
		}
		constants.put(name, "private static final " + type + " " + name + " = " + init + ";");
		constantByInit.put(key, name);
		return name;
	}

	/** A fresh name for a helper method, {@code prefix1}, {@code prefix2}, ... */
	String freshName(String prefix) {
		int n = counters.merge(prefix, 1, Integer::sum);
		return prefix + n;
	}

	/** Whether a helper with this key (e.g. a term's method) was already added. */
	boolean hasHelper(String key) {
		return helperByKey.containsKey(key);
	}

	void helper(String key, String source) {
		if (helperByKey.putIfAbsent(key, source) == null) {
			helpers.add(source);
		}
	}

	/** Fills in a helper reserved earlier with {@link #helper(String, String)}, keeping its place in the class. */
	void replaceHelper(String key, String source) {
		String old = helperByKey.put(key, source);
		int index = old == null ? -1 : helpers.indexOf(old);
		if (index < 0) {
			helpers.add(source);
		} else {
			helpers.set(index, source);
		}
	}

	List<String> constants() {
		return new ArrayList<>(constants.values());
	}

	/** The helper methods, one indentation level less than written (the class template indents them). */
	List<String> helpers() {
		List<String> result = new ArrayList<>();
		for (String h : helpers) {
			result.add(h.replaceAll("(?m)^\t", "").stripTrailing());
		}
		return result;
	}
}
