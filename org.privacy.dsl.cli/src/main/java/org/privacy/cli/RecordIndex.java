package org.privacy.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.privacy.dsl.compiler.EntityModel;
import org.privacy.dsl.compiler.EntityModel.FieldModel;
import org.privacy.runtime.Lookup;
import org.privacy.runtime.Record;
import org.privacy.runtime.Values;

/**
 * The cross-record look-ups of a check, over records held in memory: each keyed entity's records by key, and for each
 * {@code list of X via f} field of the model, X's records by the key held in their field {@code f} (a prospect's
 * consents are the consents whose {@code prospect} is the prospect's key). Built once before checking, then only
 * read. Streaming cross-record data that does not fit in memory is left for a later version.
 */
final class RecordIndex implements Lookup {
	private final Map<String, Map<String, DataRecord>> byKey = new HashMap<>();
	private final Map<String, Map<String, List<Record>>> byReference = new HashMap<>();

	/** The index of {@code data} for the model's {@code entities}. */
	static RecordIndex build(DataSet data, Map<String, EntityModel> entities) {
		RecordIndex index = new RecordIndex();
		for (String entity : data.entities()) {
			index.byKey.put(entity, data.byKey(entity));
		}
		for (EntityModel owner : entities.values()) {
			for (FieldModel field : owner.fields()) {
				if (field.via() != null && field.typeName() != null) {
					index.indexReferences(data, field.typeName(), field.via(), entities.get(owner.name()));
				}
			}
		}
		return index;
	}

	@Override
	public Record find(String entity, String key) {
		return key == null ? null : byKey.getOrDefault(entity, Map.of()).get(key);
	}

	@Override
	public List<Record> referencing(String entity, String field, String key) {
		return key == null ? List.of() : byReference.getOrDefault(referenceName(entity, field), Map.of())
				.getOrDefault(key, List.of());
	}

	private void indexReferences(DataSet data, String entity, String field, EntityModel referenced) {
		Map<String, List<Record>> index = byReference.get(referenceName(entity, field));
		if (index != null) {
			return;
		}
		index = new HashMap<>();
		byReference.put(referenceName(entity, field), index);
		for (DataRecord record : data.records(entity)) {
			for (String key : referencedKeys(record.get(field), referenced)) {
				index.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
			}
		}
	}

	/** The keys a reference value holds: a key, a nested record of the referenced entity, or a list of those. */
	private static List<String> referencedKeys(Object value, EntityModel referenced) {
		List<String> keys = new ArrayList<>();
		if (value instanceof Iterable<?> list) {
			list.forEach(element -> keys.addAll(referencedKeys(element, referenced)));
		} else if (value instanceof Map<?, ?> nested) {
			if (referenced != null && referenced.keyField() != null) {
				addKey(keys, nested.get(referenced.keyField()));
			}
		} else {
			addKey(keys, value);
		}
		return keys;
	}

	private static void addKey(List<String> keys, Object value) {
		if (Values.isPresent(value)) {
			keys.add(Values.key(value));
		}
	}

	private static String referenceName(String entity, String field) {
		return entity + "." + field;
	}
}
