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
	/** The helper methods by key, in the order their places were taken. */
	private final LinkedHashMap<String, String> helperByKey = new LinkedHashMap<>();
	private final java.util.TreeMap<String, org.privacy.dsl.privacy.Parameter> parameters = new java.util.TreeMap<>();

	private final Map<String, Integer> termNumbers = new HashMap<>();
	private final java.util.Set<String> tracking = new java.util.HashSet<>();

	/** Whether the helper with this key (a term's method) remembers the element of a list that decides it. */
	boolean tracksElements(String key) {
		return tracking.contains(key);
	}

	/** Records, once its method is compiled, whether the helper with this key remembers such an element. */
	void tracksElements(String key, boolean remembers) {
		if (remembers) {
			tracking.add(key);
		}
	}

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

	/**
	 * A fresh name for a helper method, named after what it tests ({@code everyCredentials}); the next helper that
	 * would take the same name gets {@code everyCredentials2}, {@code everyCredentials3}...
	 */
	String freshName(String name) {
		String candidate = name;
		for (int n = 2; !helperNames.add(candidate); n++) {
			candidate = name + n;
		}
		return candidate;
	}

	private final java.util.Set<String> helperNames = new java.util.HashSet<>();

	/** Whether a helper with this key (e.g. a term's method) was already added. */
	boolean hasHelper(String key) {
		return helperByKey.containsKey(key);
	}

	/** The names of the helpers added from plans, by their plan under no name. */
	private final Map<HelperPlan, String> helperByPlan = new HashMap<>();

	/**
	 * Adds the helper method a plan describes, under its name, and returns that name; when a helper with the same
	 * plan under another name exists (the same {@code latest of} in two rules), no method is added: its name is
	 * returned, and the name the plan took is free again.
	 */
	String helper(HelperPlan plan) {
		String same = helperByPlan.putIfAbsent(plan.named(""), plan.name());
		if (same != null) {
			helperNames.remove(plan.name());
			return same;
		}
		helper(plan.name(), HelperTemplates.render(plan));
		return plan.name();
	}

	/** Reserves the place of a helper with this key, filled in later by {@link #replaceHelper}. */
	void reserveHelper(String key) {
		helper(key, "");
	}

	private void helper(String key, String source) {
		helperByKey.putIfAbsent(key, source);
	}

	/**
	 * Fills in a helper reserved earlier with {@link #reserveHelper}, keeping its place in the class: a term's
	 * method stays before the methods of the terms its condition uses, which were reserved after it.
	 */
	void replaceHelper(String key, HelperPlan plan) {
		helperByKey.put(key, HelperTemplates.render(plan));
	}

	/**
	 * The declarations of the constants that the pieces of {@code code} name, directly or through other constants, in
	 * the order they were made: a value the rules compiled but the code no longer reads (a read kept in a local) is
	 * left out.
	 */
	List<String> constantsUsedIn(Iterable<String> code) {
		java.util.Set<String> used = new java.util.HashSet<>();
		java.util.Deque<String> names = new java.util.ArrayDeque<>();
		JavaImports.Wanted wanted = new JavaImports.Wanted(constants.keySet());
		// each piece on its own: pieces are whole statements or methods, so no literal or comment runs into the next
		for (String piece : code) {
			names.addAll(wanted.in(piece));
		}
		while (!names.isEmpty()) {
			String name = names.pop();
			String declaration = constants.get(name);
			if (declaration != null && used.add(name)) {
				names.addAll(wanted.in(declaration.substring(declaration.indexOf(" = ") + 3)));
			}
		}
		List<String> result = new ArrayList<>();
		constants.forEach((name, declaration) -> {
			if (used.contains(name)) {
				result.add(declaration);
			}
		});
		return result;
	}

	/** The helper methods, at the class's member level (the class template indents them). */
	List<String> helpers() {
		List<String> result = new ArrayList<>();
		for (String h : helperByKey.values()) {
			result.add(h.stripTrailing());
		}
		return result;
	}
}
