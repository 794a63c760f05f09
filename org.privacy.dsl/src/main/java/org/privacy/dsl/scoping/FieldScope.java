package org.privacy.dsl.scoping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Field;

/**
 * The fields of one entity in front of a parent scope: what {@code Scopes.scopeFor(entity.getFields(), parent)} finds,
 * in the same order and with the same shadowing, but found by name in a map made once per entity ({@link Fields})
 * instead of a walk over every field, making each one's name, for every name looked up.
 */
final class FieldScope extends SimpleScope {
	private final Fields fields;

	FieldScope(IScope parent, Fields fields) {
		super(parent, fields.all());
		this.fields = fields;
	}

	@Override
	protected Iterable<IEObjectDescription> getLocalElementsByName(QualifiedName name) {
		return fields.byName().getOrDefault(name, List.of());
	}

	/** An entity's fields as descriptions, in their order (those without a name left out), and by name. */
	record Fields(List<IEObjectDescription> all, Map<QualifiedName, List<IEObjectDescription>> byName) {

		static Fields of(Entity entity) {
			List<IEObjectDescription> all = new ArrayList<>();
			Map<QualifiedName, List<IEObjectDescription>> byName = new LinkedHashMap<>();
			for (Field field : entity.getFields()) {
				if (field.getName() != null) {
					IEObjectDescription d = EObjectDescription.create(QualifiedName.create(field.getName()), field);
					all.add(d);
					byName.computeIfAbsent(d.getName(), n -> new ArrayList<>(1)).add(d);
				}
			}
			return new Fields(List.copyOf(all), byName);
		}
	}
}
