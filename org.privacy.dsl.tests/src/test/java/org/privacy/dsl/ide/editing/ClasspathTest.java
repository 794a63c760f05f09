package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Entities bound to the application's classes resolve in the editor: the server finds the workspace's compiled
 * classes (Maven layout: {@code target/classes}, {@code target/dependency/*.jar}) or a class path given as an
 * initialization option.
 */
class ClasspathTest extends LanguageServerTestBase {

	private static final String TICKET = """
			package com.acme;
			public class Ticket {
				public String getId() { return "t-1"; }
				public int getPriority() { return 1; }
			}
			""";

	private static final String RULES = """
			entity Ticket bound to "com.acme.Ticket" {
				id: text key
				priority: number
				colour: text
			}
			""";

	@Test
	void withoutTheClassTheFieldsAreNotChecked() {
		initialize();

		String uri = openFile("model.privacy", RULES);

		assertThat(codes(uri)).containsExactly("privacy.bound-class-not-found");
	}

	@Test
	void mavenTargetClassesAreOnTheClassPath() throws IOException {
		Files.writeString(root.toPath().resolve("pom.xml"), "<project/>");
		compile(TICKET, root.toPath().resolve("target/classes"));
		initialize();

		String uri = openFile("src/main/privacy/model.privacy", RULES);

		assertThat(codes(uri)).containsExactly("privacy.bound-field-missing");
	}

	@Test
	void jarsInTargetDependencyAreOnTheClassPath() throws IOException {
		Files.writeString(root.toPath().resolve("pom.xml"), "<project/>");
		Path classes = Files.createTempDirectory("privacy-ticket");
		compile(TICKET, classes);
		jar(classes, root.toPath().resolve("target/dependency/ticket.jar"));
		initialize();

		String uri = openFile("model.privacy", RULES);

		assertThat(codes(uri)).containsExactly("privacy.bound-field-missing");
	}

	@Test
	void theInitializationOptionAddsEntries() throws IOException {
		Path classes = Files.createTempDirectory("privacy-ticket");
		compile(TICKET, classes);
		JsonArray classpath = new JsonArray();
		classpath.add(classes.toAbsolutePath().toString());
		JsonObject privacy = new JsonObject();
		privacy.add("classpath", classpath);
		JsonObject options = new JsonObject();
		options.add("privacy", privacy);
		initialize(params -> params.setInitializationOptions(options));

		String uri = openFile("model.privacy", RULES);

		assertThat(codes(uri)).containsExactly("privacy.bound-field-missing");
	}

	// ---- issue 12: a type the bound class refers to is not on the class path

	private static final String MARKETING_EMAIL = """
			package com.acme;
			public class MarketingEmail {
				public String getId() { return "m-1"; }
				public User recipient() { return null; }
				public Html getBody() { return null; }
				public Channel getChannel() { return null; }
				public int getTotal() { return 1; }
			}
			""";

	private static final String MISSING_TYPES = """
			package com.acme;
			public class User { }
			class Html { }
			enum Channel { EMAIL, SMS }
			""";

	@Test
	void aFieldWhoseJavaTypeIsNotOnTheClassPathIsAWarningNotATypeError() throws IOException {
		Files.writeString(root.toPath().resolve("pom.xml"), "<project/>");
		Path classes = root.toPath().resolve("target/classes");
		compileAndKeep(classes, "com/acme/MarketingEmail.class");
		initialize();

		String uri = openFile("model.privacy", """
				entity User bound to "com.acme.User" { id: text key }
				entity MarketingEmail bound to "com.acme.MarketingEmail" {
					id: text key
					recipient: User
				}
				""");

		List<Diagnostic> diagnostics = diagnosticsOf(uri);
		assertThat(diagnostics).extracting(d -> d.getCode().getLeft()).containsExactly(
				"privacy.bound-class-not-found", "privacy.bound-class-not-found");
		assertThat(diagnostics).extracting(Diagnostic::getSeverity).containsOnly(DiagnosticSeverity.Warning);
		assertThat(diagnostics.get(1).getRange().getStart().getLine()).isEqualTo(3);
		assertThat(diagnostics.get(1).getMessage().getLeft()).contains("'recipient'", "'com.acme.User'")
				.doesNotContain("void");
	}

	@Test
	void textEnumerationAndNumberFieldsOfMissingJavaTypesAreNotTypeErrorsEither() throws IOException {
		Files.writeString(root.toPath().resolve("pom.xml"), "<project/>");
		Path classes = root.toPath().resolve("target/classes");
		compileAndKeep(classes, "com/acme/MarketingEmail.class");
		initialize();

		String uri = openFile("model.privacy", """
				enum Medium { EMAIL, SMS }
				entity MarketingEmail bound to "com.acme.MarketingEmail" {
					id: text key
					body: text
					channel: Medium
					total: text
				}
				""");

		// body and channel: not checked (warnings); total: a real mismatch, int is not text
		assertThat(codes(uri)).containsExactly("privacy.bound-class-not-found", "privacy.bound-class-not-found",
				"privacy.bound-field-type");
	}

	// ---- issue 10: many jars, and a class file that inflates to gigabytes

	@Test
	void fifteenHundredJarsAreNotHeldOpen() throws IOException {
		Files.writeString(root.toPath().resolve("pom.xml"), "<project/>");
		Path classes = Files.createTempDirectory("privacy-ticket");
		compile(TICKET, classes);
		Path dependencies = root.toPath().resolve("target/dependency");
		for (int i = 0; i < 1_499; i++) {
			oneEntryJar(dependencies.resolve(String.format("lib-%04d.jar", i)), "com/acme/Other" + i + ".class",
					new byte[] { 1, 2, 3 });
		}
		// the last jar in search order
		jar(classes, dependencies.resolve("zz-ticket.jar"));
		long before = openFiles();
		initialize();

		String uri = openFile("model.privacy", RULES + "entity Gone bound to \"com.acme.Gone\" { id: text key }\n");

		assertThat(codes(uri)).containsExactly("privacy.bound-field-missing", "privacy.bound-class-not-found");
		assertThat(openFiles() - before).as("files opened and still open").isLessThan(100);
	}

	@Test
	void aClassFileThatInflatesToGigabytesIsNotRead() throws IOException {
		Files.writeString(root.toPath().resolve("pom.xml"), "<project/>");
		Path dependencies = root.toPath().resolve("target/dependency");
		zipBomb(dependencies.resolve("bomb.jar"), "com/acme/Ticket.class", 64);
		long heapBefore = usedHeap();
		initialize();

		String uri = openFile("model.privacy", RULES);

		assertThat(codes(uri)).containsExactly("privacy.bound-class-not-found");
		assertThat(usedHeap() - heapBefore).as("heap kept").isLessThan(64L * 1024 * 1024);
	}

	/** Writes a jar with one entry of {@code megabytes} of zeros: a few hundred bytes on disk. */
	static void zipBomb(Path jar, String name, int megabytes) throws IOException {
		Files.createDirectories(jar.getParent());
		byte[] zeros = new byte[1024 * 1024];
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
			zip.putNextEntry(new JarEntry(name));
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
	}

	static void oneEntryJar(Path jar, String name, byte[] bytes) throws IOException {
		Files.createDirectories(jar.getParent());
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
			zip.putNextEntry(new JarEntry(name));
			zip.write(bytes);
			zip.closeEntry();
		}
	}

	/** The files this process has open (Linux). */
	static long openFiles() throws IOException {
		try (var fds = Files.list(Path.of("/proc/self/fd"))) {
			return fds.count();
		}
	}

	private static long usedHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/** Compiles {@link #MARKETING_EMAIL} and the types it uses, and keeps only {@code kept} in {@code output}. */
	private static void compileAndKeep(Path output, String kept) throws IOException {
		Path all = Files.createTempDirectory("privacy-classes");
		Path sources = Files.createTempDirectory("privacy-src");
		Files.createDirectories(sources.resolve("com/acme"));
		Files.writeString(sources.resolve("com/acme/MarketingEmail.java"), MARKETING_EMAIL);
		Files.writeString(sources.resolve("com/acme/User.java"), MISSING_TYPES);
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		int status = javac.run(null, null, null, "-d", all.toString(),
				sources.resolve("com/acme/MarketingEmail.java").toString(),
				sources.resolve("com/acme/User.java").toString());
		assertThat(status).as("javac exit status").isZero();
		Files.createDirectories(output.resolve(kept).getParent());
		Files.copy(all.resolve(kept), output.resolve(kept));
	}

	private List<String> codes(String uri) {
		return diagnosticsOf(uri).stream().map(d -> d.getCode().getLeft()).toList();
	}

	private static void compile(String source, Path output) throws IOException {
		Path sources = Files.createTempDirectory("privacy-src");
		Path file = sources.resolve("Ticket.java");
		Files.writeString(file, source);
		Files.createDirectories(output);
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		int status = javac.run(null, null, null, "-d", output.toString(), file.toString());
		assertThat(status).as("javac exit status").isZero();
	}

	private static void jar(Path classes, Path jar) throws IOException {
		Files.createDirectories(jar.getParent());
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
			zip.putNextEntry(new JarEntry("com/acme/Ticket.class"));
			zip.write(Files.readAllBytes(classes.resolve("com/acme/Ticket.class")));
			zip.closeEntry();
		}
	}
}
