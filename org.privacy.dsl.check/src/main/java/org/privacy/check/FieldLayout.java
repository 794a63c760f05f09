package org.privacy.check;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.privacy.runtime.DataModel;
import org.privacy.runtime.RecordPolicy;

/**
 * The fields of an entity a check reads, each in a slot of its records ({@link RecordValues}): the JSON Lines reader
 * builds the values of these and passes over the rest of a line without building it. Generated validators read the
 * fields of their {@link RecordPolicy#model()}, so an entity's layout is the union of its fields in the models of
 * every policy and in the model the files are read with; an entity that a policy reads without declaring it in its
 * model has no layout, and its records keep every value. A property read outside the layout (a field read from a map,
 * {@code from attributes key "locale"}, is read from the map's property) is still found: the record reads its line
 * again.
 */
final class FieldLayout {
	/** How many slots are compared by identity before the map of names is asked. */
	private static final int IDENTITY_SCAN = 16;

	private final String[] names;
	private final Map<String, Integer> slots;

	private FieldLayout(Collection<String> names) {
		// interned: the string literals of generated validators are, so that their names are found by identity
		// (the model's names are often other strings, equal but not the same: a hash a read, hundreds of millions)
		this.names = names.stream().map(String::intern).toArray(String[]::new);
		this.slots = new HashMap<>(2 * this.names.length);
		for (int i = 0; i < this.names.length; i++) {
			slots.put(this.names[i], i);
		}
	}

	/** A layout of the fields named, in that order (for tests). */
	static FieldLayout of(List<String> names) {
		return new FieldLayout(new LinkedHashSet<>(names));
	}

	/**
	 * The layout of {@code entity}'s records, or {@code null} if some policy could read fields the models do not name:
	 * a policy has rules about the entity or a model without entities (not generated), or the entity is not in
	 * {@code model}.
	 */
	static FieldLayout of(String entity, DataModel model, List<RecordPolicy> policies) {
		DataModel.Entity declared = model.entity(entity);
		if (declared == null) {
			return null;
		}
		Set<String> names = new LinkedHashSet<>();
		declared.fields().forEach(field -> names.add(field.name()));
		for (RecordPolicy policy : policies) {
			DataModel own = policy.model();
			DataModel.Entity ownEntity = own == null ? null : own.entity(entity);
			if (ownEntity != null) {
				ownEntity.fields().forEach(field -> names.add(field.name()));
			} else if (own == null || own.entities().isEmpty() || policy.entities().contains(entity)) {
				return null;
			}
		}
		return new FieldLayout(names);
	}

	/** The number of slots. */
	int size() {
		return names.length;
	}

	/** The field in {@code slot}. */
	String name(int slot) {
		return names[slot];
	}

	/** The slot of the field {@code name}, or -1 if the layout does not keep it. */
	int slot(Object name) {
		// generated validators ask with the literals their model was built from: the same strings, found by identity
		for (int i = 0; i < names.length && i < IDENTITY_SCAN; i++) {
			if (names[i] == name) {
				return i;
			}
		}
		Integer slot = slots.get(name);
		return slot == null ? -1 : slot;
	}
}
