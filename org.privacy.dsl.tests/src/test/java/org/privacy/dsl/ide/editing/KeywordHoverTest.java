package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.dsl.ide.hover.KeywordHovers;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * Every word of the language is explained by hover where it stands. The words are read from the grammar; where they
 * stand is read from the good files of the corpus, which use every construct: a keyword no good file uses fails the
 * test (add a file that uses it), and so does a keyword whose construct has no sentence in
 * {@code keyword-hovers.tsv}.
 */
class KeywordHoverTest {

	private static final Path GOOD = PrivacyTestSupport.repoRoot()
			.resolve("org.privacy.dsl.tests/src/test/resources/corpus/good");

	/** Where each word was seen: {@code word in Construct}. */
	private static final Set<String> SEEN = new TreeSet<>();

	/** Words seen where no sentence explains them, with the file and line. */
	private static final List<String> UNEXPLAINED = new ArrayList<>();

	private static final Set<String> WORDS_SEEN = new TreeSet<>();

	@BeforeAll
	static void walkTheCorpus() throws IOException {
		XtextResourceSet set = PrivacyCompiler.injector().getInstance(XtextResourceSet.class);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(GOOD)) {
			files = walk.filter(p -> p.toString().endsWith(".privacy")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			walk(set, file, Files.readString(file));
		}
		walk(set, GOOD.resolve("rarer-words.privacy"), RARER_WORDS);
	}

	/** Words of the language that no good corpus file needs: an aggregate and roundings. */
	private static final String RARER_WORDS = """
			entity Item {
				id: text key
				seenAt: list of datetime
				amount: number
			}

			term early for Item: earliest of seenAt is present and amount rounded up > 1
				and amount rounded to 1 decimal > 1
			""";

	private static void walk(XtextResourceSet set, Path file, String text) {
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(file.toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertThat(resource.getParseResult().hasSyntaxErrors()).as(file + " parses").isFalse();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			String word = KeywordHovers.word(leaf);
			if (word == null) {
				continue;
			}
			EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
			WORDS_SEEN.add(word);
			SEEN.add(word + " in " + owner.eClass().getName());
			if (KeywordHovers.shipped().describe(leaf) == null) {
				UNEXPLAINED.add("'" + word + "' in " + owner.eClass().getName() + " ("
						+ GOOD.relativize(file) + ":" + leaf.getStartLine() + ")");
			}
		}
	}

	@Test
	void everyWordOfTheLanguageHasAHoverWhereItStands() {
		assertThat(UNEXPLAINED).as("words without a hover sentence in keyword-hovers.tsv").isEmpty();
		assertThat(SEEN).contains("date in DateOf", "in in DateOf", "sharing in TypeRef", "as in TypeRef",
				"public in CalendarTest", "working in CalendarTest", "within in WithinHours", "calendar in Calendar",
				"yearly in YearlyDay", "easter in EasterDay", "closed in ClosedOnHolidays", "rounded in Rounding",
				"log2 in Log2", "pending in Deadline", "needs in Rule", "required in Field");
	}

	@Test
	void everyKeywordOfTheGrammarIsUsedByAGoodFile() {
		Set<String> words = new TreeSet<>();
		IGrammarAccess grammar = PrivacyCompiler.injector().getInstance(IGrammarAccess.class);
		for (AbstractRule rule : GrammarUtil.allRules(grammar.getGrammar())) {
			if (KeywordHovers.NAME_RULES.contains(rule.getName()) || rule instanceof TerminalRule) {
				continue;
			}
			// the words of enumerations (days, law, latest) are keywords of their enum rules
			for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
				if (KeywordHovers.isWord(keyword.getValue())) {
					words.add(keyword.getValue());
				}
			}
		}
		words.removeAll(WORDS_SEEN);
		assertThat(words).as("keywords of the grammar that no good corpus file uses, so whose hover is not tested")
				.isEmpty();
	}
}
