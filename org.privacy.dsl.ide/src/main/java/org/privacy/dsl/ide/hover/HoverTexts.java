package org.privacy.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.ide.highlighting.PrivacySemanticHighlightingCalculator;
import org.privacy.dsl.privacy.Category;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.Variable;
import org.privacy.dsl.typing.PrivacyTypeComputer;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The Markdown of each kind of hover. */
@Singleton
public class HoverTexts {

	@Inject
	private PrivacyTypeComputer types;

	/** What a declaration is, or {@code null} for things that have no hover of their own. */
	public String describe(EObject element) {
		if (element instanceof Rule rule) {
			return rule(rule);
		}
		if (element instanceof Term term) {
			return term(term);
		}
		if (element instanceof Field field) {
			return field(field);
		}
		if (element instanceof Entity entity) {
			return entity(entity);
		}
		if (element instanceof Enumeration enumeration) {
			return enumeration(enumeration);
		}
		if (element instanceof EnumValue value) {
			return enumValue(value);
		}
		if (element instanceof Category category) {
			return category(category);
		}
		if (element instanceof Parameter parameter) {
			return "**parameter " + parameter.getName() + "** = `" + source(parameter.getValue()) + "`\n\n"
					+ "A value a deployment may change without editing the rules; this is its default.";
		}
		if (element instanceof Variable variable) {
			return "**" + variable.getName() + "**: " + types.typeOf(variable).describe()
					+ ", one element of the list at a time";
		}
		return null;
	}

	/** A legal basis: the article's title and summary, or a note that the table does not know it. */
	public String legalBasis(String basis) {
		Optional<LegalArticles.Article> article = LegalArticles.shipped().find(basis);
		if (article.isEmpty()) {
			return "**" + basis + "**\n\nNot in the editor's table of articles (GDPR, CPCE, Consumer Code, CNIL):"
					+ " cited as written.";
		}
		LegalArticles.Article a = article.get();
		String heading = "**" + a.citation() + "** · " + a.title();
		String note = a.citation().equalsIgnoreCase(basis.trim()) ? ""
				: "\n\n*Cited as \"" + basis + "\"; this is " + a.citation() + ".*";
		return heading + "\n\n" + a.summary() + note + "\n\n*A summary, not the text of the law.*";
	}

	private String rule(Rule rule) {
		StringBuilder b = new StringBuilder("**rule " + rule.getName() + "**");
		if (rule.getTitle() != null) {
			b.append(" · ").append(rule.getTitle());
		}
		b.append("\n\n");
		List<String> bases = new ArrayList<>();
		for (String basis : rule.getBases()) {
			bases.add(LegalArticles.shipped().find(basis).map(a -> basis + " (" + a.title() + ")").orElse(basis));
		}
		b.append("- basis: ").append(bases.isEmpty() ? "none cited" : String.join("; ", bases)).append('\n');
		boolean defaultSeverity = !rule.eIsSet(org.privacy.dsl.privacy.PrivacyPackage.eINSTANCE.getRule_Severity());
		b.append("- severity: ").append(rule.getSeverity().getLiteral()).append(defaultSeverity ? " (default)" : "")
				.append('\n');
		b.append("- effective: ").append(effective(rule)).append('\n');
		return b.toString();
	}

	private static String effective(Rule rule) {
		if (rule.getEffectiveFrom() == null) {
			return "always (no effective dates)";
		}
		StringBuilder b = new StringBuilder("from ").append(rule.getEffectiveFrom());
		if (rule.getEffectiveUntil() != null) {
			b.append(" until ").append(rule.getEffectiveUntil()).append(" included");
		}
		if (rule.getEffectiveOn() != null && !rule.getEffectiveOn().eIsProxy()) {
			b.append(", judged by `").append(rule.getEffectiveOn().getName()).append('`');
		} else {
			b.append(", judged by now");
		}
		return b.toString();
	}

	private String term(Term term) {
		Entity entity = term.getActivity() != null ? term.getActivity() : term.getSubject();
		String entityName = entity == null || entity.eIsProxy() ? "?" : entity.getName();
		String kind;
		String meaning;
		if (term.isEvent()) {
			kind = "event";
			meaning = "When something happened to a " + entityName + " (possibly not yet); a rule requires it"
					+ " `within` a length of time.";
		} else if (term.getActivity() != null) {
			kind = "activity";
			meaning = "The " + entityName + " records that a rule about \"" + term.getName() + "\" applies to.";
		} else {
			kind = "condition";
			meaning = "True or false for one " + entityName + ".";
		}
		return "**term " + term.getName() + "** · " + kind + " about `" + entityName + "`\n\n```privacy\n"
				+ sourceText(term) + "\n```\n\n" + meaning;
	}

	private String field(Field field) {
		Entity entity = (Entity) field.eContainer();
		StringBuilder b = new StringBuilder("**" + field.getName() + "**: `" + source(field.getType()) + "` · field of `"
				+ entity.getName() + "`\n\n");
		if (field.getTitle() != null) {
			b.append(field.getTitle()).append(" (the title sentences use)\n\n");
		}
		b.append("- optional: ").append(field.isOptional() ? "yes, it may be missing" : "no").append('\n');
		b.append("- key: ").append(field.isKey() ? "yes, it names the record in reports" : "no").append('\n');
		Category category = field.getCategory();
		if (category != null && !category.eIsProxy()) {
			b.append("- category: ").append(categoryLine(category)).append('\n');
		} else {
			b.append("- category: none\n");
		}
		return b.toString();
	}

	private static String entity(Entity entity) {
		StringBuilder b = new StringBuilder("**entity " + entity.getName() + "**");
		if (entity.getTitle() != null) {
			b.append(" · ").append(entity.getTitle());
		}
		if (entity.getJavaType() != null) {
			b.append(" · bound to `").append(entity.getJavaType()).append('`');
		}
		b.append("\n\n");
		List<String> fields = new ArrayList<>();
		for (Field field : entity.getFields()) {
			fields.add("`" + field.getName() + "`" + (field.isKey() ? " (key)" : ""));
		}
		b.append(fields.isEmpty() ? "No fields." : "Fields: " + String.join(", ", fields) + ".");
		return b.toString();
	}

	private static String enumeration(Enumeration enumeration) {
		List<String> values = new ArrayList<>();
		for (EnumValue value : enumeration.getValues()) {
			values.add("`" + value.getName() + "`");
		}
		return "**enum " + enumeration.getName() + "**" + (enumeration.getTitle() == null ? ""
				: " · " + enumeration.getTitle()) + "\n\nValues: " + String.join(", ", values) + ".";
	}

	private static String enumValue(EnumValue value) {
		Enumeration enumeration = (Enumeration) value.eContainer();
		return "**" + value.getName() + "** · value of `" + enumeration.getName() + "`"
				+ (value.getTitle() == null ? "" : "\n\n" + value.getTitle());
	}

	private static String category(Category category) {
		return "**category** " + categoryLine(category);
	}

	private static String categoryLine(Category category) {
		boolean personal = PrivacySemanticHighlightingCalculator.isPersonalData(category);
		return "`" + category.getName() + "` (" + category.getTitle() + ")"
				+ (personal ? ", personal data: masked in reports" : ", not personal data");
	}

	private static String sourceText(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		// the node's own text, without the comments and blank lines before it
		return node == null ? "" : node.getRootNode().getText().substring(node.getOffset(), node.getEndOffset());
	}

	private static String source(EObject element) {
		ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
