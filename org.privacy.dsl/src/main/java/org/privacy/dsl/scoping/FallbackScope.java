package org.privacy.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.collect.Iterables;

/** A scope that answers from {@code primary} and, for what it lacks, from {@code fallback}. */
final class FallbackScope implements IScope {
	private final IScope primary;
	private final IScope fallback;

	FallbackScope(IScope primary, IScope fallback) {
		this.primary = primary;
		this.fallback = fallback;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		IEObjectDescription found = primary.getSingleElement(name);
		return found != null ? found : fallback.getSingleElement(name);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return Iterables.concat(primary.getElements(name), fallback.getElements(name));
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		IEObjectDescription found = primary.getSingleElement(object);
		return found != null ? found : fallback.getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return Iterables.concat(primary.getElements(object), fallback.getElements(object));
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return Iterables.concat(primary.getAllElements(), fallback.getAllElements());
	}
}
