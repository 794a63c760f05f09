package org.privacy.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Term;

/**
 * What a file exports to the index: Xtext's names, without looking inside rules and terms. Nothing inside them has a
 * name another file could use (their only names are quantifier variables, which are local), and they are most of a
 * rule file. Indexing by walking every expression was 6 % of the CPU samples of a compilation of the compiler
 * benchmark's 10,000 rules (docs/BENCHMARKS.md), and the editor indexes a file again after every change.
 */
public class PrivacyResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		boolean children = super.createEObjectDescriptions(eObject, acceptor);
		return children && !(eObject instanceof Rule) && !(eObject instanceof Term);
	}
}
