package org.privacy.dsl.compiler;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources in memory (javax.tools) and loads the classes, without touching the disk. */
public final class JavaMemoryCompiler {

	/** The generated Java did not compile; the message lists the compiler's errors. */
	public static final class CompilationFailedException extends Exception {
		private static final long serialVersionUID = 1L;

		public CompilationFailedException(String message) {
			super(message);
		}
	}

	private JavaMemoryCompiler() {
	}

	/**
	 * Compiles {@code sources} (class name to source) against the class path of this JVM, with every lint warning
	 * treated as an error, and returns a class loader that defines the compiled classes.
	 */
	public static ClassLoader compile(Map<String, String> sources, ClassLoader parent)
			throws CompilationFailedException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new CompilationFailedException(
					"no Java compiler in this runtime: run the privacy command with a JDK 17 or newer, not a JRE");
		}
		List<JavaFileObject> units = new ArrayList<>();
		sources.forEach((name, code) -> units.add(new Source(name, code)));
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		Map<String, ByteArrayOutputStream> classes = new HashMap<>();
		StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
		try (var files = new ForwardingJavaFileManager<>(standard) {
			@Override
			public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
					FileObject sibling) {
				return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
						kind) {
					@Override
					public OutputStream openOutputStream() {
						return classes.computeIfAbsent(className, k -> new ByteArrayOutputStream());
					}
				};
			}
		}) {
			// the runtime jar's own location too: under test runners java.class.path may name only a launcher jar
			String classPath = System.getProperty("java.class.path", "") + File.pathSeparator
					+ pathOf(org.privacy.runtime.Policy.class);
			List<String> options = List.of("-classpath", classPath, "-Xlint:all", "-Werror",
					"-proc:none", "--release", "17");
			boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
			if (!ok) {
				StringBuilder message = new StringBuilder("the generated Java did not compile:");
				diagnostics.getDiagnostics().forEach(d -> message.append(System.lineSeparator()).append(d));
				throw new CompilationFailedException(message.toString());
			}
		} catch (java.io.IOException e) {
			throw new CompilationFailedException("the in-memory compiler failed: " + e.getMessage());
		}
		return new ClassLoader(parent) {
			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				ByteArrayOutputStream bytes = classes.get(name);
				if (bytes == null) {
					throw new ClassNotFoundException(name);
				}
				byte[] b = bytes.toByteArray();
				return defineClass(name, b, 0, b.length);
			}
		};
	}

	/** The class path entry (jar or folder) a class was loaded from. */
	static String pathOf(Class<?> type) {
		try {
			return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
		} catch (Exception e) {
			return "";
		}
	}

	private static final class Source extends SimpleJavaFileObject {
		private final String code;

		Source(String className, String code) {
			super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
			this.code = code;
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return code;
		}
	}
}
