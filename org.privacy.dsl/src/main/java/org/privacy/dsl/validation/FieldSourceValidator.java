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
			error(Messages.epochMillisType(field.getName(), type), source, P.getFieldSource_EpochMillis(),
					field.getName());
		}
		if (source != null && source.getMap() != null && type.is(PrivacyType.Kind.ENTITY)) {
			error(Messages.entryOfRecords(field.getName(), source.getMap()), source, P.getFieldSource_Map(),
					field.getName());
		}
		if (source != null && field.isKey()) {
			error(Messages.keyReadOtherwise(), source, null, field.getName());
		}
		if (field.isEmptyWhenMissing()) {
			TypeRef ref = field.getType();
			if (!type.list()) {
				error(Messages.emptyWhenMissingOnValue(field.getName(), type), field, P.getField_EmptyWhenMissing(),
						field.getName());
			} else if (ref != null && (ref.getVia() != null || ref.getSharing() != null)) {
				error(Messages.emptyWhenMissingOnRelation(), field, P.getField_EmptyWhenMissing(), field.getName());
			}
		}
	}

	/** A {@code via} or {@code sharing} list matches records by a field: it must be read under its own name. */
	@Check
	public void relation(TypeRef ref) {
		if (ref.getVia() != null && !ref.getVia().eIsProxy() && ref.getVia().getSource() != null) {
			error(Messages.relatedByFieldReadOtherwise(ref.getVia().getName()), ref, P.getTypeRef_Via());
		}
		Field mine = ref.getSharing();
		if (mine != null && !mine.eIsProxy() && mine.getSource() != null) {
			error(Messages.relatedByFieldReadOtherwise(mine.getName()), ref, P.getTypeRef_Sharing());
			return;
		}
		Field theirs = mine == null ? null : Relations.sharedField(ref);
		if (theirs != null && !theirs.eIsProxy() && theirs.getSource() != null) {
			error(Messages.relatedByFieldReadOtherwise(theirs.getName()), ref,
					ref.getSharedAs() != null ? P.getTypeRef_SharedAs() : P.getTypeRef_Sharing());
		}
	}
}
