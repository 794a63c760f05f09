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
