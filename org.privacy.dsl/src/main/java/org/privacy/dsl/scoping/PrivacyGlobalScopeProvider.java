package org.privacy.dsl.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SelectableBasedScope;
import org.privacy.dsl.library.BuiltinLibrary;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/** The usual index-based global scope, with the built-in vocabulary behind it. */
public class PrivacyGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private BuiltinLibrary library;

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type,
			Predicate<IEObjectDescription> filter) {
		IScope workspace = super.getScope(resource, ignoreCase, type, filter);
		if (library.isLibrary(resource)) {
			return workspace;
		}
		IScope builtin = SelectableBasedScope.createScope(IScope.NULLSCOPE, library.index(), filter, type, ignoreCase);
		return new FallbackScope(workspace, builtin);
	}
}
