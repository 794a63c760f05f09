package org.privacy.dsl.validation;

import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.common.types.JvmArrayType;
import org.eclipse.xtext.common.types.JvmDeclaredType;
import org.eclipse.xtext.common.types.JvmEnumerationLiteral;
import org.eclipse.xtext.common.types.JvmEnumerationType;
import org.eclipse.xtext.common.types.JvmOperation;
import org.eclipse.xtext.common.types.JvmParameterizedTypeReference;
import org.eclipse.xtext.common.types.JvmType;
import org.eclipse.xtext.common.types.JvmTypeReference;
import org.eclipse.xtext.common.types.JvmUpperBound;
import org.eclipse.xtext.common.types.JvmWildcardTypeReference;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.typing.Accessors;
import org.privacy.dsl.model.JavaNames;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.FieldSource;
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
			error(Messages.notAJavaClassName(), entity, P.getEntity_JavaType(), entity.getJavaType());
			return;
		}
		JvmDeclaredType type = accessors.boundType(entity);
		if (type == null) {
			warning(Messages.boundClassNotFound(entity.getJavaType()), entity, P.getEntity_JavaType(),
					entity.getJavaType());
			return;
		}
		for (Field field : entity.getFields()) {
			FieldSource source = field.getSource();
			boolean entry = source != null && source.getMap() != null;
			String property = entry ? source.getMap() : field.getName();
			JvmOperation accessor = accessors.accessor(type, property);
			if (accessor == null) {
				error(Messages.boundFieldMissing(type.getSimpleName(), property), field, P.getNamed_Name(), property);
				continue;
			}
			String missing = missingClass(accessor.getReturnType());
			if (missing != null) {
				warning(Messages.fieldClassNotFound(field.getName(), missing), field, P.getField_Type(), missing);
				continue;
			}
			String returns = Messages.accessorReturns(type.getSimpleName(), accessor.getSimpleName(),
					accessor.getReturnType().getSimpleName());
			if (entry) {
				String problem = entryMismatch(types.typeOf(field), accessor.getReturnType());
				if (problem != null) {
					error(Messages.boundEntryType(field.getName(), property, returns, problem), source,
							P.getFieldSource_Map(), field.getName());
				}
				continue;
			}
			if (source != null && source.isEpochMillis()) {
				if (!MILLIS.contains(accessor.getReturnType().getType().getIdentifier())) {
					error(Messages.boundMillisType(field.getName(), returns), source, P.getFieldSource_EpochMillis(),
							field.getName());
				}
				continue;
			}
			String problem = mismatch(types.typeOf(field), accessor.getReturnType());
			if (problem != null && MILLIS.contains(accessor.getReturnType().getType().getIdentifier())
					&& (types.typeOf(field).is(PrivacyType.Kind.DATETIME) || types.typeOf(field).is(PrivacyType.Kind.DATE))
					&& !types.typeOf(field).list()) {
				problem = Messages.maybeEpochMillis(field.getName(), types.typeOf(field).is(PrivacyType.Kind.DATE));
			}
			if (problem != null) {
				error(Messages.boundFieldType(field.getName(), types.typeOf(field), returns, problem), field,
						P.getField_Type(), field.getName());
			}
		}
	}

	/** The Java types that hold milliseconds since 1970 ({@code from epoch millis}). */
	private static final Set<String> MILLIS = Set.of("long", "java.lang.Long");

	/** The maps a field's value can be an entry of ({@code from attributes key "locale"}). */
	private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
			"java.util.TreeMap", "java.util.SortedMap", "java.util.NavigableMap",
			"java.util.concurrent.ConcurrentMap", "java.util.concurrent.ConcurrentHashMap");

	/**
	 * Null when a map's entries can hold values of {@code expected}: a map with text keys whose values fit, or, for a
	 * single value, lists of values that fit (one value a key, as Keycloak's attributes keep them); else the rest of a
	 * sentence saying why not. Values of a raw map, or of type {@code Object}, are checked as the data is read.
	 */
	private static String entryMismatch(PrivacyType expected, JvmTypeReference actual) {
		if (actual == null || actual.getType() == null) {
			return null;
		}
		if (!MAPS.contains(actual.getType().getIdentifier())) {
			return Messages.notAMap();
		}
		if (!(actual instanceof JvmParameterizedTypeReference map) || map.getArguments().size() != 2) {
			return null;
		}
		JvmTypeReference key = map.getArguments().get(0);
		if (key.getType() != null && !key.getType().getIdentifier().equals("java.lang.String")
				&& !key.getType().getIdentifier().equals("java.lang.Object")) {
			return Messages.keysNotText();
		}
		JvmTypeReference value = upperBound(map.getArguments().get(1));
		if (value == null || value.getType() == null || value.getType().getIdentifier().equals("java.lang.Object")) {
			return null;
		}
		if (!expected.list() && LISTS.contains(value.getType().getIdentifier())) {
			// one value kept in a list: Values.single takes it, and reports a list of several as a data error
			if (!(value instanceof JvmParameterizedTypeReference list) || list.getArguments().size() != 1) {
				return null;
			}
			value = upperBound(list.getArguments().get(0));
			if (value == null || value.getType() == null
					|| value.getType().getIdentifier().equals("java.lang.Object")) {
				return null;
			}
		}
		String problem = mismatch(expected, value);
		return problem == null ? null : Messages.mapValues(value.getSimpleName(), problem);
	}

	/** The type a type argument stands for: {@code ? extends T} is {@code T}; an unbounded wildcard is unknown. */
	private static JvmTypeReference upperBound(JvmTypeReference argument) {
		if (argument instanceof JvmWildcardTypeReference wildcard) {
			for (var constraint : wildcard.getConstraints()) {
				if (constraint instanceof JvmUpperBound upper) {
					return upper.getTypeReference();
				}
			}
			return null;
		}
		return argument;
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
			return Messages.notAJavaList();
		}
		boolean fits = switch (expected.kind()) {
			case TEXT -> name.equals("java.lang.String") || name.equals("java.lang.CharSequence");
			case NUMBER -> NUMBERS.contains(name);
			case BOOLEAN -> name.equals("boolean") || name.equals("java.lang.Boolean");
			case DATE -> name.equals("java.time.LocalDate");
			case DATETIME -> DATE_TIMES.contains(name);
			case DURATION -> name.equals("java.time.Duration") || name.equals("java.time.Period")
					|| name.equals("org.privacy.runtime.Span")
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
					return Messages.noConstant(value.getName());
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
			error(Messages.viaOnNonList(), ref, P.getTypeRef_Via());
			return;
		}
		PrivacyType back = types.typeOf(via);
		if (back.list() || back.entity() != owner) {
			error(Messages.viaWrongTarget(via.getName(), owner.getName()), ref, P.getTypeRef_Via());
		} else if (owner.getFields().stream().noneMatch(Field::isKey)) {
			error(Messages.viaWithoutKey(owner.getName()), ref, P.getTypeRef_Via());
		}
	}

}
