package org.privacy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.runtime.Finding;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A compiled policy, the runtime and this module check data with no compiler of the language on the class path: the
 * Canal+ policy as the generator writes it (its golden file, kept equal to the generator's output by the golden
 * tests), compiled by {@code javac} into a jar, finds on the Canal+ data exactly the expected findings.
 */
class CompiledPolicyCheckTest {
	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
	private static final Path GOLDEN = ROOT
			.resolve("org.privacy.dsl.tests/src/test/resources/golden/canal-plus/records/CanalPlus.java");
	private static final Path CANAL_PLUS = ROOT.resolve("examples/canal-plus");

	@TempDir
	static Path work;
	private static Path jar;
	private static Instant now;
	private static List<String> expected;

	@BeforeAll
	static void compileThePolicy() throws IOException {
		Path sources = work.resolve("src/canal/plus");
		Files.createDirectories(sources);
		Files.copy(GOLDEN, sources.resolve("CanalPlus.java"));
		Path classes = Files.createDirectories(work.resolve("classes"));
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		int status = javac.run(null, null, null, "-d", classes.toString(), "-cp",
				System.getProperty("java.class.path"), sources.resolve("CanalPlus.java").toString());
		assertThat(status).as("javac on the golden policy").isZero();
		jar = work.resolve("policies.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files
				.walk(classes)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, out);
				out.closeEntry();
			}
		}
		JsonNode findings = new JsonMapper().readTree(CANAL_PLUS.resolve("expected-findings.json").toFile());
		now = Instant.parse(findings.get("now").asString());
		expected = new ArrayList<>();
		findings.get("findings").forEach(f -> expected.add(f.get("rule").asString() + " " + f.get("status")
				.asString() + " " + f.get("entity").asString() + " " + f.get("record").asString()));
	}

	private static PrivacyCheck.Builder canalPlus() {
		return PrivacyCheck.builder().policyJar(jar, Map.of()).data(CANAL_PLUS.resolve("data")).now(now);
	}

	private static List<String> described(Iterable<LocatedFinding> findings) {
		List<String> lines = new ArrayList<>();
		for (LocatedFinding located : findings) {
			Finding f = located.finding();
			lines.add(f.ruleId() + " " + f.status().word() + " " + f.entity() + " " + f.record());
		}
		return lines;
	}

	@Test
	void aPolicyJarFindsTheExpectedFindings() throws IOException {
		PrivacyCheck check = canalPlus().build();
		assertThat(check.policies()).extracting(p -> p.name()).containsExactly("CanalPlus");
		// the entities come from the policy's model(): every data file is one of them
		assertThat(check.dataFiles()).hasSize(9);
		assertThat(check.entitiesWithoutData()).isEmpty();
		try (CheckResult result = check.run()) {
			assertThat(new TreeSet<>(described(result.findings()))).isEqualTo(new TreeSet<>(expected));
			assertThat(result.findings().size()).isEqualTo(expected.size());
			assertThat(result.problems().isEmpty()).isTrue();
			assertThat(result.counts().get("Prospect").read()).isPositive();
		}
	}

	@Test
	void findingsStreamedToAListenerAreTheSameOnAnyNumberOfThreads() throws IOException {
		List<LocatedFinding> streamed = new ArrayList<>();
		List<DataProblem> problems = new ArrayList<>();
		CheckListener listener = new CheckListener() {
			@Override
			public void finding(LocatedFinding finding) {
				streamed.add(finding);
			}

			@Override
			public void problem(DataProblem problem) {
				problems.add(problem);
			}
		};
		try (CheckResult result = canalPlus().jobs(3).build().run(listener)) {
			assertThat(result.findings().size()).isEqualTo(expected.size());
		}
		assertThat(new TreeSet<>(described(streamed))).isEqualTo(new TreeSet<>(expected));
		assertThat(streamed).allSatisfy(f -> assertThat(f.location()).matches("[A-Za-z]+\\.(jsonl|csv):\\d+"));
		assertThat(problems).isEmpty();
	}

	@Test
	void recordStreamsAreCheckedLikeFiles() throws IOException {
		PrivacyCheck.Builder builder = PrivacyCheck.builder().policyJar(jar, Map.of()).now(now);
		try (Stream<Path> files = Files.list(CANAL_PLUS.resolve("data"))) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				DataFormat format = name.endsWith(".csv") ? DataFormat.CSV : DataFormat.JSON_LINES;
				builder.stream(name.substring(0, name.indexOf('.')), "in/" + name, format,
						() -> Files.newInputStream(file));
			}
		}
		PrivacyCheck check = builder.build();
		assertThat(check.dataFiles()).isEmpty();
		try (CheckResult result = check.run()) {
			assertThat(new TreeSet<>(described(result.findings()))).isEqualTo(new TreeSet<>(expected));
			assertThat(result.findings()).allSatisfy(f -> assertThat(f.file()).startsWith("in/"));
		}
		assertThatThrownBy(() -> PrivacyCheck.builder().policyJar(jar, Map.of()).stream("Nobody", "x.jsonl",
				DataFormat.JSON_LINES, () -> Files.newInputStream(GOLDEN)).build())
				.isInstanceOf(CheckException.class).hasMessageStartingWith("no entity 'Nobody'");
	}

	@Test
	void personalDataIsMaskedUnlessRevealed() throws IOException {
		String masked;
		String revealed;
		try (CheckResult result = canalPlus().build().run()) {
			masked = String.join("\n", explanations(result));
		}
		try (CheckResult result = canalPlus().revealPersonalData(true).build().run()) {
			revealed = String.join("\n", explanations(result));
		}
		assertThat(revealed).contains("account emp.gchevalier1 stores its password with MD4");
		assertThat(masked).doesNotContain("emp.gchevalier1").contains("********r1");
	}

	private static List<String> explanations(CheckResult result) {
		List<String> all = new ArrayList<>();
		result.findings().forEach(f -> all.add(f.finding().explanation()));
		return all;
	}

	@Test
	void badInputIsOnePlainSentence() {
		assertThatThrownBy(() -> canalPlus().data(work.resolve("nothing-here")).build())
				.isInstanceOf(CheckException.class).hasMessageStartingWith("no such file or folder");
		assertThatThrownBy(() -> PrivacyCheck.builder().policyJar(jar, Map.of("grace", "3 days")))
				.isInstanceOf(CheckException.class).hasMessage("unknown parameter 'grace'; the policies declare no parameter");
		assertThatThrownBy(() -> PrivacyCheck.builder().data(CANAL_PLUS).build()).isInstanceOf(CheckException.class)
				.hasMessage("no policy to check the data with");
	}

	@Test
	void aJarWithoutPoliciesIsRefused() throws IOException {
		Path empty = work.resolve("empty.jar");
		try (OutputStream out = new JarOutputStream(Files.newOutputStream(empty))) {
			// no entry
		}
		assertThatThrownBy(() -> PrivacyCheck.builder().policyJar(empty, Map.of()))
				.isInstanceOf(CheckException.class).hasMessageContaining("holds no record policy");
	}
}
