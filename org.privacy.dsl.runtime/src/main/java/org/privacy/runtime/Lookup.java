package org.privacy.runtime;

import java.util.List;

/**
 * Finds records across entities for unbound rules: the record a reference names, and the records that refer to a
 * given one (a prospect's consents, a person's calls).
 */
public interface Lookup {

	/** A lookup that knows no records. */
	Lookup NONE = new Lookup() {
		@Override
		public Record find(String entity, String key) {
			return null;
		}

		@Override
		public List<Record> referencing(String entity, String field, String key) {
			return List.of();
		}
	};

	/** The record of {@code entity} whose key is {@code key}, or {@code null}. */
	Record find(String entity, String key);

	/** The records of {@code entity} whose reference {@code field} holds {@code key}; never {@code null}. */
	List<Record> referencing(String entity, String field, String key);
}
