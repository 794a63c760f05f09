package org.privacy.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.SourceVersion;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.privacy.dsl.model.JavaNames;
import org.privacy.dsl.naming.NameKeywords;
import org.privacy.dsl.naming.NameKeywords.Place;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.library.BuiltinLibrary;
import org.privacy.dsl.privacy.Import;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Policy;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Term;

import com.google.inject.Inject;

/** Names: unique rule ids, unique declarations, one key per entity. */
public class NamingValidator extends ConcernValidator {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ResourceDescriptionsProvider index;

	@Inject
	private BuiltinLibrary builtins;

	@Inject
	private NameKeywords nameKeywords;

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*");

	@Check
	public void uniqueInFile(Model model) {
		Map<String, Element> seen = new HashMap<>();
		for (Element element : model.getElements()) {
			String name = nameOf(element);
			if (name == null) {
				continue;
			}
			String kind = element instanceof Rule ? "rule" : "declaration";
			Element previous = seen.putIfAbsent(kind + ":" + name, element);
			if (previous != null) {
				if (element instanceof Rule) {
					error(Messages.ruleIdUsedOnLine(name, line(previous)), element, P.getRule_Name(), name);
				} else {
					error(Messages.declaredOnLine(name, line(previous)), element, nameFeature(element), name);
				}
			}
		}
	}

	/** Rule ids are unique across the files of a package (a rule set), which the index knows. */
	@Check(CheckType.NORMAL)
	public void uniqueRuleIdAcrossFiles(Rule rule) {
		QualifiedName name = names.getFullyQualifiedName(rule);
		if (name == null || rule.eResource() == null) {
			return;
		}
		String file = otherFile(rule.eResource(), P.getRule(), name);
		if (file != null) {
			error(Messages.ruleIdUsedInFile(rule.getName(), file), rule, P.getRule_Name(), rule.getName());
		}
	}

	/**
	 * A term is used by writing its name in rules, so its name must be writable there: words of letters, digits,
	 * underscores and hyphens (a keyword is written with a leading ^ in rules: {@code sent ^from home}).
	 */
	@Check
	public void writableTermName(Term term) {
		String name = term.getName();
		if (name == null) {
			return;
		}
		for (String word : name.split(" ")) {
			if (!WORD.matcher(word).matches()) {
				error(Messages.invalidTermName(name, word), term, P.getNamed_Name(), name);
				return;
			}
		}
	}

	/**
	 * A keyword can be a word of a term's name only where the grammar lets it continue a name ({@link NameKeywords});
	 * any other one would make the name fail at every use, so it is refused where the name is declared. A word written
	 * {@code ^and} is escaped on purpose and is written so at every use.
	 */
	@Check
	public void keywordsInTermName(Term term) {
		String name = term.getName();
		if (name == null) {
			return;
		}
		List<String> written = writtenWords(term);
		String[] words = name.split(" ");
		if (written.size() != words.length || !List.of(words).stream().allMatch(w -> WORD.matcher(w).matches())) {
			return; // not words at all: privacy.invalid-term-name says so
		}
		for (int i = 0; i < words.length; i++) {
			String word = written.get(i);
			if (nameKeywords.writable(written, i)) {
				continue;
			}
			Place place = NameKeywords.place(i, words.length);
			if (place == Place.ONLY) {
				error(Messages.keywordAsWholeName(word), term, P.getNamed_Name(), name, word);
				return;
			}
			error(Messages.keywordInName(word, place, name), term, P.getNamed_Name(), name, word);
			return;
		}
	}

	/** The words of a term's name as written where it is declared, a keyword escaped as {@code ^and}. */
	private static List<String> writtenWords(Term term) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(term, P.getNamed_Name());
		if (nodes.isEmpty()) {
			return List.of();
		}
		String text = NodeModelUtils.getTokenText(nodes.get(0));
		if (text.startsWith("\"")) {
			return List.of(term.getName().split(" "));
		}
		return List.of(text.trim().split("\\s+"));
	}

	/** Two files of one package that both declare a policy of the same name would generate the same class. */
	@Check(CheckType.NORMAL)
	public void uniquePolicyAcrossFiles(Policy policy) {
		String file = elsewhere(policy, P.getPolicy());
		if (file != null) {
			error(Messages.policyDeclaredInFile(policy.getName(), file), policy, P.getPolicy_Name(),
					policy.getName());
		}
	}

	/**
	 * Entities, enumerations, terms, parameters, calendars and opening hours are shared by the files of a package: one
	 * name, one meaning.
	 */
	@Check(CheckType.NORMAL)
	public void uniqueAcrossFiles(Element element) {
		boolean calendar = element instanceof org.privacy.dsl.privacy.Calendar
				|| element instanceof org.privacy.dsl.privacy.OpeningHours;
		if (!(element instanceof Entity || element instanceof Enumeration || element instanceof Term
				|| element instanceof Parameter || calendar)) {
			return;
		}
		String file = elsewhere(element, calendar ? element.eClass() : P.getNamed());
		if (file != null) {
			error(Messages.declaredInFile(nameOf(element), file), element, nameFeature(element), nameOf(element));
		}
	}

	/** The file name of another resource that declares the same qualified name, or {@code null}. */
	private String elsewhere(EObject element, org.eclipse.emf.ecore.EClass type) {
		QualifiedName name = names.getFullyQualifiedName(element);
		if (name == null || element.eResource() == null) {
			return null;
		}
		return otherFile(element.eResource(), type, name);
	}

	/**
	 * The file name of another resource than {@code resource} that exports {@code name} of {@code type}, or
	 * {@code null}: of several, the first by URI, so that a message names the same file whatever the order in which
	 * the files were loaded (the command line and the editor, or two builds of the editor, load them differently).
	 */
	private String otherFile(Resource resource, org.eclipse.emf.ecore.EClass type, QualifiedName name) {
		org.eclipse.emf.common.util.URI first = null;
		IResourceDescriptions descriptions = index.getResourceDescriptions(resource);
		for (IEObjectDescription other : descriptions.getExportedObjects(type, name, false)) {
			org.eclipse.emf.common.util.URI uri = other.getEObjectURI().trimFragment();
			if (!uri.equals(resource.getURI()) && (first == null || uri.toString().compareTo(first.toString()) < 0)) {
				first = uri;
			}
		}
		return first == null ? null : first.lastSegment();
	}

	/** An import names a package (or a declaration) that some file or the built-in vocabulary declares. */
	@Check(CheckType.NORMAL)
	public void importResolves(Import imp) {
		String namespace = imp.getImportedNamespace();
		if (namespace == null || imp.eResource() == null) {
			return;
		}
		String plain = namespace.endsWith(".*") ? namespace.substring(0, namespace.length() - 2) : namespace;
		QualifiedName prefix = QualifiedName.create(plain.split("\\."));
		IResourceDescriptions descriptions = index.getResourceDescriptions(imp.eResource());
		for (IEObjectDescription d : descriptions.getExportedObjects()) {
			if (d.getName().startsWith(prefix)) {
				return;
			}
		}
		for (var library : builtins.descriptions()) {
			for (IEObjectDescription d : library.getExportedObjects()) {
				if (d.getName().startsWith(prefix)) {
					return;
				}
			}
		}
		error(Messages.unknownPackage(plain), imp, P.getImport_ImportedNamespace(), plain);
	}

	@Check
	public void javaNameOfPolicy(Policy policy) {
		String name = policy.getName();
		if (name != null && (JavaNames.CLASS_NAMES_IN_USE.contains(name) || SourceVersion.isKeyword(name))) {
			error(Messages.reservedPolicyName(name, SourceVersion.isKeyword(name)), policy, P.getPolicy_Name(), name);
		}
	}

	@Check
	public void javaNameOfPackage(Model model) {
		if (model.getName() == null) {
			return;
		}
		for (String segment : model.getName().split("\\.")) {
			if (SourceVersion.isKeyword(segment)) {
				error(Messages.keywordInPackageName(segment), model, P.getModel_Name(), segment);
				return;
			}
		}
		if (JavaNames.isPlatformPackage(model.getName())) {
			error(Messages.reservedPackage(JavaNames.isJavaPackage(model.getName())), model, P.getModel_Name(),
					model.getName());
		}
	}

	/** Rule ids become Java constants and methods: two ids that give the same Java names cannot share a file. */
	@Check
	public void javaNamesOfRules(Model model) {
		Map<String, Rule> constants = new HashMap<>();
		Map<String, Rule> methods = new HashMap<>();
		Set<String> fieldConstants = new java.util.HashSet<>();
		model.getElements().stream().filter(Rule.class::isInstance).map(Rule.class::cast)
				.filter(r -> r.getName() != null).forEach(r -> {
					fieldConstants.add(JavaNames.ruleFieldsConstant(r.getName()));
					fieldConstants.add(JavaNames.ruleSentenceConstant(r.getName()));
				});
		for (Element element : model.getElements()) {
			if (!(element instanceof Rule rule) || rule.getName() == null) {
				continue;
			}
			String constant = JavaNames.ruleConstant(rule.getName());
			Rule other = constants.putIfAbsent(constant, rule);
			if (other == null) {
				other = methods.putIfAbsent(JavaNames.ruleMethod(rule.getName()), rule);
			}
			Message clash = other != null && !other.getName().equals(rule.getName())
					? Messages.ruleIdClash(rule.getName(), other.getName(), constant)
					: JavaNames.CONSTANTS_IN_USE.contains(constant) || fieldConstants.contains(constant)
							? Messages.ruleIdInUse(rule.getName(), constant) : null;
			if (clash != null) {
				error(clash, rule, P.getRule_Name(), rule.getName());
			}
		}
	}

	@Check
	public void uniqueFieldsAndOneKey(Entity entity) {
		Map<String, Field> seen = new HashMap<>();
		Field key = null;
		for (Field field : entity.getFields()) {
			if (field.getName() != null && seen.putIfAbsent(field.getName(), field) != null) {
				error(Messages.fieldDeclaredTwice(entity.getName(), field.getName()), field, P.getNamed_Name(),
						field.getName());
			}
			if (field.isKey()) {
				if (key != null) {
					error(Messages.multipleKeys(entity.getName(), key.getName()), field, P.getField_Key());
				}
				key = field;
			}
		}
	}

	@Check
	public void uniqueValues(Enumeration enumeration) {
		Map<String, EnumValue> seen = new HashMap<>();
		for (EnumValue value : enumeration.getValues()) {
			if (value.getName() != null && seen.putIfAbsent(value.getName(), value) != null) {
				error(Messages.enumerationValueDeclaredTwice(enumeration.getName(), value.getName()), value,
						P.getNamed_Name(), value.getName());
			}
		}
	}

	private static String nameOf(Element element) {
		if (element instanceof Rule rule) {
			return rule.getName();
		}
		EStructuralFeature feature = nameFeature(element);
		Object name = feature == null ? null : element.eGet(feature);
		return name instanceof String s ? s : null;
	}

	private static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}

	private static int line(EObject element) {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(element);
		return node == null ? 0 : node.getStartLine();
	}
}
