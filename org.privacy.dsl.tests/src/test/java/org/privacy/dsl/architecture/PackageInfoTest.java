package org.privacy.dsl.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * Every package of the project's modules says what it is for in a {@code package-info.java}: the first thing a
 * newcomer reads of a package. The example applications under {@code examples/} are users' code and are left out.
 */
class PackageInfoTest {

	@Test
	void everyPackageOfTheModulesHasAPackageInfo() throws IOException {
		Path root = PrivacyTestSupport.repoRoot();
		TreeSet<String> missing = new TreeSet<>();
		List<Path> sources;
		try (Stream<Path> modules = Files.list(root)) {
			sources = modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).toList();
		}
		assertThat(sources).as("the modules' source folders").hasSizeGreaterThanOrEqualTo(8);
		for (Path source : sources) {
			try (Stream<Path> files = Files.walk(source)) {
				files.filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".xtend"))
						.map(Path::getParent).distinct()
						.filter(folder -> !Files.exists(folder.resolve("package-info.java")))
						.forEach(folder -> missing.add(root.relativize(folder).toString()));
			}
		}
		assertThat(missing).as("packages without a package-info.java").isEmpty();
	}
}
