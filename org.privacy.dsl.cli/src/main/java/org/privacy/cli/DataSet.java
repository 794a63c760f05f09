package org.privacy.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The records read from the data files, by entity and in file order, with the records of keyed entities also by key,
 * the counts and the data problems. Everything is held in memory: streaming data that does not fit, with the
 * cross-record look-ups it needs, is left for a later version.
 */
final class DataSet {
	private final Map<String, List<DataRecord>> records = new TreeMap<>();
	private final Map<String, Map<String, DataRecord>> byKey = new HashMap<>();
	private final Map<String, EntityCounts> counts = new TreeMap<>();
	private final List<DataProblem> problems = new ArrayList<>();

	/**
	 * Adds a record with its key ({@code null} if it has none), unless another record of the entity has that key:
	 * then that record is returned and this one is not added.
	 */
	DataRecord add(String entity, DataRecord record, String key) {
		if (key != null) {
			DataRecord first = byKey.computeIfAbsent(entity, e -> new HashMap<>()).putIfAbsent(key, record);
			if (first != null) {
				return first;
			}
		}
		records.computeIfAbsent(entity, e -> new ArrayList<>()).add(record);
		return null;
	}

	void problem(DataProblem problem) {
		problems.add(problem);
	}

	EntityCounts counts(String entity) {
		return counts.computeIfAbsent(entity, e -> new EntityCounts());
	}

	/** The entities that have data, sorted by name. */
	List<String> entities() {
		return List.copyOf(records.keySet());
	}

	List<DataRecord> records(String entity) {
		return records.getOrDefault(entity, List.of());
	}

	/** The records of {@code entity} by key; empty if it has no key field. */
	Map<String, DataRecord> byKey(String entity) {
		return Collections.unmodifiableMap(byKey.getOrDefault(entity, Map.of()));
	}

	/** Counts by entity name, sorted. */
	Map<String, EntityCounts> counts() {
		return Collections.unmodifiableMap(counts);
	}

	List<DataProblem> problems() {
		return Collections.unmodifiableList(problems);
	}
}
