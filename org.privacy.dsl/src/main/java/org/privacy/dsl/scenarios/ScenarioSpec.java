package org.privacy.dsl.scenarios;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A scenario read from a rule file, free of the syntax tree: the records it gives, the instant it runs at and the
 * outcomes it expects.
 *
 * @param now the scenario's "now", or {@code null} for the runner's default
 */
public record ScenarioSpec(String name, Path file, int line, Instant now, List<Given> records,
		List<Expected> expectations) {

	/** A record given inline: its entity, its name in the scenario, its key (as references hold it) and its values. */
	public record Given(String entity, String name, String key, int line, Map<String, Object> values) {
	}

	/**
	 * An expected outcome.
	 *
	 * @param status a status word ({@code violated}, {@code satisfied}, ...), or {@code null} with a count: any finding
	 * @param count  the expected number of findings, or {@code null}
	 * @param record the name of the given record the expectation is about, or {@code null} for all of them
	 * @param text   the expectation as written, for reports
	 */
	public record Expected(String ruleId, String status, Integer count, String record, int line, String text) {
	}
}
