package org.privacy.dsl.resource;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * Xtext's lazily linked resource, without its costs on files that have errors (the editor, the command line and
 * builds all use it).
 * <ul>
 * <li>Once a file has any error, Xtext builds the "unknown name" message of every reference that does resolve, only to
 * remove that diagnostic if it was there; our message searches all visible names for a suggestion, so in a 5,000-line
 * file one typo made every keystroke wait seconds for its diagnostics.</li>
 * <li>Finding the diagnostic to remove, or whether an unresolved name already has one, means a search of the whole
 * list of errors for each reference: quadratic, so a 10 MB file of nonsense (a hundred thousand errors) took more
 * than five minutes to link.</li>
 * </ul>
 * Here the resource remembers the references (their nodes) that were given a linking diagnostic since the errors were
 * last cleared: only at those can a removal find something, or an addition find a copy already there.
 */
public class PrivacyLinkingResource extends LazyLinkingResource {

	/** Nodes given a linking diagnostic since the errors were last cleared: a superset of those that have one. */
	private final Set<INode> nodesWithLinkingDiagnostic = new HashSet<>();

	@Override
	protected void createAndAddDiagnostic(Triple<EObject, EReference, INode> triple) {
		INode node = triple.getThird();
		if (node == null || !nodesWithLinkingDiagnostic.add(node) || isValidationDisabled()) {
			super.createAndAddDiagnostic(triple);
			return;
		}
		DiagnosticMessage message = createDiagnosticMessage(triple);
		if (message != null) {
			// the node had no linking diagnostic, so Xtext's search of the list for a copy would find none
			getDiagnosticList(message).add(createDiagnostic(triple, message));
		}
	}

	/**
	 * No "unknown name" for a name the parser could not read whole: its syntax error is reported already, and the
	 * name the parser recovered ({@code consented & true}, since keywords may continue a name) means nothing.
	 */
	@Override
	protected DiagnosticMessage createDiagnosticMessage(Triple<EObject, EReference, INode> triple) {
		INode node = triple.getThird();
		if (node != null) {
			for (INode part : node.getAsTreeIterable()) {
				if (part.getSyntaxErrorMessage() != null) {
					return null;
				}
			}
		}
		return super.createDiagnosticMessage(triple);
	}

	@Override
	protected void createAndAddDiagnostic(Triple<EObject, EReference, INode> triple, IllegalNodeException ex) {
		if (triple.getThird() != null) {
			nodesWithLinkingDiagnostic.add(triple.getThird());
		}
		super.createAndAddDiagnostic(triple, ex);
	}

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		INode node = triple.getThird();
		if (node != null && !nodesWithLinkingDiagnostic.contains(node)) {
			return;
		}
		super.removeDiagnostic(triple);
	}

	@Override
	protected void clearErrorsAndWarnings() {
		super.clearErrorsAndWarnings();
		nodesWithLinkingDiagnostic.clear();
	}
}
