package org.privacy.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.privacy.dsl.model.SourceText;
import org.privacy.dsl.privacy.Calendar;
import org.privacy.dsl.privacy.Category;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.OpeningHours;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Term;

/**
 * How declarations appear in the outline and in workspace symbol search: their kind of symbol, their name and a
 * short detail (a rule's title, what a term is about, a field's type).
 */
public final class SymbolLabels {
	private SymbolLabels() {
	}

	public static SymbolKind kind(EObject element) {
		if (element instanceof Rule) {
			return SymbolKind.Function;
		}
		if (element instanceof Term term) {
			return term.getActivity() != null ? SymbolKind.Object : term.isEvent() ? SymbolKind.Event : SymbolKind.Boolean;
		}
		if (element instanceof Entity) {
			return SymbolKind.Class;
		}
		if (element instanceof Field) {
			return SymbolKind.Field;
		}
		if (element instanceof Enumeration) {
			return SymbolKind.Enum;
		}
		if (element instanceof EnumValue) {
			return SymbolKind.EnumMember;
		}
		if (element instanceof Parameter) {
			return SymbolKind.Constant;
		}
		if (element instanceof Calendar || element instanceof OpeningHours) {
			return SymbolKind.Struct;
		}
		return SymbolKind.Key;
	}

	/** The declaration's name (a rule's id, a term's words, a category's key); empty when it is not written yet. */
	public static String name(EObject element) {
		var feature = element.eClass().getEStructuralFeature("name");
		Object name = feature == null ? null : element.eGet(feature);
		return name == null ? "" : name.toString();
	}

	/** A short description shown next to the name, or {@code null}. */
	public static String detail(EObject element) {
		if (element instanceof Rule rule) {
			return rule.getTitle();
		}
		if (element instanceof Term term) {
			if (term.getActivity() != null) {
				return "activity: " + entityName(term.getActivity());
			}
			return (term.isEvent() ? "event of " : "condition on ") + entityName(term.getSubject());
		}
		if (element instanceof Field field) {
			String text = SourceText.of(field);
			int colon = text.indexOf(':');
			return colon < 0 ? text : text.substring(colon + 1).trim();
		}
		if (element instanceof Entity entity) {
			return entity.getJavaType() == null ? null : "bound to " + entity.getJavaType();
		}
		if (element instanceof Enumeration enumeration) {
			return enumeration.getTitle();
		}
		if (element instanceof EnumValue value) {
			return value.getTitle();
		}
		if (element instanceof Parameter parameter) {
			return "= " + SourceText.of(parameter.getValue());
		}
		if (element instanceof Category category) {
			return category.getTitle();
		}
		if (element instanceof Calendar calendar) {
			return calendar.getTitle() != null ? calendar.getTitle() : "calendar of public holidays";
		}
		if (element instanceof OpeningHours hours) {
			return hours.getTitle() != null ? hours.getTitle() : "opening hours";
		}
		return null;
	}

	private static String entityName(Entity entity) {
		return entity == null || entity.eIsProxy() ? "?" : entity.getName();
	}
}
