package org.privacy.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.privacy.runtime.DataModel;

/** What the Spark check asks of a policy's {@link DataModel}: stored fields, and the fields records are found by. */
final class ModelQueries {
	private ModelQueries() {
	}

	/**
	 * How the records of an entity are found by one of its fields: by the key of the entity the field refers to
	 * ({@code referenced}), or by its plain value of kind {@code sharedKind} ({@code sharing} lists).
	 */
	record Lookups(String referenced, String sharedKind) implements Serializable {
	}

	/** The key field of {@code entity}, or {@code null}. */
	static String keyField(DataModel model, String entity) {
		DataModel.Entity found = model.entity(entity);
		return found == null ? null : found.keyField();
	}

	/**
	 * The fields of {@code entity} by which look-ups find its records ({@code list of entity via f} or
	 * {@code sharing ... as f} somewhere in the model), sorted, as the CLI's look-up plan indexes them.
	 */
	static Map<String, Lookups> lookupFields(DataModel model, String entity) {
		Map<String, Lookups> found = new TreeMap<>();
		for (DataModel.Entity owner : model.entities()) {
			for (DataModel.Field field : owner.fields()) {
				if (field.via() == null || !entity.equals(field.typeName())) {
					continue;
				}
				if (field.sharedBy() != null) {
					DataModel.Entity target = model.entity(entity);
					DataModel.Field shared = target == null ? null : target.field(field.via());
					found.putIfAbsent(field.via(), new Lookups(null, shared == null ? "text" : shared.type().word()));
				} else {
					found.put(field.via(), new Lookups(owner.name(), null));
				}
			}
		}
		return found;
	}

	/** The fields of {@code entity} that data holds ({@code via} and {@code sharing} lists are derived), in order. */
	static List<DataModel.Field> storedFields(DataModel model, String entity) {
		List<DataModel.Field> stored = new ArrayList<>();
		DataModel.Entity found = model.entity(entity);
		if (found != null) {
			found.fields().stream().filter(field -> field.via() == null).forEach(stored::add);
		}
		return stored;
	}

	/**
	 * The fields of {@code entity} that data holds and that may nest records ({@link NestedRecords}): references and
	 * lists of an entity's records, in order.
	 */
	static List<String> nestingFields(DataModel model, String entity) {
		return storedFields(model, entity).stream().filter(DataModel.Field::isReference).map(DataModel.Field::name)
				.toList();
	}

	/** Whether the key of {@code entity} is personal data (then duplicate-key messages mask it). */
	static boolean personalKey(DataModel model, String entity) {
		DataModel.Entity found = model.entity(entity);
		DataModel.Field key = found == null ? null : found.key();
		return key != null && key.personal();
	}
}
