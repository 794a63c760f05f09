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
				if (start == 0 || code.charAt(start - 1) != '.') {
					names.add(code.substring(start, i));
				}
			} else {
				i++;
			}
		}
		return names;
	}
}
