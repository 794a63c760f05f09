package org.privacy.dsl.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The imports a generated class needs: of the classes generated code may name by their simple name, those its code
 * names (not its comments or string literals), so that no import is unused.
 */
final class JavaImports {

	/** The classes of the Java platform generated code names by their simple name. */
	static final List<String> PLATFORM = List.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalTime",
			"java.time.ZoneId", "java.util.ArrayList", "java.util.List", "java.util.Optional", "java.util.Set");

	/** The classes of the runtime generated code names by their simple name. */
	static final List<String> RUNTIME = List.of("org.privacy.runtime.Context", "org.privacy.runtime.DataException",
			"org.privacy.runtime.DataModel", "org.privacy.runtime.Deadlines", "org.privacy.runtime.Due",
			"org.privacy.runtime.Explanations", "org.privacy.runtime.Finding", "org.privacy.runtime.FindingSink",
			"org.privacy.runtime.FirstViolation", "org.privacy.runtime.Parameters", "org.privacy.runtime.Policy",
			"org.privacy.runtime.Record", "org.privacy.runtime.RecordPolicy", "org.privacy.runtime.RuleInfo",
			"org.privacy.runtime.Sentences", "org.privacy.runtime.Severity", "org.privacy.runtime.Span",
			"org.privacy.runtime.Status", "org.privacy.runtime.TermMemo", "org.privacy.runtime.Times",
			"org.privacy.runtime.Values");

	/** The simple names of {@link #PLATFORM} and {@link #RUNTIME}: the identifiers that decide the imports. */
	static final Set<String> SIMPLE_NAMES = java.util.stream.Stream.concat(PLATFORM.stream(), RUNTIME.stream())
			.map(name -> name.substring(name.lastIndexOf('.') + 1))
			.collect(java.util.stream.Collectors.toUnmodifiableSet());

	private JavaImports() {
	}

	/**
	 * Of {@code candidates} (qualified names), in their order, those whose simple name is one of {@code names}, the
	 * {@link #identifiers} of the code.
	 */
	static List<String> used(Set<String> names, List<String> candidates) {
		List<String> used = new ArrayList<>();
		for (String candidate : candidates) {
			if (names.contains(candidate.substring(candidate.lastIndexOf('.') + 1))) {
				used.add(candidate);
			}
		}
		return used;
	}

	/** The identifiers of Java source not after a dot, outside comments and string and character literals. */
	static Set<String> identifiers(String code) {
		return identifiers(code, null);
	}

	/**
	 * Of {@code wanted} (all when null), the {@link #identifiers(String) identifiers} of Java source: only names that
	 * could be wanted (first character and length) are made strings, as generated classes run to millions of
	 * characters.
	 */
	static Set<String> identifiers(String code, Set<String> wanted) {
		return scan(code, wanted == null ? null : new Wanted(wanted));
	}

	private static Set<String> scan(String code, Wanted wanted) {
		Set<String> names = new HashSet<>();
		int i = 0;
		int n = code.length();
		while (i < n) {
			char c = code.charAt(i);
			if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
				int end = code.indexOf('\n', i);
				i = end < 0 ? n : end;
			} else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
				int end = code.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
			} else if (c == '"' || c == '\'') {
				i++;
				while (i < n && code.charAt(i) != c) {
					i += code.charAt(i) == '\\' ? 2 : 1;
				}
				i++;
			} else if (Character.isJavaIdentifierStart(c)) {
				int start = i;
				while (i < n && Character.isJavaIdentifierPart(code.charAt(i))) {
					i++;
				}
				// a name after a dot is a member or part of a qualified name, which needs no import
				if ((start == 0 || code.charAt(start - 1) != '.')
						&& (wanted == null || wanted.mayBe(code.charAt(start), i - start))) {
					String name = code.substring(start, i);
					if (wanted == null || wanted.names.contains(name)) {
						names.add(name);
					}
				}
			} else {
				i++;
			}
		}
		return names;
	}

	/**
	 * A set of names to find in code, prepared once for many pieces of code: what its names start with and how long
	 * they are, to skip the identifiers that cannot be one.
	 */
	static final class Wanted {
		private final Set<String> names;
		private final boolean[] firstAscii = new boolean[128];
		private final boolean otherFirst;
		private final java.util.BitSet lengths = new java.util.BitSet();

		Wanted(Set<String> names) {
			this.names = names;
			boolean other = false;
			for (String name : names) {
				if (name.isEmpty()) {
					continue;
				}
				char first = name.charAt(0);
				if (first < 128) {
					firstAscii[first] = true;
				} else {
					other = true;
				}
				lengths.set(name.length());
			}
			otherFirst = other;
		}

		/** The {@link JavaImports#identifiers(String) identifiers} of {@code code} that are wanted. */
		Set<String> in(String code) {
			return scan(code, this);
		}

		private boolean mayBe(char first, int length) {
			return (first < 128 ? firstAscii[first] : otherFirst) && lengths.get(length);
		}
	}
}
