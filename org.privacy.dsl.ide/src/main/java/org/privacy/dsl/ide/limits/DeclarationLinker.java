package org.privacy.dsl.ide.limits;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.lazy.LazyLinker;

/**
 * Xtext's linker, which can also link one declaration of a file alone ({@link #linkAlone}): the proxies of its
 * references installed, the links of the rest of the file and what Xtext keeps of them (the file's list of proxies to
 * resolve, the names it looked up for the index) left as they are. Linking the whole file clears all of that first.
 */
public class DeclarationLinker extends LazyLinker {

	/** Installs the proxies of every reference in {@code declaration}, and in nothing else. */
	public void linkAlone(EObject declaration, IDiagnosticConsumer consumer) {
		doLinkModel(declaration, consumer);
	}
}
