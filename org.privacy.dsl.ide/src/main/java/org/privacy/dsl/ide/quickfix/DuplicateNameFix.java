package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.model.SourceText;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.validation.IssueCodes;

/**
 * Two declarations of one name in one file, entity or enumeration — when the second repeats the first word for word
 * (a copy and paste), remove it. Two different declarations of one name have no obvious fix: which one is meant is
 * the author's call. The data is [name].
 */
class DuplicateNameFix implements QuickFix {

	@Override
	public String code() {
		return IssueCodes.DUPLICATE_NAME;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		String name = context.data(0);
		EObject repeat = declaration(context.element());
		if (name == null || repeat == null) {
			return List.of();
		}
		List<? extends EObject> siblings = siblings(repeat);
		String text = SourceText.of(repeat);
		for (EObject sibling : siblings) {
			if (sibling == repeat) {
				return List.of();
			}
			if (name.equals(nameOf(sibling)) && text.equals(SourceText.of(sibling))) {
				return List.of(remove(context, repeat, name));
			}
		}
		return List.of();
	}

	private static CodeAction remove(FixContext context, EObject repeat, String name) {
		INode node = NodeModelUtils.findActualNodeFor(repeat);
		if (repeat instanceof EnumValue) {
			// the comma before the value goes with it
			int start = context.endOfPreviousToken(context.endOfPreviousToken(node.getOffset()) - 1);
			return context.action("Remove the repeated value '" + name + "'",
					context.replace(start, node.getOffset() + node.getLength(), ""));
		}
		return context.action("Remove the repeated declaration of '" + name + "'", context.removeWithLeadingSpace(node));
	}

	private static EObject declaration(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Field || e instanceof EnumValue || e instanceof Element && !(e instanceof Rule)) {
				return e;
			}
		}
		return null;
	}

	private static List<? extends EObject> siblings(EObject declaration) {
		if (declaration.eContainer() instanceof Entity entity) {
			return entity.getFields();
		}
		if (declaration.eContainer() instanceof Enumeration enumeration) {
			return enumeration.getValues();
		}
		return declaration.eContainer() instanceof Model model ? model.getElements() : List.of();
	}

	private static String nameOf(EObject element) {
		var feature = element.eClass().getEStructuralFeature("name");
		Object name = feature == null ? null : element.eGet(feature);
		return name == null ? null : name.toString();
	}
}
