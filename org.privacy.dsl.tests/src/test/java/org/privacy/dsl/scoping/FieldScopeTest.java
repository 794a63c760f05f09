package org.privacy.dsl.scoping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.PrivacyFactory;

/**
 * An entity's fields found by name in a map ({@link FieldScope}) are what {@code Scopes.scopeFor} over the fields
 * finds: the same element for each name, the same order, the same shadowing of the parent scope, a field without a
 * name left out, and of two fields of one name the first.
 */
class FieldScopeTest {
	private static final PrivacyFactory F = PrivacyFactory.eINSTANCE;

	@Test
	void findsWhatAWalkOverTheFieldsFinds() {
		Entity entity = F.createEntity();
		entity.setName("Prospect");
		for (String name : new String[] { "email", "createdAt", null, "email", "status", "kind" }) {
			Field field = F.createField();
			field.setName(name);
			entity.getFields().add(field);
		}
		// the parent: a term named like a field (shadowed) and one that is not
		Field shadowed = F.createField();
		shadowed.setName("status");
		Field other = F.createField();
		other.setName("optin");
		IScope parent = Scopes.scopeFor(List.of(shadowed, other));

		IScope walked = Scopes.scopeFor(entity.getFields(), parent);
		IScope mapped = new FieldScope(parent, FieldScope.Fields.of(entity));

		for (String name : List.of("email", "createdAt", "status", "kind", "optin", "unknown", "Email")) {
			QualifiedName q = QualifiedName.create(name);
			assertThat(object(mapped.getSingleElement(q))).as(name).isSameAs(object(walked.getSingleElement(q)));
			assertThat(objects(mapped.getElements(q))).as(name).isEqualTo(objects(walked.getElements(q)));
		}
		assertThat(names(mapped.getAllElements())).isEqualTo(names(walked.getAllElements()))
				.containsExactly("email", "createdAt", "email", "status", "kind", "optin");
		assertThat(objects(mapped.getAllElements())).isEqualTo(objects(walked.getAllElements()));
		for (Field field : entity.getFields()) {
			assertThat(names(mapped.getElements(field))).isEqualTo(names(walked.getElements(field)));
		}
		assertThat(object(mapped.getSingleElement(QualifiedName.create("email")))).isSameAs(entity.getFields().get(0));
		assertThat(object(mapped.getSingleElement(QualifiedName.create("status"))))
				.isSameAs(entity.getFields().get(4));
	}

	private static EObject object(IEObjectDescription d) {
		return d == null ? null : d.getEObjectOrProxy();
	}

	private static List<EObject> objects(Iterable<IEObjectDescription> ds) {
		return map(ds, IEObjectDescription::getEObjectOrProxy);
	}

	private static List<String> names(Iterable<IEObjectDescription> ds) {
		return map(ds, d -> d.getName().toString());
	}

	private static <T> List<T> map(Iterable<IEObjectDescription> ds, Function<IEObjectDescription, T> f) {
		return StreamSupport.stream(ds.spliterator(), false).map(f).toList();
	}
}
