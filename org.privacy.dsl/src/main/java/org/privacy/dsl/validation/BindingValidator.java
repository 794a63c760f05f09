package org.privacy.dsl.validation;

import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.common.types.JvmArrayType;
import org.eclipse.xtext.common.types.JvmDeclaredType;
import org.eclipse.xtext.common.types.JvmEnumerationLiteral;
import org.eclipse.xtext.common.types.JvmEnumerationType;
import org.eclipse.xtext.common.types.JvmOperation;
import org.eclipse.xtext.common.types.JvmType;
import org.eclipse.xtext.common.types.JvmTypeReference;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.typing.Accessors;
import org.privacy.dsl.model.JavaNames;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.TypeRef;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;

import com.google.inject.Inject;

/**
 * Entities bound to Java classes: when the class is on the class path, every field must have an accessor whose type
 * fits; an accessor whose type is not on the class path is not checked (a warning, as for a bound class not found). Also checks {@code list of X via f} fields, which name how records of X refer back.
 */
public class BindingValidator extends ConcernValidator {

	private static final Set<String> NUMBERS = Set.of("int", "long", "double", "float", "short", "byte",
			"java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short",
			"java.lang.Byte", "java.math.BigDecimal", "java.math.BigInteger", "java.lang.Number");
	private static final Set<String> DATE_TIMES = Set.of("java.time.Instant", "java.time.OffsetDateTime",
			"java.time.ZonedDateTime", "java.time.LocalDateTime", "java.util.Date");
	private static final Set<String> LISTS = Set.of("java.lang.Iterable", "java.util.Collection", "java.util.List",
			"java.util.Set", "java.util.SortedSet", "java.util.ArrayList", "java.util.LinkedList", "java.util.HashSet",
			"java.util.LinkedHashSet", "java.util.TreeSet");

	@Inject
	private Accessors accessors;

	@Inject
	private PrivacyTypeComputer types;

	@Check
	public void boundClass(Entity entity) {
		if (entity.getJavaType() == null) {
			return;
		}
		// the generated validator writes this name as a Java type: anything but a class name would be code
		if (!JavaNames.isQualifiedName(entity.getJavaType().trim())) {
			error("the text after 'bound to' is not a Java class name; write the full name of the class, e.g."
					+ " \"com.acme.Subscriber\"", entity, P.getEntity_JavaType(), IssueCodes.INVALID_JAVA_NAME,
					entity.getJavaType());
			return;
		}
		JvmDeclaredType type = accessors.boundType(entity);
		if (type == null) {
			warning("class '" + entity.getJavaType() + "' is not on the class path, so its fields are not checked here;"
					+ " they are checked when the validators compile with the application", entity,
					P.getEntity_JavaType(), IssueCodes.BOUND_CLASS_NOT_FOUND, entity.getJavaType());
			return;
		}
		for (Field field : entity.getFields()) {
			JvmOperation accessor = accessors.accessor(type, field.getName());
			if (accessor == null) {
				String capitalized = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
				error("class '" + type.getSimpleName() + "' has no '" + field.getName() + "': add get" + capitalized
						+ "() or a record component '" + field.getName() + "', or remove the field", field,
						P.getNamed_Name(), IssueCodes.BOUND_FIELD_MISSING, field.getName());
				continue;
			}
			String missing = missingClass(accessor.getReturnType());
			if (missing != null) {
				warning("the type of '" + field.getName() + "', class '" + missing + "', is not on the class path, so '"
						+ field.getName() + "' is not checked here; it is checked when the validators compile with the"
						+ " application", field, P.getField_Type(), IssueCodes.BOUND_CLASS_NOT_FOUND, missing);
				continue;
			}
			String problem = mismatch(types.typeOf(field), accessor.getReturnType());
			if (problem != null) {
				error("'" + field.getName() + "' is " + types.typeOf(field).describe() + " but " + type.getSimpleName()
						+ "." + accessor.getSimpleName() + "() returns " + accessor.getReturnType().getSimpleName()
						+ problem, field, P.getField_Type(), IssueCodes.BOUND_FIELD_TYPE, field.getName());
			}
		}
	}

	/**
	 * The name of the class an accessor returns when that class is not on the class path, else null. Xtext reads the
	 * class file of the bound class alone; a type it refers to that is missing stays an unresolved proxy, which
	 * calls itself {@code void}: compared as a type, it gave "returns void", a false error where the build passes.
	 */
	private static String missingClass(JvmTypeReference returned) {
		if (returned == null || returned.getType() == null || !returned.getType().eIsProxy()) {
			return null;
		}
		URI proxy = ((InternalEObject) returned.getType()).eProxyURI();
		String fragment = proxy == null ? null : proxy.fragment();
		return fragment == null || fragment.isEmpty() ? returned.getIdentifier() : fragment;
	}

	/** Null when a Java type can hold values of {@code expected}, else the rest of a sentence saying why not. */
	private static String mismatch(PrivacyType expected, JvmTypeReference actual) {
		if (actual == null || actual.getType() == null) {
			return null;
		}
		JvmType type = actual.getType();
		String name = type.getIdentifier();
		if (expected.list()) {
			if (type instanceof JvmArrayType || LISTS.contains(name)) {
				return null;
			}
			return ", not a list";
		}
		boolean fits = switch (expected.kind()) {
			case TEXT -> name.equals("java.lang.String") || name.equals("java.lang.CharSequence");
			case NUMBER -> NUMBERS.contains(name);
			case BOOLEAN -> name.equals("boolean") || name.equals("java.lang.Boolean");
			case DATE -> name.equals("java.time.LocalDate");
			case DATETIME -> DATE_TIMES.contains(name);
			case DURATION -> name.equals("java.time.Duration") || name.equals("org.privacy.runtime.Span")
					|| name.equals("java.lang.String");
			case TIME -> name.equals("java.time.LocalTime");
			case ENUM, WEEKDAY -> type instanceof JvmEnumerationType || name.equals("java.lang.String");
			case ENTITY -> expected.entity() == null || expected.entity().getJavaType() == null
					|| expected.entity().getJavaType().trim().equals(name);
			case UNKNOWN -> true;
		};
		if (!fits) {
			return "";
		}
		if (type instanceof JvmEnumerationType javaEnum && expected.enumeration() != null) {
			for (EnumValue value : expected.enumeration().getValues()) {
				if (javaEnum.getLiterals().stream().map(JvmEnumerationLiteral::getSimpleName)
						.noneMatch(value.getName()::equals)) {
					return ", which has no constant " + value.getName();
				}
			}
		}
		return null;
	}

	@Check
	public void via(TypeRef ref) {
		Field via = ref.getVia();
		if (via == null || via.eIsProxy()) {
			return;
		}
		Field field = (Field) ref.eContainer();
		Entity owner = (Entity) field.eContainer();
		if (!ref.isList() || !(ref.getType() instanceof Entity)) {
			error("'via' is for lists of records: 'list of Consent via prospect'", ref, P.getTypeRef_Via(),
					IssueCodes.INVALID_VIA);
			return;
		}
		PrivacyType back = types.typeOf(via);
		if (back.list() || back.entity() != owner) {
			error("'" + via.getName() + "' should refer to " + owner.getName() + " for 'via' to find the records",
					ref, P.getTypeRef_Via(), IssueCodes.INVALID_VIA);
		} else if (owner.getFields().stream().noneMatch(Field::isKey)) {
			error("'" + owner.getName() + "' needs a key field (e.g. 'id: text key') so that records can refer to it",
					ref, P.getTypeRef_Via(), IssueCodes.INVALID_VIA);
		}
	}

}
