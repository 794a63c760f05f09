package org.privacy.dsl.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule files compiled together, as the fuzzer feeds them to the compiler: a seed from the repository, a mutant of one,
 * or a generated set. {@code origin} says where it came from, for failure reports.
 */
record RuleSet(String origin, List<RuleFile> files) {

	/** One file of a set: a name ending in {@code .privacy} and its text. */
	record RuleFile(String name, String text) {
	}

	RuleSet {
		files = List.copyOf(files);
	}

	static RuleSet single(String origin, String text) {
		return new RuleSet(origin, List.of(new RuleFile("rules.privacy", text)));
	}

	/** This set with the text of file {@code index} replaced. */
	RuleSet withText(int index, String text, String change) {
		List<RuleFile> changed = new ArrayList<>(files);
		changed.set(index, new RuleFile(files.get(index).name(), text));
		return new RuleSet(origin + " " + change, changed);
	}

	int size() {
		return files.stream().mapToInt(f -> f.text().length()).sum();
	}
}
