package org.privacy.dsl.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * Several rule files are parsed at once ({@code PrivacyCompiler}), and their records-mode classes generated at once
 * ({@code PolicyGenerator.generate}): each file's diagnostics and class must be those the same file gives when it is
 * the only policy compiled (parsed and generated alone).
 */
class PoliciesAtOnceTest {
	private static final int POLICIES = 6;
	private static final Path CANAL_PLUS = PrivacyTestSupport.repoRoot().resolve("examples/canal-plus/rules");

	@Test
	void eachClassGeneratedWithTheOthersIsTheClassGeneratedAlone() throws IOException {
		Map<String, String> shared = shared();
		Map<String, String> all = new LinkedHashMap<>(shared);
		Map<String, String> expected = new LinkedHashMap<>();
		for (int i = 1; i <= POLICIES; i++) {
			String copy = copy(i);
			all.put("rules-" + i + ".privacy", copy);
			Map<String, String> alone = new LinkedHashMap<>(shared);
			alone.put("rules-" + i + ".privacy", copy);
			CompilationResult one = PrivacyTestSupport.withoutErrors(
					PrivacyTestSupport.compile(GenerationMode.RECORDS, alone));
			assertThat(one.sources()).hasSize(1);
			expected.putAll(one.sources());
		}

		for (int round = 0; round < 3; round++) {
			CompilationResult together = PrivacyTestSupport.withoutErrors(
					PrivacyTestSupport.compile(GenerationMode.RECORDS, all));
			assertThat(together.sources()).hasSize(POLICIES).containsExactlyEntriesOf(expected);
			assertThat(together.policyClasses()).containsExactlyElementsOf(expected.keySet());
		}
		assertThat(expected.values()).allSatisfy(text -> assertThat(text).contains("MKT-01"));
	}

	@Test
	void eachFilesDiagnosticsWithTheOthersAreItsDiagnosticsAlone() throws IOException {
		Map<String, String> shared = shared();
		Map<String, String> all = new LinkedHashMap<>(shared);
		List<String> expected = new ArrayList<>();
		for (int i = 1; i <= POLICIES; i++) {
			String copy = copy(i);
			if (i % 2 == 0) {
				// a syntax error, an unknown name and a rule that reads a term of the shared vocabulary
				copy += "\nrule BAD-" + i + " \"Broken\"\n\tbasis \"GDPR art. 5\"\n\tMessageSend requires\n"
						+ "\nrule BAD-" + (i + 1) + " \"Unknown\"\n\tbasis \"GDPR art. 5\"\n"
						+ "\tMessageSend requires notAField" + i + "\n";
			}
			all.put("rules-" + i + ".privacy", copy);
			Map<String, String> alone = new LinkedHashMap<>(shared);
			alone.put("rules-" + i + ".privacy", copy);
			expected.addAll(diagnostics(PrivacyTestSupport.compile(GenerationMode.RECORDS, alone)));
		}
		assertThat(expected).anyMatch(d -> d.startsWith("rules-2.privacy ")).anyMatch(d -> d.contains("notAField6"));

		for (int round = 0; round < 3; round++) {
			CompilationResult together = PrivacyTestSupport.compile(GenerationMode.RECORDS, all);
			assertThat(together.sources()).isEmpty();
			assertThat(diagnostics(together)).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	/** Each diagnostic as its file's name, code, position and message. */
	private static List<String> diagnostics(CompilationResult result) {
		return result.diagnostics().stream().map(d -> d.file().getFileName() + " " + d.code() + "@" + d.line() + ":"
				+ d.column() + " " + d.message()).toList();
	}

	private static Map<String, String> shared() throws IOException {
		Map<String, String> shared = new LinkedHashMap<>();
		shared.put("model.privacy", Files.readString(CANAL_PLUS.resolve("model.privacy")));
		shared.put("vocabulary.privacy", Files.readString(CANAL_PLUS.resolve("vocabulary.privacy")));
		return shared;
	}

	/** Canal+'s rules in a package of their own: their own rule ids and class, the shared model imported. */
	private static String copy(int i) throws IOException {
		String rules = Files.readString(CANAL_PLUS.resolve("rules.privacy"));
		assertThat(rules).contains("package canal.plus\n", "policy CanalPlus ");
		return rules.replace("package canal.plus\n", "package canal.plus" + i + "\nimport canal.plus.*\n")
				.replace("policy CanalPlus ", "policy CanalPlus" + i + " ");
	}
}
