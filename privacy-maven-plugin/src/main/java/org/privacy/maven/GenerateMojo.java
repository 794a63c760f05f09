package org.privacy.maven;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.xtext.common.types.access.IJvmTypeProvider;
import org.privacy.dsl.PrivacyRuntimeModule;
import org.privacy.dsl.PrivacyStandaloneSetup;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GeneratedSources;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.PrivacyCompiler;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Compiles the rule files of {@code src/main/privacy} into Java validators under
 * {@code target/generated-sources/privacy}, which becomes a compile source root. Entities bound to the application's
 * classes are checked against those classes: the application's own sources are compiled first into a scratch folder,
 * and they and the compile class path are where the compiler looks for bound classes.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
		requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractMojo {

	/** Where the rule files ({@code *.privacy}) are. */
	@Parameter(property = "privacy.sourceDirectory", defaultValue = "${project.basedir}/src/main/privacy")
	private File sourceDirectory;

	/** Where the generated Java goes; added to the project's compile source roots. */
	@Parameter(property = "privacy.outputDirectory",
			defaultValue = "${project.build.directory}/generated-sources/privacy")
	private File outputDirectory;

	/** The scratch folder for the application's classes, compiled so that bound classes can be checked. */
	@Parameter(defaultValue = "${project.build.directory}/privacy-model-classes", readonly = true)
	private File modelClassesDirectory;

	/** {@code BOUND} (typed methods for entities bound to your classes) or {@code RECORDS}. */
	@Parameter(property = "privacy.mode", defaultValue = "BOUND")
	private GenerationMode mode;

	/** Skips the goal. */
	@Parameter(property = "privacy.skip", defaultValue = "false")
	private boolean skip;

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	private MavenProject project;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("privacy: skipped");
			return;
		}
		Path rulesRoot = sourceDirectory.toPath().toAbsolutePath().normalize();
		Path output = outputDirectory.toPath().toAbsolutePath().normalize();
		List<Path> rules = ruleFiles(rulesRoot);
		if (rules.isEmpty()) {
			getLog().info("privacy: no rule files in " + relative(rulesRoot));
			return;
		}
		try (ApplicationLoader loader = new ApplicationLoader(project.getCompileClasspathElements())) {
			// One compiler for both passes: Xtext registers a language's validator once per JVM, with its injector
			PrivacyCompiler compiler = compilerFor(loader);
			// Pass 1, on the class path only, names the policy classes: application classes may name them
			// (@PrivacyRules(ShopPolicy.class) on a bound class), so they are stubbed when those classes compile
			List<String> policyClasses = compile(compiler, rules, loader).policyClasses();
			loader.add(applicationClasses(output, policyClasses));
			CompilationResult result = compile(compiler, rules, loader);
			report(result, rules.size());
			write(result.sources(), output);
			project.addCompileSourceRoot(output.toString());
			getLog().info("privacy: " + rules.size() + " rule file(s) -> " + result.sources().size()
					+ " validator class(es) in " + relative(output));
		} catch (IOException | DependencyResolutionRequiredException e) {
			throw new MojoExecutionException("privacy: " + e.getMessage(), e);
		}
	}

	private static List<Path> ruleFiles(Path root) throws MojoExecutionException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(p -> p.toString().endsWith(".privacy") && Files.isRegularFile(p)).sorted().toList();
		} catch (IOException e) {
			throw new MojoExecutionException("privacy: cannot list " + root + ": " + e.getMessage(), e);
		}
	}

	/** The application's own classes, compiled now in a scratch folder for the binding checks. */
	private Path applicationClasses(Path output, List<String> policyClasses)
			throws IOException, DependencyResolutionRequiredException {
		List<Path> roots = new ArrayList<>();
		for (String root : project.getCompileSourceRoots()) {
			Path p = Path.of(root).toAbsolutePath().normalize();
			if (!p.equals(output)) {
				roots.add(p);
			}
		}
		Path modelClasses = modelClassesDirectory.toPath().toAbsolutePath().normalize();
		int compiled = ModelClasses.compile(roots, policyClasses, project.getCompileClasspathElements(), modelClasses,
				getLog());
		getLog().debug("privacy: " + compiled + " Java file(s) of the application compiled for the binding checks");
		return modelClasses;
	}

	/** The application's compile class path, and then its own classes once they are compiled. */
	private static final class ApplicationLoader extends URLClassLoader {
		ApplicationLoader(List<String> classpath) throws MalformedURLException {
			super(urls(classpath), GenerateMojo.class.getClassLoader());
		}

		void add(Path folder) throws MalformedURLException {
			addURL(url(folder));
		}

		private static URL[] urls(List<String> classpath) throws MalformedURLException {
			List<URL> urls = new ArrayList<>();
			for (String element : classpath) {
				urls.add(url(Path.of(element)));
			}
			return urls.toArray(URL[]::new);
		}
	}

	private static URL url(Path path) throws MalformedURLException {
		return path.toAbsolutePath().toUri().toURL();
	}

	/** The language's compiler, finding bound classes with {@code loader}. */
	private static PrivacyCompiler compilerFor(ClassLoader loader) {
		Injector injector = new PrivacyStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules.override(new PrivacyRuntimeModule()).with(binder -> {
					binder.bind(ClassLoader.class).toInstance(loader);
					binder.bind(IJvmTypeProvider.Factory.class).to(ProjectTypeProviderFactory.class);
				}));
			}
		}.createInjectorAndDoEMFRegistration();
		return injector.getInstance(PrivacyCompiler.class);
	}

	private CompilationResult compile(PrivacyCompiler compiler, List<Path> rules, ClassLoader loader) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			return compiler.compile(rules, mode);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** Every diagnostic as {@code file:line:column: kind CODE: message}; a one-line failure if there is an error. */
	private void report(CompilationResult result, int files) throws MojoFailureException {
		int errors = 0;
		int warnings = 0;
		Diagnostic first = null;
		for (Diagnostic d : result.diagnostics()) {
			String line = new Diagnostic(relative(d.file()), d.line(), d.column(), d.kind(), d.code(), d.message())
					.format();
			switch (d.kind()) {
				case ERROR -> {
					getLog().error(line);
					errors++;
					if (first == null) {
						first = d;
					}
				}
				case WARNING -> {
					getLog().warn(line);
					warnings++;
				}
				default -> getLog().info(line);
			}
		}
		if (errors > 0) {
			throw new MojoFailureException("privacy: " + errors + " error(s) and " + warnings + " warning(s) in "
					+ files + " rule file(s); first: " + relative(first.file()) + ":" + first.line() + ":"
					+ first.column() + " " + first.code());
		}
	}

	/** Writes what {@link GeneratedSources} plans: changed sources written, unchanged ones kept, stale ones deleted. */
	private static void write(Map<String, String> sources, Path output) throws IOException {
		Files.createDirectories(output);
		GeneratedSources.Plan plan = GeneratedSources.plan(sources, output);
		for (Map.Entry<String, byte[]> source : plan.toWrite().entrySet()) {
			Path file = output.resolve(source.getKey());
			Files.createDirectories(file.getParent());
			Files.write(file, source.getValue());
		}
		for (Path stale : plan.stale()) {
			Files.delete(stale);
		}
	}

	/** A path as the user sees it: relative to the project's folder when it is inside it. */
	private Path relative(Path path) {
		Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
		Path p = path.toAbsolutePath().normalize();
		return p.startsWith(base) ? base.relativize(p) : p;
	}
}
