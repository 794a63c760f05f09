package org.privacy.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.apache.maven.plugin.logging.Log;

/**
 * Compiles the application's own Java sources into a scratch folder before the rules are compiled, so that the
 * binding checks see the classes entities are bound to. Application code may use the validators that are about to be
 * generated, so files that do not compile yet are left out and the others compiled again (a few rounds): the model
 * classes compile, and a class that cannot be compiled here is checked by the Java compiler later instead.
 */
final class ModelClasses {

	private static final int ROUNDS = 5;

	private ModelClasses() {
	}

	/**
	 * Compiles what can be compiled of {@code sourceRoots} into {@code output}; returns how many files compiled. The
	 * policy classes about to be generated are stood in for by abstract stubs, so that classes naming them (in a
	 * {@code @PrivacyRules} annotation, say) compile and can be checked.
	 */
	static int compile(List<Path> sourceRoots, List<String> policyClasses, List<String> classpath, Path output,
			Log log) throws IOException {
		deleteTree(output);
		Files.createDirectories(output);
		Set<Path> files = new LinkedHashSet<>();
		Path stubs = output.resolveSibling(output.getFileName() + "-stubs");
		deleteTree(stubs);
		for (String policyClass : policyClasses) {
			files.add(stub(stubs, policyClass));
		}
		for (Path root : sourceRoots) {
			if (Files.isDirectory(root)) {
				try (Stream<Path> walk = Files.walk(root)) {
					walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
				}
			}
		}
		if (files.isEmpty()) {
			return 0;
		}
		if (files.size() == policyClasses.size()) {
			return 0; // stubs only: the application has no Java source
		}
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		if (javac == null) {
			log.warn("privacy: no Java compiler in this JVM (a JRE?); bound classes of src/main/java are not checked");
			return 0;
		}
		Path generated = output.resolveSibling(output.getFileName() + "-apt");
		deleteTree(generated);
		Files.createDirectories(generated);
		List<String> options = List.of("-d", output.toString(), "-s", generated.toString(), "-classpath",
				String.join(File.pathSeparator, classpath), "-encoding", "UTF-8", "-nowarn", "-implicit:class",
				"-parameters");
		for (int round = 1; round <= ROUNDS && !files.isEmpty(); round++) {
			DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
			try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT,
					StandardCharsets.UTF_8)) {
				Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
				boolean ok = javac.getTask(null, fm, diagnostics, options, null, units).call();
				if (ok) {
					return files.size();
				}
			}
			Set<Path> failing = new LinkedHashSet<>();
			for (javax.tools.Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
				if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR && d.getSource() != null) {
					failing.add(Path.of(d.getSource().toUri()).normalize());
				}
			}
			if (failing.isEmpty() || !files.removeAll(failing)) {
				break;
			}
			log.debug("privacy: left out of the model classes for now (they do not compile yet): " + failing);
			deleteTree(output);
			Files.createDirectories(output);
		}
		log.debug("privacy: the application's Java sources could not be compiled before the rules; bound classes"
				+ " that did not compile are checked by the Java compiler instead");
		return 0;
	}

	/** An abstract class of the policy's name: enough for {@code ShopPolicy.class} as an annotation's value. */
	private static Path stub(Path root, String qualifiedName) throws IOException {
		int dot = qualifiedName.lastIndexOf('.');
		Path file = root.resolve(qualifiedName.replace('.', '/') + ".java");
		Files.createDirectories(file.getParent());
		Files.writeString(file, (dot < 0 ? "" : "package " + qualifiedName.substring(0, dot) + ";\n")
				+ "public abstract class " + qualifiedName.substring(dot + 1)
				+ " implements org.privacy.runtime.Policy {\n}\n");
		return file;
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			List<Path> all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
			for (Path p : all) {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
	}
}
