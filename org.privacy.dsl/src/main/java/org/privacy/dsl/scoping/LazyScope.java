package org.privacy.dsl.scoping;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * A scope built the first time it is asked something. Most names in a rule are fields of its entity, found before
 * the scopes behind them are consulted; building those (imports, the file's declarations, the index) for every name
 * was a fifth of the compiler's linking time on a large rule set.
 */
final class LazyScope implements IScope {
	private final Supplier<IScope> build;
	private IScope scope;

	LazyScope(Supplier<IScope> build) {
		this.build = build;
	}

	private IScope scope() {
		if (scope == null) {
			scope = build.get();
		}
		return scope;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		return scope().getSingleElement(name);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return scope().getElements(name);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return scope().getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return scope().getElements(object);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return scope().getAllElements();
	}
}
