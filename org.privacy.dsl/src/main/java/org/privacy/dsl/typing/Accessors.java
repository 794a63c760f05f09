package org.privacy.dsl.typing;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.common.types.JvmDeclaredType;
import org.eclipse.xtext.common.types.JvmFeature;
import org.eclipse.xtext.common.types.JvmOperation;
import org.eclipse.xtext.common.types.JvmType;
import org.eclipse.xtext.common.types.access.IJvmTypeProvider;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Field;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Finds the Java class an entity is bound to, and the accessor of each field: {@code getX()}, {@code isX()} for
 * booleans, or {@code x()} for records. When the class is not on the class path, JavaBean getters are assumed.
 */
@Singleton
public class Accessors {

	@Inject
	private IJvmTypeProvider.Factory typeProviders;

	/** The bound class, or {@code null} if the entity is unbound or its class is not on the class path. */
	public JvmDeclaredType boundType(Entity entity) {
		if (entity.getJavaType() == null || entity.eResource() == null) {
			return null;
		}
		ResourceSet set = entity.eResource().getResourceSet();
		if (set == null) {
			return null;
		}
		try {
			JvmType type = typeProviders.findOrCreateTypeProvider(set).findTypeByName(entity.getJavaType().trim());
			return type instanceof JvmDeclaredType declared ? declared : null;
		} catch (RuntimeException e) {
			// a malformed class name is reported by the binding validator
			return null;
		}
	}

	/** The zero-argument method that reads {@code field}, or {@code null} if the class has none. */
	public JvmOperation accessor(JvmDeclaredType type, String field) {
		String capitalized = Character.toUpperCase(field.charAt(0)) + field.substring(1);
		JvmOperation found = null;
		for (JvmFeature feature : type.getAllFeatures()) {
			if (feature instanceof JvmOperation op && op.getParameters().isEmpty() && !op.isStatic()) {
				String name = op.getSimpleName();
				if (name.equals("get" + capitalized) || name.equals("is" + capitalized)) {
					return op;
				}
				if (name.equals(field)) {
					found = op;
				}
			}
		}
		return found;
	}

	/** The name of the method generated code calls to read {@code field}. */
	public String accessorName(Field field, boolean isBoolean) {
		return accessorName((Entity) field.eContainer(), field.getName(), isBoolean);
	}

	/**
	 * The name of the method generated code calls to read the property {@code name} of a bound entity's class: a
	 * field's, or the map a field's value is an entry of ({@code from attributes key "locale"}).
	 */
	public String accessorName(Entity entity, String name, boolean isBoolean) {
		String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
		JvmDeclaredType type = boundType(entity);
		if (type != null) {
			JvmOperation op = accessor(type, name);
			if (op != null) {
				return op.getSimpleName();
			}
		}
		return (isBoolean ? "is" : "get") + capitalized;
	}
}
