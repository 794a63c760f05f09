package org.privacy.runtime;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The data model of a policy as a check engine needs it to read data without the compiler: for each entity, its key
 * field, the types of its fields, which fields refer to other entities ({@code recipient: Prospect}), the
 * {@code via} and {@code sharing} lists, and which fields hold personal data. Generated record policies give theirs
 * with {@link RecordPolicy#model()}; it is built once per class. Immutable; entities sorted by name.
 */
public final class DataModel implements Serializable {
	private static final long serialVersionUID = 1L;

	/** A model without entities. */
	public static final DataModel EMPTY = new DataModel(List.of());

	private final List<Entity> entities;
	private final Map<String, Entity> byName;

	/**
	 * A model of the given entities, sorted by name; of two entities with one name, the first is kept.
	 *
	 * @throws NullPointerException if a list or an entity is {@code null}
	 */
	public DataModel(Collection<Entity> entities) {
		Map<String, Entity> sorted = new TreeMap<>();
		for (Entity entity : entities) {
			sorted.putIfAbsent(Objects.requireNonNull(entity, "entity").name(), entity);
		}
		this.byName = java.util.Collections.unmodifiableMap(sorted);
		this.entities = List.copyOf(sorted.values());
	}

	/** The model of several policies together (a check of them all reads one set of data files). */
	public static DataModel union(Collection<DataModel> models) {
		List<Entity> all = new ArrayList<>();
		models.forEach(model -> all.addAll(model.entities()));
		return new DataModel(all);
	}

	/** The entities, sorted by name. */
	public List<Entity> entities() {
		return entities;
	}

	/** The entity named {@code name}, or {@code null} if the model has none. */
	public Entity entity(String name) {
		return byName.get(name);
	}

	/** The names of the entities, sorted. */
	public java.util.Set<String> names() {
		return byName.keySet();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DataModel model && model.entities.equals(entities);
	}

	@Override
	public int hashCode() {
		return entities.hashCode();
	}

	@Override
	public String toString() {
		return "DataModel" + entities;
	}

	/** Starts a field of type {@code type} (not a list, not optional, not personal, referring to nothing). */
	public static Field field(String name, Type type) {
		return new Field(name, type, null, false, null, false, false, null);
	}

	/** Starts a field holding a value of the enumeration or a reference to the entity {@code typeName}. */
	public static Field field(String name, Type type, String typeName) {
		return new Field(name, type, typeName, false, null, false, false, null);
	}

	/**
	 * An entity: its records are read from data files named after it.
	 *
	 * @param name     the entity's name as declared ({@code entity Prospect})
	 * @param keyField the name of its first {@code key} field, or {@code null} if it has none
	 * @param fields   its fields in declaration order
	 */
	public record Entity(String name, String keyField, List<Field> fields) implements Serializable {

		public Entity {
			Objects.requireNonNull(name, "name");
			fields = List.copyOf(fields);
		}

		/** The field named {@code fieldName}, or {@code null} if there is none. */
		public Field field(String fieldName) {
			for (Field f : fields) {
				if (f.name().equals(fieldName)) {
					return f;
				}
			}
			return null;
		}

		/** The key field, or {@code null} if the entity has none. */
		public Field key() {
			return keyField == null ? null : field(keyField);
		}
	}

	/**
	 * A field of an entity.
	 *
	 * @param name     the field's name
	 * @param type     the type of its value (of each element, for a list)
	 * @param typeName the enumeration's or entity's name for {@link Type#ENUM} and {@link Type#ENTITY} ({@code null}
	 *                 for a day of the week, which is an {@code ENUM} of no declared enumeration), else {@code null}
	 * @param list     whether the field holds a list
	 * @param via      for {@code list of X via f}: the field {@code f} of X that refers back to this entity; for
	 *                 {@code list of X sharing f as g}: the field {@code g} of X; else {@code null}
	 * @param optional whether the field is declared {@code optional}
	 * @param personal whether the field is tagged with a personal data category (under {@code user})
	 * @param sharedBy for {@code list of X sharing f as g}: the field {@code f} of this entity whose value X's
	 *                 {@code g} holds; else {@code null}
	 */
	public record Field(String name, Type type, String typeName, boolean list, String via, boolean optional,
			boolean personal, String sharedBy) implements Serializable {

		public Field {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(type, "type");
		}

		/** This field as a list of its type. */
		public Field withList() {
			return new Field(name, type, typeName, true, via, optional, personal, sharedBy);
		}

		/** This field as {@code list of X via f}: {@code field} is X's field {@code f}. */
		public Field withVia(String field) {
			return new Field(name, type, typeName, list, field, optional, personal, sharedBy);
		}

		/** This field as {@code list of X sharing f as g}: {@code own} is {@code f}, {@code theirs} X's {@code g}. */
		public Field withSharing(String own, String theirs) {
			return new Field(name, type, typeName, list, theirs, optional, personal, own);
		}

		/** This field as {@code optional}. */
		public Field withOptional() {
			return new Field(name, type, typeName, list, via, true, personal, sharedBy);
		}

		/** This field as holding personal data. */
		public Field withPersonal() {
			return new Field(name, type, typeName, list, via, optional, true, sharedBy);
		}

		/** Whether the field refers to records of another entity (alone or in a list). */
		public boolean isReference() {
			return type == Type.ENTITY;
		}
	}

	/** The type of a field's value, as the rule language names it. */
	public enum Type {
		TEXT, NUMBER, BOOLEAN, DATE, DATETIME, DURATION, TIME,
		/** A value of an enumeration, or a day of the week. */
		ENUM,
		/** A reference to a record of another entity (its key, or the record nested). */
		ENTITY,
		/** A type the compiler could not determine; only in the models of rule files with errors. */
		UNKNOWN;

		/** The language's word for the type: {@code text}, {@code number}, {@code datetime}... */
		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The type whose {@link #word()} is {@code word}. */
		public static Type of(String word) {
			return valueOf(word.toUpperCase(Locale.ROOT));
		}
	}

	/** Orders entities by name, as {@link #entities()} lists them. */
	public static final Comparator<Entity> BY_NAME = Comparator.comparing(Entity::name);
}
