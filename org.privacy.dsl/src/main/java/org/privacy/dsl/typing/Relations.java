package org.privacy.dsl.typing;

import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.TypeRef;

/** How a list field finds its records: {@code list of E sharing f [as g]}. */
public final class Relations {
	private Relations() {
	}

	/**
	 * The field of the listed entity that a {@code sharing} list matches: the one after {@code as}, else the listed
	 * entity's field of the same name as the shared one; {@code null} if there is none (an error the validator
	 * reports) or {@code ref} is no {@code sharing} list.
	 */
	public static Field sharedField(TypeRef ref) {
		Field mine = ref.getSharing();
		if (mine == null || mine.eIsProxy() || !(ref.getType() instanceof Entity listed)) {
			return null;
		}
		if (ref.getSharedAs() != null) {
			return ref.getSharedAs().eIsProxy() ? null : ref.getSharedAs();
		}
		return listed.getFields().stream().filter(f -> mine.getName().equals(f.getName())).findFirst().orElse(null);
	}
}
