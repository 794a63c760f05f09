package org.privacy.dsl.ide.navigation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A workspace symbol query: every word of it must appear in a symbol's label, in any case and order. */
final class SymbolQuery {
	private final List<String> words;

	SymbolQuery(String query) {
		String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
		words = q.isEmpty() ? List.of() : Arrays.asList(q.split("\\s+"));
	}

	boolean matches(String label) {
		String l = label.toLowerCase(Locale.ROOT);
		return words.stream().allMatch(l::contains);
	}
}
