package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;
import static org.privacy.dsl.semantics.CompiledRules.checkObject;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.dsl.naming.NameKeywords;
import org.privacy.dsl.naming.NameKeywords.Place;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.dsl.validation.IssueCodes;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Every keyword of the grammar, taken from the grammar itself (so that keywords added later are covered), inside a
 * term's name: alone ({@code k}), first ({@code k alpha}), in the middle ({@code alpha k beta}) and at the end
 * ({@code alpha k}). Each name either works where
 * a term is used (a rule's requirement, its where, its unless, another term) in both generation modes, or is refused
 * at its declaration with {@code privacy.keyword-in-name} and nothing else. The README lists the refused keywords.
 */
class KeywordsInNamesTest {

	private static final NameKeywords KEYWORDS = PrivacyCompiler.injector().getInstance(NameKeywords.class);

	private static final String ENTITY = """
			entity E%s {
				id: text key
				flag: boolean
				n: number
				blocked: boolean
			}
			""";

	private static final Context NOW = at("2024-03-01T09:00:00Z");

	/** A term named {@code name}, used in a rule's where, requirement and unless, and in another term. */
	private static String uses(String name, int i) {
		return "term " + name + " for E: n > 1\n"
				+ "term check" + i + " for E: " + name + " or flag\n"
				+ "rule R-" + i + " \"" + name + "\" basis \"b\"\n"
				+ "\tE where " + name + " requires flag and check" + i + " and " + name + "\n"
				+ "\tunless blocked and " + name + "\n";
	}

	private static List<String> codes(String text) {
		CompilationResult result = PrivacyTestSupport.compile(GenerationMode.RECORDS, text);
		return result.diagnostics().stream().map(d -> d.code() + " " + d.line() + ": " + d.message()).toList();
	}

	@Test
	void everyKeywordEitherWorksInANameOrIsRefusedWhereTheNameIsDeclared() {
		List<String> problems = new ArrayList<>();
		StringBuilder all = new StringBuilder(ENTITY.formatted(""));
		int i = 0;
		for (String k : KEYWORDS.keywords()) {
			for (Place place : List.of(Place.ONLY, Place.FIRST, Place.INNER, Place.LAST)) {
				String name = switch (place) {
					case FIRST -> k + " alpha";
					case LAST -> "alpha " + k;
					case ONLY -> k;
					default -> "alpha " + k + " beta";
				};
				if (!KEYWORDS.allowed(k, place)) {
					// refused: written in quotes, the declaration parses, and is refused with one code
					List<String> found = codes(ENTITY.formatted("") + "term \"" + name + "\" for E: flag\n");
					if (found.size() != 1 || !found.get(0).startsWith(IssueCodes.KEYWORD_IN_NAME + " 7:")) {
						problems.add("'" + name + "' should be refused once at its declaration, got " + found);
					}
					continue;
				}
				String text = uses(name, ++i);
				List<String> found = codes(ENTITY.formatted("") + text);
				if (!found.isEmpty()) {
					problems.add("'" + name + "' is allowed, but using it gives " + found);
				} else {
					all.append(text);
				}
			}
		}
		assertThat(problems).isEmpty();

		String rules = all.toString();
		RecordPolicy records = CompiledRules.records(rules);
		assertThat(violated(check(records, "E", Map.of("id", "e1", "flag", false, "n", 2, "blocked", false), NOW)))
				.as("every rule is violated").hasSize(rulesIn(rules));
		assertThat(violated(check(records, "E", Map.of("id", "e2", "flag", true, "n", 2, "blocked", false), NOW)))
				.isEmpty();
		assertThat(violated(check(records, "E", Map.of("id", "e3", "flag", false, "n", 0, "blocked", false), NOW)))
				.isEmpty();
		assertThat(violated(check(records, "E", Map.of("id", "e4", "flag", false, "n", 2, "blocked", true), NOW)))
				.isEmpty();

		Policy bound = CompiledRules.bound(rules.replace("entity E {",
				"entity E bound to \"" + BoundCase.class.getName() + "\" {"));
		assertThat(violated(checkObject(bound, new BoundCase("e1", false, 2, false), NOW))).hasSize(rulesIn(rules));
		assertThat(violated(checkObject(bound, new BoundCase("e2", true, 2, false), NOW))).isEmpty();
		assertThat(violated(checkObject(bound, new BoundCase("e4", false, 2, true), NOW))).isEmpty();
	}

	@Test
	void unquotedNamesWithKeywordsParse() {
		assertThat(codes(ENTITY.formatted("") + uses("sent from home", 1) + uses("objection in force", 2)
				+ uses("on time", 3) + uses("day one", 4) + uses("opt-out in time", 5))).isEmpty();
	}

	/** The keywords that cannot be part of a name, and those that cannot end one, as the README lists them. */
	@Test
	void readmeListsTheRefusedKeywords() throws IOException {
		String text = Files.readString(PrivacyTestSupport.repoRoot().resolve("README.md"));
		assertThat(listed(text, "refused-in-names")).as("keywords refused in names (README)")
				.isEqualTo(KEYWORDS.refused());
		assertThat(listed(text, "start-names")).as("keywords that can begin a name (README)")
				.isEqualTo(KEYWORDS.starting());
		assertThat(listed(text, "inner-in-names")).as("keywords that cannot end a name (README)")
				.isEqualTo(KEYWORDS.innerOnly());
	}

	private static Set<String> listed(String text, String marker) {
		int start = text.indexOf("<!-- " + marker + ":start -->");
		int end = text.indexOf("<!-- " + marker + ":end -->");
		assertThat(start).as(marker + " marker").isNotNegative();
		assertThat(end).as(marker + " end marker").isGreaterThan(start);
		Set<String> listed = new TreeSet<>();
		Matcher m = Pattern.compile("`([^`]+)`").matcher(text.substring(start, end));
		while (m.find()) {
			listed.add(m.group(1));
		}
		return listed;
	}

	private static int rulesIn(String rules) {
		return (int) rules.lines().filter(line -> line.startsWith("rule ")).count();
	}

	private static List<String> violated(List<Finding> findings) {
		return findings.stream().filter(f -> f.status() == Status.VIOLATED).map(Finding::ruleId)
				.collect(Collectors.toList());
	}
}
