package org.privacy.dsl.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * The generator's output, reviewed in {@code git diff}: each rule set below has its expected Java beside it, in
 * {@code org.privacy.dsl.tests/src/test/resources/golden/<set>/<mode>/<Class>.java}. Run with
 * {@code -Dprivacy.updateGolden=true} to rewrite them after an intended change.
 */
class GoldenFilesTest {

	private static final boolean UPDATE = Boolean.getBoolean("privacy.updateGolden");

	/** Rule sets: the Canal+ example, and the folders under src/test/resources/golden-rules. */
	static List<Object[]> ruleSets() throws IOException {
		Path root = PrivacyTestSupport.repoRoot();
		List<Object[]> sets = new ArrayList<>();
		sets.add(new Object[] { "canal-plus", root.resolve("examples/canal-plus/rules") });
		Path more = root.resolve("org.privacy.dsl.tests/src/test/resources/golden-rules");
		if (Files.isDirectory(more)) {
			try (Stream<Path> dirs = Files.list(more)) {
				dirs.filter(Files::isDirectory).sorted().forEach(d -> sets.add(new Object[] { d.getFileName().toString(), d }));
			}
		}
		List<Object[]> withModes = new ArrayList<>();
		for (Object[] set : sets) {
			for (GenerationMode mode : GenerationMode.values()) {
				withModes.add(new Object[] { set[0], set[1], mode });
			}
		}
		return withModes;
	}

	@ParameterizedTest(name = "{0} ({2})")
	@MethodSource("ruleSets")
	void generatedJavaMatchesTheGoldenFile(String name, Path rules, GenerationMode mode) throws IOException {
		CompilationResult result = PrivacyTestSupport.withoutErrors(PrivacyTestSupport.compileFolder(rules, mode));
		Path expectedDir = PrivacyTestSupport.repoRoot()
				.resolve("org.privacy.dsl.tests/src/test/resources/golden/" + name + "/" + mode.name().toLowerCase());
		assertThat(result.sources()).isNotEmpty();
		for (Map.Entry<String, String> source : result.sources().entrySet()) {
			String simpleName = source.getKey().substring(source.getKey().lastIndexOf('.') + 1);
			Path expected = expectedDir.resolve(simpleName + ".java");
			if (UPDATE) {
				Files.createDirectories(expectedDir);
				Files.writeString(expected, source.getValue());
			}
			assertThat(expected).as("golden file (run with -Dprivacy.updateGolden=true to create it)").exists();
			assertThat(source.getValue()).as(simpleName).isEqualTo(Files.readString(expected));
		}
	}

	@ParameterizedTest(name = "{0} ({2})")
	@MethodSource("ruleSets")
	void noLineOfTheGoldenFileIsWiderThan120Columns(String name, Path rules, GenerationMode mode) throws IOException {
		Path dir = PrivacyTestSupport.repoRoot()
				.resolve("org.privacy.dsl.tests/src/test/resources/golden/" + name + "/" + mode.name().toLowerCase());
		List<Path> files;
		try (Stream<Path> list = Files.list(dir)) {
			files = list.filter(f -> f.toString().endsWith(".java")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			assertThat(PrivacyTestSupport.linesWiderThan(Files.readString(file), 120)).as(file.toString()).isEmpty();
		}
	}

	/** Every folder of rule files of the examples and the benchmarks that compiles: its folder, and each mode. */
	static List<Object[]> exampleFolders() throws IOException {
		Path root = PrivacyTestSupport.repoRoot();
		java.util.SortedSet<Path> folders = new java.util.TreeSet<>();
		for (String top : List.of("examples", "benchmarks")) {
			try (Stream<Path> walk = Files.walk(root.resolve(top))) {
				walk.filter(p -> p.toString().endsWith(".privacy") && !root.relativize(p).toString().contains("target/")
						&& !p.toString().contains("node_modules")).forEach(p -> folders.add(p.getParent()));
			}
		}
		List<Object[]> cases = new ArrayList<>();
		for (Path folder : folders) {
			for (GenerationMode mode : GenerationMode.values()) {
				cases.add(new Object[] { root.relativize(folder).toString(), folder, mode });
			}
		}
		return cases;
	}

	@ParameterizedTest(name = "{0} ({2})")
	@MethodSource("exampleFolders")
	void noGeneratedLineOfTheExamplesIsWiderThan120Columns(String name, Path folder, GenerationMode mode)
			throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(p -> p.toString().endsWith(".privacy")).sorted().toList();
		}
		CompilationResult result = org.privacy.dsl.compiler.PrivacyCompiler.create().compile(files, mode);
		// the example of a broken build is meant to have errors: nothing generated, nothing to check
		org.junit.jupiter.api.Assumptions.assumeFalse(result.hasErrors(), name + " has errors");
		assertThat(result.sources()).isNotEmpty();
		result.sources().forEach((className, source) -> assertThat(PrivacyTestSupport.linesWiderThan(source, 120))
				.as(className).isEmpty());
	}

	@ParameterizedTest(name = "{0} ({2})")
	@MethodSource("ruleSets")
	void generationIsDeterministic(String name, Path rules, GenerationMode mode) {
		CompilationResult first = PrivacyTestSupport.compileFolder(rules, mode);
		CompilationResult second = PrivacyTestSupport.compileFolder(rules, mode);
		assertThat(second.sources()).isEqualTo(first.sources());
	}

	@ParameterizedTest(name = "{0} ({2})")
	@MethodSource("ruleSets")
	void generatedJavaCompilesWithoutWarnings(String name, Path rules, GenerationMode mode) {
		// JavaMemoryCompiler compiles with -Xlint:all -Werror: a warning fails the load
		CompilationResult result = PrivacyTestSupport.compileFolder(rules, mode);
		assertThat(PrivacyTestSupport.load(result, Map.of())).isNotEmpty();
	}
}
