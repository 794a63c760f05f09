package org.privacy.dsl.compiler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.privacy.dsl.PrivacyStandaloneSetup;
import org.privacy.dsl.generator.ModelDescriber;
import org.privacy.dsl.generator.PolicyGenerator;
import org.privacy.dsl.model.JavaNames;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.validation.IssueCodes;
import org.privacy.dsl.validation.Messages;
import org.privacy.dsl.validation.PrivacyResourceValidator;
import org.privacy.dsl.validation.Suppressions;
import org.privacy.runtime.DataModel;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Compiles rule files: parse, link, validate, and, when there is no error, generate the Java validators. The command
 * line and the tests go through this class; the language server uses the same services through Xtext.
 */
public class PrivacyCompiler {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private PrivacyResourceValidator validator;

	@Inject
	private PolicyGenerator generator;

	@Inject
	private ModelDescriber describer;

	@Inject
	private IResourceDescription.Manager descriptions;

	/** A compiler wired by the language's standalone setup. */
	public static PrivacyCompiler create() {
		return injector().getInstance(PrivacyCompiler.class);
	}

	private static volatile Injector injector;

	/** The language's injector, created once per process. */
	public static Injector injector() {
		Injector i = injector;
		if (i == null) {
			synchronized (PrivacyCompiler.class) {
				i = injector;
				if (i == null) {
					i = new PrivacyStandaloneSetup().createInjectorAndDoEMFRegistration();
					injector = i;
				}
			}
		}
		return i;
	}

	/** The resource whose model is the deepest tree of objects, measured without recursion. */
	private static Resource deepest(Collection<Resource> resources) {
		Resource deepest = null;
		int maximum = -1;
		for (Resource resource : resources) {
			int depth = 0;
			Deque<Map.Entry<EObject, Integer>> stack = new ArrayDeque<>();
			resource.getContents().forEach(root -> stack.push(Map.entry(root, 1)));
			while (!stack.isEmpty()) {
				Map.Entry<EObject, Integer> top = stack.pop();
				depth = Math.max(depth, top.getValue());
				top.getKey().eContents().forEach(child -> stack.push(Map.entry(child, top.getValue() + 1)));
			}
			if (depth > maximum) {
				maximum = depth;
				deepest = resource;
			}
		}
		return deepest;
	}

	/** Compiles the given rule files together (they may refer to each other). */
	public CompilationResult compile(Collection<Path> files, GenerationMode mode) {
		XtextResourceSet set = resourceSets.get();
		set.setClasspathURIContext(PrivacyCompiler.class.getClassLoader());
		List<Diagnostic> diagnostics = new ArrayList<>();
		// a file named twice is read once, and named as it was last
		Map<URI, Path> readable = new LinkedHashMap<>();
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			if (!Files.isReadable(absolute)) {
				diagnostics.add(Diagnostic.error(file, Messages.cannotReadFile()));
				continue;
			}
			readable.put(URI.createFileURI(absolute.toString()), file);
		}
		Map<Resource, Path> userResources = new LinkedHashMap<>();
		for (Parsed parsed : parse(readable, set)) {
			if (parsed.problem() != null) {
				diagnostics.add(parsed.problem());
			} else {
				userResources.put(parsed.resource(), parsed.file());
			}
		}
		installIndex(set, userResources.keySet());
		List<Resource> tooDeep = new ArrayList<>();
		for (Map.Entry<Resource, Path> entry : userResources.entrySet()) {
			try {
				EcoreUtil.resolveAll(entry.getKey());
				for (Issue issue : validator.validateAll(entry.getKey(), CheckMode.ALL, CancelIndicator.NullImpl)) {
					diagnostics.add(toDiagnostic(entry.getValue(), issue,
							Suppressions.isSuppressed(entry.getKey(), issue)));
				}
			} catch (RuntimeException | StackOverflowError e) {
				if (!isTooDeep(e)) {
					throw e;
				}
				// validating one file may type another file's expressions: blame the file that nests deepest
				Resource deepest = deepest(userResources.keySet());
				if (!tooDeep.contains(deepest)) {
					diagnostics.add(tooDeep(userResources.get(deepest)));
					tooDeep.add(deepest);
				}
			}
		}
		tooDeep.forEach(userResources::remove);
		diagnostics.sort(Comparator.comparing((Diagnostic d) -> d.file().toString())
				.thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		List<Model> models = new ArrayList<>();
		for (Resource resource : userResources.keySet()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				models.add(model);
			}
		}
		List<Entity> declared = new ArrayList<>();
		for (Model model : models) {
			declared.addAll(org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(model, Entity.class));
		}
		DataModel entities = describer.describe(declared);
		sameClassTwice(models, userResources, diagnostics);
		boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
		if (errors) {
			return new CompilationResult(diagnostics, new TreeMap<>(), List.of(), entities);
		}
		org.privacy.dsl.generator.GeneratorOutput output;
		try {
			output = generator.generate(models, mode == GenerationMode.BOUND);
		} catch (StackOverflowError e) {
			diagnostics.add(tooDeep(userResources.get(deepest(userResources.keySet()))));
			return new CompilationResult(diagnostics, new TreeMap<>(), List.of(), entities);
		}
		List<org.privacy.dsl.scenarios.ScenarioSpec> scenarios = new ArrayList<>();
		for (Model model : models) {
			for (org.privacy.dsl.privacy.Scenario scenario : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(model,
					org.privacy.dsl.privacy.Scenario.class)) {
				scenarios.add(org.privacy.dsl.scenarios.ScenarioReader.read(scenario, userResources.get(model.eResource())));
			}
		}
		return new CompilationResult(diagnostics, output.sources(), output.policyClasses(), entities, scenarios);
	}

	/** A file parsed: its resource, or why it could not be read. */
	private record Parsed(Path file, Resource resource, Diagnostic problem) {
	}

	/**
	 * The files parsed into {@code set}, in their order. Several files are parsed at once, each into a resource set of
	 * its own that is then emptied (what Xtext's builder does to load in parallel: a resource set is not safe to
	 * share between threads); their resources join {@code set} here, on the calling thread. Parsing a file reads
	 * only that file: its references are proxies, resolved later in {@code set}.
	 */
	private List<Parsed> parse(Map<URI, Path> files, XtextResourceSet set) {
		List<Parsed> parsed;
		if (files.size() < 2) {
			parsed = files.entrySet().stream().map(file -> parse(file.getKey(), file.getValue(), set)).toList();
		} else {
			parsed = files.entrySet().parallelStream().map(file -> {
				XtextResourceSet own = resourceSets.get();
				own.getLoadOptions().putAll(set.getLoadOptions());
				Parsed one = parse(file.getKey(), file.getValue(), own);
				own.getResources().clear();
				return one;
			}).toList();
			parsed.stream().filter(p -> p.resource() != null).forEach(p -> set.getResources().add(p.resource()));
		}
		return parsed;
	}

	private Parsed parse(URI uri, Path file, XtextResourceSet set) {
		try {
			return new Parsed(file, set.getResource(uri, true), null);
		} catch (RuntimeException | StackOverflowError e) {
			return new Parsed(file, null, isTooDeep(e) ? tooDeep(file)
					: Diagnostic.error(file, Messages.cannotReadFileBecause(rootMessage(e))));
		}
	}

	/**
	 * One index of the files compiled together, installed on their resource set, so that looking a name up in the
	 * other files is one map access. Without it Xtext asks each file's description in turn, for every name linked and
	 * every name the validators check for duplicates (what Xtext's own standalone builder does too). A file nested too
	 * deeply to be described is left to linking, which reports it.
	 */
	private void installIndex(XtextResourceSet set, Collection<Resource> resources) {
		List<IResourceDescription> described = new ArrayList<>();
		try {
			for (Resource resource : resources) {
				described.add(descriptions.getResourceDescription(resource));
			}
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set,
					new ResourceDescriptionsData(described));
		} catch (StackOverflowError e) {
			// no index: names are looked up file by file, as before, and the deep file is reported below
		}
	}

	/** Files without a policy name take their class name from the file name, which two folders can share. */
	private static void sameClassTwice(List<Model> models, Map<Resource, Path> files, List<Diagnostic> diagnostics) {
		Map<String, Path> seen = new TreeMap<>();
		for (Model model : models) {
			if (model.getElements().stream().noneMatch(org.privacy.dsl.privacy.Rule.class::isInstance)) {
				continue;
			}
			String className = JavaNames.qualifiedClassName(model);
			Path file = files.get(model.eResource());
			Path previous = seen.putIfAbsent(className, file);
			if (previous != null && model.getPolicy() == null) {
				diagnostics.add(Diagnostic.error(file, Messages.sameClassFromTwoFiles(
						previous.getFileName().toString(), relative(previous, file), className)));
			}
		}
	}

	/** Where {@code other}'s folder is, said from {@code file}'s folder ({@code ../a}), or null. */
	private static String relative(Path other, Path file) {
		Path from = file.toAbsolutePath().getParent();
		Path to = other.toAbsolutePath().getParent();
		return from == null || to == null ? null : from.relativize(to).toString();
	}

	private static Diagnostic toDiagnostic(Path file, Issue issue, boolean suppressed) {
		Diagnostic.Kind kind = issue.getSeverity() == Severity.ERROR ? Diagnostic.Kind.ERROR
				: issue.getSeverity() == Severity.WARNING ? Diagnostic.Kind.WARNING : Diagnostic.Kind.INFO;
		String code = issue.getCode() == null ? IssueCodes.SYNTAX : issue.getCode();
		if (code.startsWith("org.eclipse.xtext")) {
			code = code.endsWith("Linking") ? IssueCodes.UNKNOWN_NAME : IssueCodes.SYNTAX;
		}
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new Diagnostic(file, line, column, kind, code, issue.getMessage(), suppressed);
	}

	/**
	 * Whether a failure is the compiler running out of stack on a deeply nested file: a {@link StackOverflowError},
	 * or an exception caused by one (Xtext's parser wraps it). The language server's load of a file asks it too.
	 */
	public static boolean isTooDeep(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof StackOverflowError) {
				return true;
			}
		}
		return false;
	}

	private static Diagnostic tooDeep(Path file) {
		return Diagnostic.error(file, Messages.tooDeep());
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}
}
