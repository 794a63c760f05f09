package org.privacy.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.privacy.runtime.DataException;
import org.privacy.runtime.DataModel;
import org.privacy.runtime.DataModel.Entity;
import org.privacy.runtime.DataModel.Field;
import org.privacy.runtime.Values;

/**
 * Which records a check must be able to find again, from the data model: the records of every keyed entity that a
 * field refers to ({@code recipient: Prospect}), by key, and for every {@code list of X via f} field the records of X
 * by the key their field {@code f} holds (a prospect's consents are the consents whose {@code prospect} is the
 * prospect's key), and for every {@code list of X sharing f as g} field the records of X by the value of their
 * {@code g}. Entities no reference reaches are never stored: their records are only streamed.
 */
final class LookupPlan {
	private final DataModel entities;
	private final Set<String> byKey = new TreeSet<>();
	/** For each entity X, the via fields of X and the entity those fields refer to. */
	private final Map<String, Map<String, Entity>> byReference = new TreeMap<>();

	/** The fields {@code Entity.field} that {@code sharing} lists match, and their types. */
	private final Map<String, String> sharedKinds = new TreeMap<>();

	private LookupPlan(DataModel entities) {
		this.entities = entities;
	}

	static LookupPlan of(DataModel entities) {
		LookupPlan plan = new LookupPlan(entities);
		for (Entity owner : entities.entities()) {
			for (Field field : owner.fields()) {
				if (field.typeName() == null) {
					continue;
				}
				Entity target = entities.entity(field.typeName());
				if (field.sharedBy() != null) {
					// indexed like a via field, by the plain value instead of a key
					plan.byReference.computeIfAbsent(field.typeName(), e -> new TreeMap<>()).putIfAbsent(field.via(),
							null);
					Field shared = target == null ? null : target.field(field.via());
					plan.sharedKinds.put(field.typeName() + "." + field.via(), shared == null ? "text" : shared.type().word());
				} else if (field.via() != null) {
					plan.byReference.computeIfAbsent(field.typeName(), e -> new TreeMap<>()).put(field.via(), owner);
				} else if (field.type() == DataModel.Type.ENTITY && target != null && target.keyField() != null) {
					plan.byKey.add(target.name());
				}
			}
		}
		return plan;
	}

	/** Whether records of {@code entity} must be stored for look-ups. */
	boolean stores(String entity) {
		return byKey.contains(entity) || byReference.containsKey(entity);
	}

	/** Whether records of {@code entity} are found by their key. */
	boolean findsByKey(String entity) {
		return byKey.contains(entity);
	}

	/** The names of the entities whose records references find by key, sorted. */
	Set<String> foundByKey() {
		return Collections.unmodifiableSet(byKey);
	}

	/** The names of the entities whose records are stored, sorted. */
	Set<String> storedEntities() {
		Set<String> stored = new TreeSet<>(byKey);
		stored.addAll(byReference.keySet());
		return Collections.unmodifiableSet(stored);
	}

	/** The via fields of {@code entity} that look-ups go through, sorted. */
	Set<String> viaFields(String entity) {
		return byReference.getOrDefault(entity, Map.of()).keySet();
	}

	/**
	 * The keys that the via field {@code field} of a record of {@code entity} holds: a key, a nested record of the
	 * entity it refers to, or a list of those.
	 */
	List<String> referencedKeys(String entity, String field, Object value) {
		Entity referenced = byReference.getOrDefault(entity, Map.of()).get(field);
		List<String> keys = new ArrayList<>();
		if (referenced == null) { // a field sharing lists match: a plain value
			try {
				String key = Values.sharedKey(value, sharedKinds.getOrDefault(entity + "." + field, "text"), field);
				return key == null ? keys : List.of(key);
			} catch (DataException notAValue) {
				return keys; // such a record is never found; if it is checked, its own rules say why
			}
		}
		collectKeys(value, referenced, keys);
		return keys;
	}

	/** The key field of {@code entity}, or {@code null} if it has none or is not in the model. */
	String keyField(String entity) {
		Entity model = entities.entity(entity);
		return model == null ? null : model.keyField();
	}

	private static void collectKeys(Object value, Entity referenced, List<String> keys) {
		if (value instanceof Iterable<?> list) {
			list.forEach(element -> collectKeys(element, referenced, keys));
		} else if (value instanceof Map<?, ?> nested) {
			if (referenced != null && referenced.keyField() != null) {
				addKey(keys, nested.get(referenced.keyField()));
			}
		} else {
			addKey(keys, value);
		}
	}

	private static void addKey(List<String> keys, Object value) {
		if (Values.isPresent(value)) {
			keys.add(Values.key(value));
		}
	}
}
