package org.privacy.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The entities of a policy's data model as the Spark check needs them: each entity's key, its fields and their
 * types (for the readers' schemas), and which fields other records are found by ({@code list of X via f},
 * {@code list of X sharing f as g}). Serialisable: it travels to the executors with the check.
 */
public final class DataModel implements Serializable {
	private static final long serialVersionUID = 1L;

	/**
	 * A field of an entity.
	 *
	 * @param type     {@code text}, {@code number}, {@code boolean}, {@code date}, {@code datetime}, {@code duration},
	 *                 {@code time}, {@code enum} or {@code entity}
	 * @param typeName the enumeration's or entity's name for {@code enum} and {@code entity}, else {@code null}
	 * @param via      for {@code list of X via f}: {@code f}; for {@code list of X sharing f as g}: {@code g}
	 * @param sharedBy for {@code list of X sharing f as g}: {@code f}; else {@code null}
	 */
	public record Field(String name, String type, String typeName, boolean list, String via, boolean personal,
			String sharedBy) implements Serializable {

		/** Whether the data holds this field: a {@code via} or {@code sharing} list is derived, never written. */
		public boolean stored() {
			return via == null;
		}
	}

	/** An entity: its name, its key field ({@code null} if it has none) and its fields in declaration order. */
	public record Entity(String name, String keyField, List<Field> fields) implements Serializable {
		public Entity {
			fields = List.copyOf(fields);
		}

		public Field field(String name) {
			for (Field field : fields) {
				if (field.name().equals(name)) {
					return field;
				}
			}
			return null;
		}
	}

	private final TreeMap<String, Entity> entities = new TreeMap<>();

	private DataModel(Iterable<Entity> entities) {
		entities.forEach(entity -> this.entities.put(entity.name(), entity));
	}

	public static DataModel of(Iterable<Entity> entities) {
		return new DataModel(entities);
	}

	/** The entities by name, sorted. */
	public Map<String, Entity> entities() {
		return Collections.unmodifiableMap(entities);
	}

	public Entity entity(String name) {
		return entities.get(name);
	}

	/** The key field of {@code entity}, or {@code null}. */
	public String keyField(String entity) {
		Entity model = entities.get(entity);
		return model == null ? null : model.keyField();
	}

	/**
	 * The fields of {@code entity} by which look-ups find its records ({@code list of entity via f} or
	 * {@code sharing ... as f} somewhere in the model), each with the entity such a field refers to ({@code null} for
	 * a field {@code sharing} lists match by value) — sorted.
	 */
	public Map<String, Lookups> lookupFields(String entity) {
		Map<String, Lookups> found = new TreeMap<>();
		for (Entity owner : entities.values()) {
			for (Field field : owner.fields()) {
				if (field.via() == null || !entity.equals(field.typeName())) {
					continue;
				}
				if (field.sharedBy() != null) {
					Entity target = entities.get(entity);
					Field shared = target == null ? null : target.field(field.via());
					found.putIfAbsent(field.via(), new Lookups(null, shared == null ? "text" : shared.type()));
				} else {
					found.put(field.via(), new Lookups(owner.name(), null));
				}
			}
		}
		return found;
	}

	/**
	 * How the records of an entity are found by one field: by the key of the entity it refers to
	 * ({@code referenced}), or by its plain value of kind {@code sharedKind}.
	 */
	public record Lookups(String referenced, String sharedKind) implements Serializable {
	}

	/** The fields of {@code entity} that the data holds, in declaration order. */
	public List<Field> storedFields(String entity) {
		Entity model = entities.get(entity);
		List<Field> stored = new ArrayList<>();
		if (model != null) {
			model.fields().stream().filter(Field::stored).forEach(stored::add);
		}
		return stored;
	}

	/** The personal fields of {@code entity}, sorted. */
	public Set<String> personalFields(String entity) {
		Set<String> personal = new TreeSet<>();
		Entity model = entities.get(entity);
		if (model != null) {
			model.fields().stream().filter(Field::personal).forEach(f -> personal.add(f.name()));
		}
		return personal;
	}

}
