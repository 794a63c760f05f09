package org.privacy.dsl.resource;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * Xtext's lazily linked resource, without its cost on files that have an error (the editor, the command line and
 * builds all use it). Once a file has any error, Xtext
 * builds the "unknown name" message of every reference that does resolve, only to remove that diagnostic if it was
 * there; our message searches all visible names for a suggestion, so in a 5,000-line file one typo made every
 * keystroke wait seconds for its diagnostics. Here the message is built only when a linking diagnostic stands at
 * the reference's place, which is the only case in which the removal can find something.
 */
public class PrivacyLinkingResource extends LazyLinkingResource {

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		INode node = triple.getThird();
		if (node != null && !hasLinkingDiagnosticAt(node)) {
			return;
		}
		super.removeDiagnostic(triple);
	}

	private boolean hasLinkingDiagnosticAt(INode node) {
		for (List<Resource.Diagnostic> diagnostics : List.of(getErrors(), getWarnings())) {
			for (Resource.Diagnostic diagnostic : diagnostics) {
				if (diagnostic instanceof XtextLinkingDiagnostic linking && linking.getOffset() == node.getOffset()
						&& linking.getLength() == node.getLength()) {
					return true;
				}
			}
		}
		return false;
	}
}
