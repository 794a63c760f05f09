package org.privacy.dsl.compiler;

import java.util.List;

/**
 * An entity of the data model as data readers need it: which field is the key, and which fields refer to other
 * entities.
 */
public record EntityModel(String name, String keyField, List<FieldModel> fields) {

	public FieldModel field(String fieldName) {
		for (FieldModel f : fields) {
			if (f.name().equals(fieldName)) {
				return f;
			}
		}
		return null;
	}

	/**
	 * A field of an entity.
	 *
	 * @param type      {@code text}, {@code number}, {@code boolean}, {@code date}, {@code datetime}, {@code duration},
	 *                  {@code time}, {@code enum} or {@code entity}
	 * @param typeName  the enumeration's or entity's name for {@code enum} and {@code entity}, else {@code null}
	 * @param list      whether the field holds a list
	 * @param via       for {@code list of X via f}: the field {@code f} of X that refers back to this entity; for
	 *                  {@code list of X sharing f as g}: the field {@code g} of X
	 * @param personal  whether the field is tagged with a personal data category (under {@code user})
	 * @param sharedBy  for {@code list of X sharing f as g}: the field {@code f} of this entity whose value X's
	 *                  {@code g} holds; else {@code null}
	 */
	public record FieldModel(String name, String type, String typeName, boolean list, String via, boolean optional,
			boolean personal, String sharedBy) {

		/** A field that is no {@code sharing} list. */
		public FieldModel(String name, String type, String typeName, boolean list, String via, boolean optional,
				boolean personal) {
			this(name, type, typeName, list, via, optional, personal, null);
		}
	}
}
