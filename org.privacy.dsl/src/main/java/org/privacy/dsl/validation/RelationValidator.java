package org.privacy.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.privacy.Compare;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.Membership;
import org.privacy.dsl.privacy.TypeRef;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyType.Kind;
import org.privacy.dsl.typing.PrivacyTypeComputer;
import org.privacy.dsl.typing.Relations;

import com.google.inject.Inject;

/**
 * Records related to other records: {@code list of E sharing f [as g]} names plain fields of the same type on both
 * sides, and two references compared with {@code =} or {@code !=} are compared by key, so their entity needs one.
 */
public class RelationValidator extends ConcernValidator {

	@Inject
	private PrivacyTypeComputer types;

	@Check
	public void sharing(TypeRef ref) {
		Field mine = ref.getSharing();
		if (mine == null || mine.eIsProxy() || !(ref.eContainer() instanceof Field field)) {
			return;
		}
		if (!ref.isList() || !(ref.getType() instanceof Entity listed)) {
			error(Messages.sharingOnNonList(), ref, P.getTypeRef_Sharing());
			return;
		}
		if (mine == field) {
			error(Messages.sharedWithItself(field.getName()), ref, P.getTypeRef_Sharing());
			return;
		}
		PrivacyType own = types.typeOf(mine);
		if (!isPlain(own)) {
			error(Messages.sharingNotPlain(mine.getName(), own), ref, P.getTypeRef_Sharing());
			return;
		}
		if (ref.getSharedAs() != null && ref.getSharedAs().eIsProxy()) {
			return; // a linking error
		}
		Field theirs = Relations.sharedField(ref);
		if (theirs == null) {
			error(Messages.sharingFieldMissing(listed.getName(), mine.getName()), ref, P.getTypeRef_Sharing());
			return;
		}
		PrivacyType other = types.typeOf(theirs);
		if (!isPlain(other) || !own.comparableWith(other)) {
			error(Messages.sharingTypes(mine.getName(), own, listed.getName(), theirs.getName(), other), ref,
					ref.getSharedAs() == null ? P.getTypeRef_Sharing() : P.getTypeRef_SharedAs());
		}
	}

	private static boolean isPlain(PrivacyType type) {
		return !type.isUnknown() && !type.list() && !type.is(Kind.ENTITY);
	}

	@Check
	public void referencesByKey(Compare compare) {
		if ("=".equals(compare.getOp()) || "!=".equals(compare.getOp())) {
			keyless(types.typeOf(compare.getLeft()), types.typeOf(compare.getRight()), compare, P.getCompare_Op());
		}
	}

	@Check
	public void referencesByKey(Membership membership) {
		PrivacyType operand = types.typeOf(membership.getOperand());
		for (Expression value : membership.getValues()) {
			if (keyless(operand, types.typeOf(value), value, null)) {
				return;
			}
		}
	}

	/** Reports references to a keyless entity compared with each other; whether it did. */
	private boolean keyless(PrivacyType left, PrivacyType right, EObject at, EStructuralFeature feature) {
		if (left.list() || right.list() || !left.is(Kind.ENTITY) || !right.is(Kind.ENTITY)) {
			return false;
		}
		Entity entity = left.entity() != null ? left.entity() : right.entity();
		if (entity != null && (left.entity() == null || right.entity() == null || left.entity() == right.entity())
				&& entity.getFields().stream().noneMatch(Field::isKey)) {
			error(Messages.compareWithoutKey(entity.getName()), at, feature);
			return true;
		}
		return false;
	}
}
