package org.privacy.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.Variable;

/**
 * Names as the index sees them: a term's name is one segment even when it has spaces or dots, rules are named by their
 * id, and quantifier variables are local (not exported).
 */
public class PrivacyQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	protected QualifiedName qualifiedName(Term term) {
		return term.getName() == null ? null : packageOf(term).append(term.getName());
	}

	protected QualifiedName qualifiedName(Rule rule) {
		return rule.getName() == null ? null : packageOf(rule).append(rule.getName());
	}

	/** Quantifier variables are only visible inside their own condition, which scoping provides: never exported. */
	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		return element instanceof Variable ? null : super.getFullyQualifiedName(element);
	}

	/**
	 * Whether nothing inside {@code element} has a qualified name: the conditions of rules and terms name only
	 * quantifier variables, which are local. What the index exports and the scope of a file's own names skip, as
	 * conditions are most of a rule file.
	 */
	public static boolean namesNothingInside(EObject element) {
		return element instanceof Rule || element instanceof Term;
	}

	private QualifiedName packageOf(EObject element) {
		Model model = EcoreUtil2.getContainerOfType(element, Model.class);
		if (model != null && model.getName() != null) {
			return getConverter().toQualifiedName(model.getName());
		}
		return QualifiedName.EMPTY;
	}
}
