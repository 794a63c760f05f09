package org.privacy.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.privacy.dsl.naming.PrivacyQualifiedNameProvider;

/**
 * What a file exports to the index: Xtext's names, without looking inside rules and terms, where nothing has a name
 * ({@link PrivacyQualifiedNameProvider#namesNothingInside}). Indexing by walking every expression was 6 % of the CPU
 * samples of a compilation of the compiler benchmark's 10,000 rules (docs/BENCHMARKS.md), and the editor indexes a
 * file again after every change.
 */
public class PrivacyResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		boolean children = super.createEObjectDescriptions(eObject, acceptor);
		return children && !PrivacyQualifiedNameProvider.namesNothingInside(eObject);
	}
}
