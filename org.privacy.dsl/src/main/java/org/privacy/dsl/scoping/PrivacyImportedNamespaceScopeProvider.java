package org.privacy.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.privacy.dsl.library.BuiltinLibrary;
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
}
