package org.privacy.dsl.typing;

import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Field;

/** Which fields hold personal data, so that reports mask their values unless the user asks otherwise. */
public final class PersonalData {
	private PersonalData() {
	}

	/**
	 * Whether a field's value shows personal data: the field is personal, or it refers to records whose key is
	 * (a reference holds the key of the record it names).
	 */
	public static boolean isPersonalValue(Field field, PrivacyTypeComputer types) {
		if (isPersonal(field)) {
			return true;
		}
		Entity target = types.typeOf(field).entity();
		return target != null && target.getFields().stream().anyMatch(f -> f.isKey() && isPersonal(f));
	}

	/** Whether a field holds personal data: its category is under {@code user} in the fideslang taxonomy. */
	public static boolean isPersonal(Field field) {
		if (field.getCategory() == null || field.getCategory().eIsProxy()) {
			return false;
		}
		String name = field.getCategory().getName();
		return name != null && (name.equals("user") || name.startsWith("user."));
	}
}
