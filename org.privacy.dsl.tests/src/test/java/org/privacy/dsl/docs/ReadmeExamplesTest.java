package org.privacy.dsl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.JavaMemoryCompiler;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.dsl.validation.IssueCodes;

/**
 * The README's examples are part of the documentation a newcomer learns the language from, so each is compiled here.
 * <ul>
 * <li>{@code ```privacy} blocks must compile without errors, and the Java generated from them must compile;</li>
 * <li>{@code ```privacy-error} blocks must give at least one error;</li>
 * <li>in both, a comment naming an issue code ({@code // error: privacy.type-mismatch}) means the compiler must
 * report that code for the block;</li>
 * <li>{@code ```privacy <name>.privacy} blocks in a row are the files of one rule set, compiled together (a group
 * ends at any other code block, or where a file name repeats);</li>
 * <li>{@code ```privacy-fragment} blocks are one-line snippets that are not compiled; at least 80% of the blocks must
 * be compiled ones.</li>
 * </ul>
 * Run with {@code -Dtest='org.privacy.dsl.docs.*'}.
 */
class ReadmeExamplesTest {

	private static final String PRIVACY = "privacy";
	private static final String ERROR = "privacy-error";
	private static final String FRAGMENT = "privacy-fragment";

	private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})\\s*(.*)$");
	private static final Pattern CODE = Pattern.compile("privacy\\.[a-z]+(?:-[a-z]+)*");
	private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*");

	/** A fenced code block of the README: its first line (1-based), language, optional file name and text. */
	record Block(int line, String language, String fileName, String text) {
		boolean isPrivacy() {
			return language.equals(PRIVACY) || language.equals(ERROR) || language.equals(FRAGMENT);
		}
	}

	/** Files compiled together: one block, or several named {@code ```privacy} blocks in a row. */
	record RuleSet(String language, List<Block> blocks) {
		int line() {
			return blocks.get(0).line();
		}

		Map<String, String> files() {
			Map<String, String> files = new LinkedHashMap<>();
			for (Block b : blocks) {
				files.put(b.fileName() == null ? "rules.privacy" : b.fileName(), b.text());
			}
			return files;
		}

		String name() {
			return "README.md line " + line() + " (" + language
					+ (blocks.size() > 1 ? ", " + String.join(" + ", files().keySet()) : "") + ")";
		}
	}

	private static Path readme() {
		return PrivacyTestSupport.repoRoot().resolve("README.md");
	}

	static List<Block> blocks(List<String> lines) {
		List<Block> blocks = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher open = FENCE.matcher(lines.get(i));
			if (!open.matches()) {
				continue;
			}
			int indent = open.group(1).length();
			String fence = open.group(2);
			String[] info = open.group(3).trim().split("\\s+");
			Pattern close = Pattern.compile("^ {0,3}" + Pattern.quote(fence.substring(0, 1)) + "{" + fence.length()
					+ ",}\\s*$");
			StringBuilder text = new StringBuilder();
			int j = i + 1;
			for (; j < lines.size() && !close.matcher(lines.get(j)).matches(); j++) {
				String line = lines.get(j);
				int strip = 0;
				while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
					strip++;
				}
				text.append(line.substring(strip)).append('\n');
			}
			blocks.add(new Block(i + 2, info[0], info.length > 1 ? info[1] : null, text.toString()));
			i = j;
		}
		return blocks;
	}

	/** The rule sets to compile: named {@code ```privacy} blocks in a row are grouped, every other block is alone. */
	static List<RuleSet> ruleSets(List<Block> blocks) {
		List<RuleSet> sets = new ArrayList<>();
		List<Block> group = null;
		for (Block b : blocks) {
			boolean named = b.language().equals(PRIVACY) && b.fileName() != null;
			if (named) {
				boolean repeats = group != null
						&& group.stream().anyMatch(g -> g.fileName().equals(b.fileName()));
				if (group == null || repeats) {
					group = new ArrayList<>();
					sets.add(new RuleSet(PRIVACY, group));
				}
				group.add(b);
				continue;
			}
			group = null;
			if (b.language().equals(PRIVACY) || b.language().equals(ERROR)) {
				sets.add(new RuleSet(b.language(), List.of(b)));
			}
		}
		return sets;
	}

	private static List<Block> readmeBlocks() throws IOException {
		return blocks(Files.readAllLines(readme()));
	}

	@TestFactory
	Stream<DynamicTest> everyPrivacyBlockCompilesAsDocumented() throws IOException {
		List<RuleSet> sets = ruleSets(readmeBlocks());
		assertThat(sets).as("rule sets in README.md").hasSizeGreaterThanOrEqualTo(10);
		return sets.stream().map(set -> DynamicTest.dynamicTest(set.name(), () -> check(set)));
	}

	private static void check(RuleSet set) throws Exception {
		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.RECORDS, set.files());
		String diagnostics = result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
		Set<String> reported = result.diagnostics().stream().map(Diagnostic::code)
				.collect(Collectors.toCollection(TreeSet::new));
		Set<String> expected = expectedCodes(set);
		assertThat(issueCodes()).as("issue codes named in the comments of " + set.name()).containsAll(expected);
		if (set.language().equals(ERROR)) {
			assertThat(result.hasErrors()).as(set.name() + " should give an error; diagnostics:\n" + diagnostics)
					.isTrue();
		} else {
			assertThat(result.hasErrors()).as(set.name() + " should compile; diagnostics:\n" + diagnostics).isFalse();
			if (!result.sources().isEmpty()) {
				JavaMemoryCompiler.compile(result.sources(), ReadmeExamplesTest.class.getClassLoader());
			}
		}
		assertThat(reported).as(set.name() + " should report the codes its comments name; diagnostics:\n"
				+ diagnostics).containsAll(expected);
	}

	/** The issue codes named in the line comments of a rule set's blocks. */
	private static Set<String> expectedCodes(RuleSet set) {
		Set<String> codes = new LinkedHashSet<>();
		for (Block b : set.blocks()) {
			for (String line : b.text().split("\n")) {
				int comment = commentStart(line);
				if (comment >= 0) {
					Matcher m = CODE.matcher(line.substring(comment));
					while (m.find()) {
						codes.add(m.group());
					}
				}
			}
		}
		return codes;
	}

	/** Where a {@code //} comment starts on a line, outside text literals, or -1. */
	private static int commentStart(String line) {
		boolean inText = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (inText && c == '\\') {
				i++;
			} else if (c == '"') {
				inText = !inText;
			} else if (!inText && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
				return i;
			}
		}
		return -1;
	}

	/** Every code of {@link IssueCodes}. */
	private static Set<String> issueCodes() throws IllegalAccessException {
		Set<String> codes = new TreeSet<>();
		for (Field f : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
				codes.add((String) f.get(null));
			}
		}
		return codes;
	}

	@Test
	void mostPrivacyBlocksAreCompiled() throws IOException {
		List<Block> privacy = readmeBlocks().stream().filter(Block::isPrivacy).toList();
		long compiled = privacy.stream().filter(b -> !b.language().equals(FRAGMENT)).count();
		assertThat(privacy).as("privacy blocks in README.md").isNotEmpty();
		assertThat(compiled * 100).as(compiled + " of " + privacy.size() + " privacy blocks are compiled")
				.isGreaterThanOrEqualTo(80L * privacy.size());
	}

	@Test
	void everyIssueCodeIsDocumented() throws Exception {
		String text = Files.readString(readme());
		Set<String> missing = new TreeSet<>();
		for (String code : issueCodes()) {
			if (!text.contains("`" + code + "`")) {
				missing.add(code);
			}
		}
		assertThat(missing).as("issue codes missing from README.md's table of diagnostics").isEmpty();
	}

	@Test
	void keywordListMatchesTheGrammar() throws IOException {
		String text = Files.readString(readme());
		int start = text.indexOf("<!-- keywords:start -->");
		int end = text.indexOf("<!-- keywords:end -->");
		assertThat(start).as("keywords:start marker").isNotNegative();
		assertThat(end).as("keywords:end marker").isGreaterThan(start);
		Set<String> listed = new TreeSet<>();
		Matcher m = Pattern.compile("`([^`]+)`").matcher(text.substring(start, end));
		while (m.find()) {
			listed.add(m.group(1));
		}
		IGrammarAccess grammar = PrivacyCompiler.injector().getInstance(IGrammarAccess.class);
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
				.filter(k -> WORD.matcher(k).matches()).collect(Collectors.toCollection(TreeSet::new));
		assertThat(listed).isEqualTo(keywords);
	}

	@Test
	void ciRunsTheReadmeTestCommand() throws IOException {
		String command = "./test";
		assertThat(Files.readString(readme())).contains("```sh\n" + command + "\n```");
		// CI runs that command and nothing else
		assertThat(Files.readString(PrivacyTestSupport.repoRoot().resolve(".ci/run")).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("set ")
						&& !line.startsWith("cd ")))
				.containsExactly("exec " + command);
	}

	/** The README's excerpt of generated Java is real: every line but the "// ..." cuts is in the golden file. */
	@Test
	void generatedJavaExcerptIsCurrent() throws IOException {
		Path golden = PrivacyTestSupport.repoRoot()
				.resolve("org.privacy.dsl.tests/src/test/resources/golden/canal-plus/records/CanalPlus.java");
		Set<String> generated = Files.readAllLines(golden).stream().map(String::strip).collect(Collectors.toSet());
		List<Block> java = readmeBlocks().stream().filter(b -> b.language().equals("java")
				&& b.text().contains("public final class CanalPlus")).toList();
		assertThat(java).as("the README shows an excerpt of the generated CanalPlus class").hasSize(1);
		List<String> stale = java.get(0).text().lines().map(String::strip)
				.filter(line -> !line.isEmpty() && !line.equals("// ...") && !generated.contains(line))
				.toList();
		assertThat(stale).as("lines of the README's excerpt that the generator no longer writes").isEmpty();
	}
}
