package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.dsl.ide.classpath.WorkspaceClassLoader;

/**
 * The class loader of the application's classes reads them without holding jars open and refuses class files over
 * its limit (4 MB), whatever their jar says about their size.
 */
class WorkspaceClassLoaderTest {

	@TempDir
	Path folder;

	@Test
	void aClassInTheLastOfFifteenHundredJarsIsFoundWithNoJarLeftOpen() throws IOException {
		List<Path> classpath = new ArrayList<>();
		for (int i = 0; i < 1_500; i++) {
			Path jar = folder.resolve(String.format("lib-%04d.jar", i));
			ClasspathTest.oneEntryJar(jar, "com/acme/lib" + i + "/Thing.class", new byte[] { (byte) i });
			classpath.add(jar);
		}
		WorkspaceClassLoader loader = new WorkspaceClassLoader(getClass().getClassLoader());
		loader.setClasspath(classpath);
		long before = ClasspathTest.openFiles();

		// every jar looked in: one that is absent, and one in each jar
		assertThat(loader.getResource("com/acme/Absent.class")).isNull();
		for (int i = 0; i < 1_500; i += 7) {
			try (InputStream in = loader.getResourceAsStream("com/acme/lib" + i + "/Thing.class")) {
				assertThat(in.readAllBytes()).containsExactly((byte) i);
			}
		}
		assertThat(loader.getResource("com/acme/lib1499/Thing.class")).isNotNull();

		assertThat(ClasspathTest.openFiles() - before).as("files left open").isLessThan(20);
	}

	@Test
	void aClassFileThatInflatesToGigabytesIsAbsent() throws IOException {
		Path jar = folder.resolve("bomb.jar");
		// 256 MB of zeros in a quarter of a megabyte
		ClasspathTest.zipBomb(jar, "com/acme/Ticket.class", 256);
		assertThat(Files.size(jar)).isLessThan(1024L * 1024);
		WorkspaceClassLoader loader = new WorkspaceClassLoader(getClass().getClassLoader());
		loader.setClasspath(List.of(jar));

		assertThat(loader.getResource("com/acme/Ticket.class")).isNull();
		assertThat(loader.getResourceAsStream("com/acme/Ticket.class")).isNull();
		assertThatThrownBy(() -> loader.loadClass("com.acme.Ticket")).isInstanceOf(ClassNotFoundException.class);
	}

	@Test
	void aHugeClassFileInAFolderIsAbsent() throws IOException {
		Path classes = folder.resolve("classes");
		Files.createDirectories(classes.resolve("com/acme"));
		Files.write(classes.resolve("com/acme/Ticket.class"), new byte[5 * 1024 * 1024]);
		Files.write(classes.resolve("com/acme/Small.class"), new byte[] { 1, 2 });
		WorkspaceClassLoader loader = new WorkspaceClassLoader(getClass().getClassLoader());
		loader.setClasspath(List.of(classes));

		assertThat(loader.getResource("com/acme/Ticket.class")).isNull();
		assertThat(loader.getResourceAsStream("com/acme/Ticket.class")).isNull();
		try (InputStream in = loader.getResource("com/acme/Small.class").openStream()) {
			assertThat(in.readAllBytes()).containsExactly(1, 2);
		}
	}
}
