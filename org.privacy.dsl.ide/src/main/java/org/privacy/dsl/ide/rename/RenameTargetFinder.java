package org.privacy.dsl.ide.rename;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.privacy.dsl.privacy.Calendar;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.OpeningHours;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Term;

import com.google.inject.Inject;

/** Finds the declaration whose name, or a reference to which, is written at an offset of a file. */
public class RenameTargetFinder {

	@Inject
	private EObjectAtOffsetHelper elements;

	/** The target at {@code offset}, or just before it (a caret right after a name); {@code null} if none. */
	public RenameTarget find(XtextResource resource, int offset) {
		RenameTarget target = findAt(resource, offset);
		return target != null || offset == 0 ? target : findAt(resource, offset - 1);
	}

	/** Whether a declaration of this kind can be renamed. */
	public static boolean isRenameable(EObject element) {
		return element instanceof Term || element instanceof Entity || element instanceof Field
				|| element instanceof Rule || element instanceof Parameter || element instanceof Enumeration
				|| element instanceof EnumValue || element instanceof Calendar || element instanceof OpeningHours;
	}

	private RenameTarget findAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null || offset < 0) {
			return null;
		}
		EObject element = elements.getElementWithNameAt(resource, offset);
		if (element == null || element.eIsProxy() || !isRenameable(element)) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || leaf.isHidden()) {
			return null;
		}
		String name = nameOf(element);
		INode reference = referenceNodeAt(leaf, offset);
		if (reference != null) {
			return new RenameTarget(element, name, NodeText.visibleRegion(reference));
		}
		for (INode node : NodeModelUtils.findNodesForFeature(element, nameFeature(element))) {
			ITextRegion region = NodeText.visibleRegion(node);
			if (region.contains(offset)) {
				return new RenameTarget(element, name, NodeText.withoutQuotes(node, region));
			}
		}
		return null;
	}

	/** The node of the cross-reference that covers {@code offset}, if the leaf there belongs to one. */
	private static INode referenceNodeAt(ILeafNode leaf, int offset) {
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (owner == null) {
			return null;
		}
		for (EReference reference : owner.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			for (INode node : NodeModelUtils.findNodesForFeature(owner, reference)) {
				if (NodeText.visibleRegion(node).contains(offset)) {
					return node;
				}
			}
		}
		return null;
	}

	static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}

	static String nameOf(EObject element) {
		Object name = element.eGet(nameFeature(element));
		return name == null ? "" : name.toString();
	}
}
