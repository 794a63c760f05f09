package org.privacy.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.FieldSource;
import org.privacy.dsl.privacy.TypeRef;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;
import org.privacy.dsl.typing.Relations;

import com.google.inject.Inject;

/**
 * How a field's value is kept, when it is not a plain value under the field's name: milliseconds since 1970
 * ({@code from epoch millis}), an entry of a map ({@code from attributes key "locale"}), or a list that may be missing
 * ({@code empty when missing}). Each fits some types only; and a field read so is never a key nor what relates
 * records ({@code via}, {@code sharing}), since data readers index those by the field's own name.
 */
public class FieldSourceValidator extends ConcernValidator {

	@Inject
	private PrivacyTypeComputer types;

	@Check
	public void source(Field field) {
		FieldSource source = field.getSource();
		PrivacyType type = types.typeOf(field);
		if (source != null && source.isEpochMillis() && (type.list()
				|| !type.is(PrivacyType.Kind.DATETIME) && !type.is(PrivacyType.Kind.DATE))) {
			error("'from epoch millis' reads a date-time or a date from a number of milliseconds since 1970; '"
					+ field.getName() + "' is " + type.describe(), source, P.getFieldSource_EpochMillis(),
					IssueCodes.INVALID_FIELD_SOURCE, field.getName());
		}
		if (source != null && source.getMap() != null && type.is(PrivacyType.Kind.ENTITY)) {
			error("an entry of a map holds plain values (text, numbers, dates...), not records: '" + field.getName()
					+ "' cannot be read from '" + source.getMap() + "'", source, P.getFieldSource_Map(),
					IssueCodes.INVALID_FIELD_SOURCE, field.getName());
		}
		if (source != null && field.isKey()) {
			error("a key is read under its own name, so that records can be found by it: remove 'from ...' or 'key'",
					source, null, IssueCodes.INVALID_FIELD_SOURCE, field.getName());
		}
		if (field.isEmptyWhenMissing()) {
			TypeRef ref = field.getType();
			if (!type.list()) {
				error("'empty when missing' is for lists; '" + field.getName() + "' is " + type.describe()
						+ ": write 'optional' for a value that may be missing", field, P.getField_EmptyWhenMissing(),
						IssueCodes.INVALID_FIELD_SOURCE, field.getName());
			} else if (ref != null && (ref.getVia() != null || ref.getSharing() != null)) {
				error("a 'via' or 'sharing' list is never missing (it is found in the data), so 'empty when missing'"
						+ " says nothing here", field, P.getField_EmptyWhenMissing(), IssueCodes.INVALID_FIELD_SOURCE,
						field.getName());
			}
		}
	}

	/** A {@code via} or {@code sharing} list matches records by a field: it must be read under its own name. */
	@Check
	public void relation(TypeRef ref) {
		if (ref.getVia() != null && !ref.getVia().eIsProxy() && ref.getVia().getSource() != null) {
			error(readOtherwise(ref.getVia()), ref, P.getTypeRef_Via(), IssueCodes.INVALID_FIELD_SOURCE);
		}
		Field mine = ref.getSharing();
		if (mine != null && !mine.eIsProxy() && mine.getSource() != null) {
			error(readOtherwise(mine), ref, P.getTypeRef_Sharing(), IssueCodes.INVALID_FIELD_SOURCE);
			return;
		}
		Field theirs = mine == null ? null : Relations.sharedField(ref);
		if (theirs != null && !theirs.eIsProxy() && theirs.getSource() != null) {
			error(readOtherwise(theirs), ref, ref.getSharedAs() != null ? P.getTypeRef_SharedAs()
					: P.getTypeRef_Sharing(), IssueCodes.INVALID_FIELD_SOURCE);
		}
	}

	private static String readOtherwise(Field field) {
		return "records are related by a field read under its own name, and '" + field.getName()
				+ "' is read 'from ...': relate them by another field";
	}
}
