package org.privacy.maven;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.common.types.access.ClasspathTypeProviderFactory;
import org.eclipse.xtext.common.types.access.impl.TypeResourceServices;

import com.google.inject.Inject;

/**
 * Finds Java types in the application's classes: its own model classes (compiled by {@link ModelClasses}) and its
 * compile class path. Xtext's factory would take the class loader from the resource set's class path context, which
 * the compiler facade sets to the language's own class loader; this one always answers with the injected loader.
 */
class ProjectTypeProviderFactory extends ClasspathTypeProviderFactory {

	private final ClassLoader loader;

	@Inject
	ProjectTypeProviderFactory(ClassLoader loader, TypeResourceServices services) {
		super(loader, services);
		this.loader = loader;
	}

	@Override
	public ClassLoader getClassLoader(ResourceSet resourceSet) {
		return loader;
	}
}
