package org.privacy.dsl.semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.privacy.runtime.Lookup;
import org.privacy.runtime.Record;

/** Records of several entities held as maps, for references between entities; keeps the keys it is asked for. */
final class MapLookup implements Lookup {
	private final Map<String, List<Map<String, ?>>> recordsByEntity = new LinkedHashMap<>();
	private final Map<String, String> keyFieldByEntity = new LinkedHashMap<>();
	/** Synchronized: a look-up may serve several threads at once ({@code ConcurrencyTest}). */
	private final List<String> asked = Collections.synchronizedList(new ArrayList<>());

	/** Adds records of {@code entity} whose key field is {@code id}; returns this lookup. */
	@SafeVarargs
	final MapLookup with(String entity, Map<String, ?>... records) {
		return with(entity, "id", records);
	}

	/** Adds records of {@code entity} whose key field is {@code keyField}; returns this lookup. */
	@SafeVarargs
	final MapLookup with(String entity, String keyField, Map<String, ?>... records) {
		keyFieldByEntity.put(entity, keyField);
		recordsByEntity.computeIfAbsent(entity, e -> new ArrayList<>()).addAll(List.of(records));
		return this;
	}

	/** The look-ups by key so far, in order, as {@code entity:key}. */
	List<String> asked() {
		synchronized (asked) {
			return List.copyOf(asked);
		}
	}

	@Override
	public Record find(String entity, String key) {
		asked.add(entity + ":" + key);
		String keyField = keyFieldByEntity.get(entity);
		for (Map<String, ?> values : recordsByEntity.getOrDefault(entity, List.of())) {
			if (key.equals(String.valueOf(values.get(keyField)))) {
				return Record.of(values);
			}
		}
		return null;
	}

	@Override
	public List<Record> referencing(String entity, String field, String key) {
		List<Record> found = new ArrayList<>();
		for (Map<String, ?> values : recordsByEntity.getOrDefault(entity, List.of())) {
			if (Objects.equals(key, String.valueOf(values.get(field)))) {
				found.add(Record.of(values));
			}
		}
		return found;
	}
}
