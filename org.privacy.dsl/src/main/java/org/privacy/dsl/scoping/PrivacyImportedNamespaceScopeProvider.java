package org.privacy.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;
import org.privacy.dsl.library.BuiltinLibrary;
import org.privacy.dsl.naming.PrivacyQualifiedNameProvider;
import org.privacy.dsl.privacy.Model;

/**
 * Imports without an import statement: the built-in vocabulary, and the file's own package, so that files of one
 * package see each other's declarations by their simple names.
 */
public class PrivacyImportedNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> getImplicitImports(boolean ignoreCase) {
		return List.of(new ImportNormalizer(QualifiedName.create(BuiltinLibrary.PACKAGE.split("\\.")), true,
				ignoreCase));
	}

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
		if (context instanceof Model model && model.getName() != null) {
			resolvers.add(new ImportNormalizer(getQualifiedNameConverter().toQualifiedName(model.getName()), true,
					ignoreCase));
		}
		return resolvers;
	}

	/**
	 * The file's own declarations, as Xtext collects them but without walking what names nothing
	 * ({@link PrivacyQualifiedNameProvider#namesNothingInside}): the same descriptions in the same order.
	 */
	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		List<EObject> declarations = new ArrayList<>();
		TreeIterator<EObject> all = EcoreUtil.getAllContents(resource, false);
		while (all.hasNext()) {
			EObject object = all.next();
			declarations.add(object);
			if (PrivacyQualifiedNameProvider.namesNothingInside(object)) {
				all.prune();
			}
		}
		return new MultimapBasedSelectable(Scopes.scopedElementsFor(declarations, getQualifiedNameProvider()));
	}
}
