package org.privacy.dsl.ide.rename;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.privacy.dsl.library.BuiltinLibrary;
import org.privacy.dsl.typing.Calendars;
import org.privacy.dsl.privacy.Calendar;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.OpeningHours;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Term;

import com.google.inject.Inject;

/**
 * Whether a new name can replace a declaration's name: it must be writable where the declaration is used (a word, a
 * rule id or the words of a term name, and no keyword) and must not take a name already in use.
 */
public class NewNameCheck {

	private static final PrivacyPackage P = PrivacyPackage.eINSTANCE;

	@Inject
	private NameSyntax syntax;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private BuiltinLibrary library;

	/** The new name in its normal form (a term's words separated by single spaces, no quotes). */
	public static String normalize(EObject declaration, String requested) {
		String name = requested.trim();
		if (declaration instanceof Term) {
			if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
				name = name.substring(1, name.length() - 1);
			}
			return NameSyntax.words(name);
		}
		return name;
	}

	/** Why the declaration cannot be renamed at all, or {@code null} if it can. */
	public String problemWithDeclaration(EObject declaration) {
		if (library.isLibrary(declaration.eResource())) {
			return "'" + RenameTargetFinder.nameOf(declaration)
					+ "' belongs to the built-in vocabulary, which cannot be renamed";
		}
		return null;
	}

	/** Why {@code name} (normalized) cannot replace the declaration's name, or {@code null} if it can. */
	public String problemWithName(EObject declaration, String name, IResourceDescriptions index) {
		if (name.isEmpty()) {
			return "a name cannot be empty";
		}
		String problem;
		if (declaration instanceof Term) {
			problem = syntax.problemWithTermName(name);
		} else if (declaration instanceof Rule) {
			problem = syntax.problemWithRuleId(name);
		} else {
			problem = syntax.problemWithIdentifier(name);
		}
		return problem != null ? problem : clash(declaration, name, index);
	}

	private String clash(EObject declaration, String name, IResourceDescriptions index) {
		if (declaration instanceof Field field && field.eContainer() instanceof Entity entity) {
			return entity.getFields().stream().anyMatch(f -> f != field && name.equals(f.getName()))
					? "'" + entity.getName() + "' already has a field '" + name + "'" : null;
		}
		if (declaration instanceof EnumValue value && value.eContainer() instanceof Enumeration enumeration) {
			return enumeration.getValues().stream().anyMatch(v -> v != value && name.equals(v.getName()))
					? "'" + enumeration.getName() + "' already has the value '" + name + "'" : null;
		}
		if (declaration instanceof Term term) {
			String hidden = fieldHiding(term, name);
			if (hidden != null) {
				return hidden;
			}
		}
		QualifiedName own = names.getFullyQualifiedName(declaration);
		if (own == null) {
			return null;
		}
		QualifiedName wanted = own.skipLast(1).append(name);
		if (declaration instanceof Calendar || declaration instanceof OpeningHours) {
			return calendarClash(declaration, name, wanted, index);
		}
		boolean rule = declaration instanceof Rule;
		URI self = EcoreUtil.getURI(declaration);
		for (IEObjectDescription other : index.getExportedObjects(rule ? P.getRule() : P.getNamed(), wanted, false)) {
			if (!other.getEObjectURI().equals(self)) {
				String file = other.getEObjectURI().trimFragment().lastSegment();
				return rule ? "rule id '" + name + "' is already used in " + file
						: "'" + name + "' is already declared in " + file + "; the files of a package share their names";
			}
		}
		if (!rule && declaredByLibrary(name)) {
			return "'" + name + "' is already a name of the built-in vocabulary";
		}
		return null;
	}

	/** Calendars and opening hours share one set of names, apart from the other declarations. */
	private String calendarClash(EObject declaration, String name, QualifiedName wanted, IResourceDescriptions index) {
		if (Calendars.isBuiltIn(name)) {
			return "'" + name + "' is a built-in calendar";
		}
		URI self = EcoreUtil.getURI(declaration);
		for (var type : List.of(P.getCalendar(), P.getOpeningHours())) {
			for (IEObjectDescription other : index.getExportedObjects(type, wanted, false)) {
				if (!other.getEObjectURI().equals(self)) {
					return "'" + name + "' is already declared in " + other.getEObjectURI().trimFragment().lastSegment()
							+ "; the files of a package share their names";
				}
			}
		}
		return null;
	}

	/** Inside a term, bare names are fields of its entity first: a term named like one of them could not be used. */
	private static String fieldHiding(Term term, String name) {
		Entity entity = term.getActivity() != null ? term.getActivity() : term.getSubject();
		if (entity == null || entity.eIsProxy()) {
			return null;
		}
		return entity.getFields().stream().anyMatch(f -> name.equals(f.getName()))
				? "'" + entity.getName() + "' has a field '" + name + "', which a term of that name would be hidden by"
				: null;
	}

	private boolean declaredByLibrary(String name) {
		QualifiedName builtin = QualifiedName.create(BuiltinLibrary.PACKAGE.split("\\.")).append(name);
		for (IResourceDescription description : library.descriptions()) {
			if (description.getExportedObjects(P.getNamed(), builtin, false).iterator().hasNext()) {
				return true;
			}
		}
		return false;
	}
}
