package org.privacy.dsl.model;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.lang.model.SourceVersion;

import org.eclipse.emf.ecore.resource.Resource;
import org.privacy.dsl.privacy.Model;

/**
 * Every Java name generated code takes from a rule file (the policy's class and package, a rule's constant and
 * method), the names the generated class uses itself, and what Java accepts as names of the classes and packages
 * that rule files name. The generator, the validators that report clashes and the language server's quick fixes
 * all ask here, so that they cannot disagree.
 */
public final class JavaNames {
	private JavaNames() {
	}

	/** The package generated classes go in when a rule file declares none. */
	public static final String DEFAULT_PACKAGE = "privacy.generated";

	/** Names the generated class imports or takes from java.lang: a policy (a class) cannot have them. */
	public static final Set<String> CLASS_NAMES_IN_USE = Set.of("Instant", "LocalDate", "LocalTime", "ZoneId",
			"ArrayList", "List", "Set", "Context", "DataException", "Deadlines", "Explanations", "Finding",
			"FindingSink", "Parameters", "Policy", "Record", "RecordPolicy", "RuleInfo", "Severity", "Span", "Status",
			"TermMemo", "Times", "Values", "String", "Object", "Override", "SuppressWarnings", "Math", "System", "Boolean",
			"Integer", "Long", "Double", "Iterable", "Class", "Exception", "RuntimeException", "Number", "Character");

	/** Members every generated class has, which a rule's Java constant must not take. */
	public static final Set<String> CONSTANTS_IN_USE = Set.of("RULES", "ENTITIES", "PARAMETER_NAMES");

	/** The class a rule file's policy compiles to: the policy's name, or the file's name plus "Policy". */
	public static String policyClassName(Model model) {
		if (model.getPolicy() != null && model.getPolicy().getName() != null) {
			return model.getPolicy().getName();
		}
		return className(fileBaseName(model.eResource())) + "Policy";
	}

	/** The package of a rule file's generated class. */
	public static String packageName(Model model) {
		return model.getName() != null ? model.getName() : DEFAULT_PACKAGE;
	}

	/** The fully qualified name of a rule file's generated class. */
	public static String qualifiedClassName(Model model) {
		return packageName(model) + "." + policyClassName(model);
	}

	private static String fileBaseName(Resource resource) {
		String last = resource == null || resource.getURI() == null || resource.getURI().lastSegment() == null
				? "rules.privacy" : resource.getURI().lastSegment();
		int dot = last.lastIndexOf('.');
		return dot > 0 ? last.substring(0, dot) : last;
	}

	/** The constant holding a rule's {@code RuleInfo}: {@code MKT_01} for MKT-01. */
	public static String ruleConstant(String ruleId) {
		return constantName(ruleId);
	}

	/** The constant listing the fields a rule reads, for data errors: {@code MKT_01_FIELDS} for MKT-01. */
	public static String ruleFieldsConstant(String ruleId) {
		return ruleConstant(ruleId) + "_FIELDS";
	}

	/**
	 * The constant holding the sentence of a rule's violations when it names nothing but the record (a
	 * {@code Finding.Template}): {@code MKT_01_SENTENCE} for MKT-01.
	 */
	public static String ruleSentenceConstant(String ruleId) {
		return ruleConstant(ruleId) + "_SENTENCE";
	}

	/** The private method that checks one rule: {@code ruleMkt01} for MKT-01. */
	public static String ruleMethod(String ruleId) {
		return "rule" + className(ruleId.toLowerCase(Locale.ROOT));
	}

	/** A Java identifier in upper snake case from any text: {@code MKT-01} becomes {@code MKT_01}. */
	public static String constantName(String s) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetterOrDigit(c) && c < 0x80) {
				if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(s.charAt(i - 1))) {
					b.append('_');
				}
				b.append(Character.toUpperCase(c));
			} else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
				b.append('_');
			}
		}
		while (b.length() > 0 && b.charAt(b.length() - 1) == '_') {
			b.setLength(b.length() - 1);
		}
		if (b.length() == 0 || Character.isDigit(b.charAt(0))) {
			b.insert(0, 'X');
		}
		return b.toString();
	}

	/** A Java identifier in lower camel case from any text: {@code soft opt-in} becomes {@code softOptIn}. */
	public static String methodName(String s) {
		StringBuilder b = new StringBuilder();
		boolean upper = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetterOrDigit(c) && c < 0x80) {
				b.append(b.length() == 0 ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (b.length() == 0 || Character.isDigit(b.charAt(0))) {
			b.insert(0, 'x');
		}
		return b.toString();
	}

	/** A Java class name in upper camel case. */
	public static String className(String s) {
		String m = methodName(s);
		return Character.toUpperCase(m.charAt(0)) + m.substring(1);
	}

	/** The packages of the Java platform's own modules (java.base, java.desktop...), where no other class can go. */
	private static final Set<String> PLATFORM_PACKAGES = ModuleLayer.boot().modules().stream()
			.filter(m -> m.getDescriptor() != null && isPlatform(m.getName()))
			.flatMap(m -> m.getPackages().stream()).collect(Collectors.toUnmodifiableSet());

	private static boolean isPlatform(String module) {
		return module.startsWith("java.") || module.startsWith("jdk.");
	}

	/** Whether {@code name} is a Java qualified name ({@code com.acme.Subscriber}, {@code Outer$Inner}): no keyword. */
	public static boolean isQualifiedName(String name) {
		return !name.isEmpty() && SourceVersion.isName(name);
	}

	/**
	 * Whether a package cannot hold generated classes: the virtual machine refuses any class in {@code java} or under
	 * it ("prohibited package name", {@link #isJavaPackage}), and a package of a platform module cannot be split.
	 */
	public static boolean isPlatformPackage(String packageName) {
		return isJavaPackage(packageName) || PLATFORM_PACKAGES.contains(packageName);
	}

	/** Whether a package is {@code java} or under it. */
	public static boolean isJavaPackage(String packageName) {
		return packageName.equals("java") || packageName.startsWith("java.");
	}
}
