package org.privacy.dsl.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The corpus cases the compiler does not handle yet, from {@code known-gaps.txt}: one line per case,
 * {@code <case>: <reason>}, where the case is a path under the corpus folder, or {@code messages of <case>: <reason>}
 * for a case whose diagnostics are right but whose messages break the style rules; {@code #} starts a comment. The
 * runner still runs these cases and reports them as skipped while they fail, and as failures once they pass, so that
 * the list only ever names real gaps.
 */
final class KnownGaps {

	static final String FILE_NAME = "known-gaps.txt";

	private static final String MESSAGES_OF = "messages of ";

	private final Map<String, String> reasons;

	private KnownGaps(Map<String, String> reasons) {
		this.reasons = reasons;
	}

	static KnownGaps load(Path corpus) {
		Path file = corpus.resolve(FILE_NAME);
		Map<String, String> reasons = new LinkedHashMap<>();
		if (!Files.exists(file)) {
			return new KnownGaps(reasons);
		}
		try {
			int number = 0;
			for (String line : Files.readAllLines(file)) {
				number++;
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				int colon = text.indexOf(": ");
				if (colon < 0) {
					throw new IllegalArgumentException(FILE_NAME + ":" + number + ": write '<case>: <reason>', not '"
							+ text + "'");
				}
				String previous = reasons.put(text.substring(0, colon).strip(), text.substring(colon + 2).strip());
				if (previous != null) {
					throw new IllegalArgumentException(FILE_NAME + ":" + number + ": '" + text.substring(0, colon)
							+ "' is listed twice");
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new KnownGaps(reasons);
	}

	/** Why a case does not give the diagnostics it should. */
	Optional<String> reason(CorpusCase c) {
		return Optional.ofNullable(reasons.get(c.name()));
	}

	/** Why the messages of a case break the style rules. */
	Optional<String> messageReason(CorpusCase c) {
		return Optional.ofNullable(reasons.get(MESSAGES_OF + c.name()));
	}

	/** The cases the list names, for either kind of gap. */
	Set<String> cases() {
		Set<String> cases = new TreeSet<>();
		for (String key : reasons.keySet()) {
			cases.add(key.startsWith(MESSAGES_OF) ? key.substring(MESSAGES_OF.length()) : key);
		}
		return cases;
	}
}
