package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.ide.contentassist.PrivacyContentAssistContextFactory;
import org.privacy.dsl.tests.PrivacyTestSupport;

import com.google.inject.Injector;

/**
 * Completion parses the text before the caret from the start of a top-level declaration before it
 * ({@link PrivacyContentAssistContextFactory}) and remembers the grammar's call order, where Xtext's own factory parses
 * the whole text from the start of the file and walks the grammar for each proposal. Both must propose the same: at
 * carets spread over every good file of the corpus, in the file as it is and with the rest of the caret's line deleted
 * (a line being written), the proposals of both, in order, with their prefixes, are equal.
 */
class CompletionParsingFromDeclarationTest {

	private static final Path GOOD = PrivacyTestSupport.repoRoot()
			.resolve("org.privacy.dsl.tests/src/test/resources/corpus/good");

	/** Carets per file and variant: spread over the file's tokens. */
	private static final int CARETS_PER_FILE = 8;

	private static final Injector INJECTOR = IdeResources.INJECTOR;
	/** One thread: the contexts are then made in one order, as the proposals of each factory are compared in order. */
	private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

	@AfterAll
	static void stopPool() {
		POOL.shutdownNow();
	}

	@Test
	void theLanguageCompletesWithItsOwnFactory() {
		assertThat(INJECTOR.getInstance(ContentAssistContextFactory.class))
				.isInstanceOf(PrivacyContentAssistContextFactory.class);
	}

	@Test
	void aNameBeingWrittenInTheMiddleOfAFileIsCompletedAsBefore() {
		String text = IdeResources.NAME_BEING_WRITTEN;
		int caret = IdeResources.caretOfTheNameBeingWritten();

		RecordingFactory recording = new RecordingFactory();
		INJECTOR.injectMembers(recording);

		List<String> proposals = proposals(GOOD.resolve("middle.privacy"), text, caret, recording);

		assertThat(recording.parsed).isNotEmpty().allMatch(input -> input.startsWith("rule R1"));
		assertThat(proposals).anyMatch(p -> p.startsWith("urgent | ur |"))
				.isEqualTo(proposals(GOOD.resolve("middle.privacy"), text, caret, wholeTextFactory()));
	}

	/** The factory of the language, keeping the texts it gives the parser. */
	static final class RecordingFactory extends PrivacyContentAssistContextFactory {
		final List<String> parsed = Collections.synchronizedList(new ArrayList<>());

		@Override
		protected String getInputToParse(String completeInput, int offset) {
			String input = super.getInputToParse(completeInput, offset);
			parsed.add(input);
			return input;
		}
	}

	@Test
	@Tag("slow") // over 800 completions made twice; -Dprivacy.fast leaves it out
	void parsingFromADeclarationProposesWhatParsingTheWholeTextProposes() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(GOOD)) {
			files = walk.filter(p -> p.toString().endsWith(".privacy")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThan(50);
		int compared = 0;
		int withProposals = 0;
		for (Path file : files) {
			String text = Files.readString(file);
			for (int caret : carets(file, text)) {
				for (String variant : List.of(text, withRestOfLineDeleted(text, caret))) {
					List<String> fromDeclaration = proposals(file, variant, caret, factory());
					List<String> whole = proposals(file, variant, caret, wholeTextFactory());
					assertThat(fromDeclaration).as("%s at offset %d%s", file.getFileName(), caret,
							variant == text ? "" : " (rest of the line deleted)").isEqualTo(whole);
					compared++;
					withProposals += whole.isEmpty() ? 0 : 1;
				}
			}
		}
		assertThat(compared).isGreaterThan(800);
		assertThat(withProposals).as("carets with proposals").isGreaterThan(compared / 2);
	}

	/** Offsets at the end of visible tokens and inside names, spread over the file. */
	private static List<Integer> carets(Path file, String text) {
		List<Integer> all = new ArrayList<>();
		for (ILeafNode leaf : IdeResources.load(file, text).getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			all.add(leaf.getEndOffset());
			if (leaf.getLength() > 2) {
				all.add(leaf.getOffset() + 2);
			}
		}
		List<Integer> spread = new ArrayList<>();
		int step = Math.max(1, all.size() / CARETS_PER_FILE);
		for (int i = step / 2; i < all.size(); i += step) {
			spread.add(all.get(i));
		}
		return spread;
	}

	private static String withRestOfLineDeleted(String text, int caret) {
		int lineEnd = text.indexOf('\n', caret);
		return lineEnd < 0 ? text.substring(0, caret) : text.substring(0, caret) + text.substring(lineEnd);
	}

	private static ContentAssistContextFactory factory() {
		return INJECTOR.getInstance(ContentAssistContextFactory.class);
	}

	/** Xtext's own factory, which parses the whole text before the caret. */
	private static ContentAssistContextFactory wholeTextFactory() {
		ContentAssistContextFactory factory = new ContentAssistContextFactory();
		INJECTOR.injectMembers(factory);
		return factory;
	}

	/** What the language server proposes at {@code caret}: proposal, prefix and label of each entry, in order. */
	private static List<String> proposals(Path file, String text, int caret, ContentAssistContextFactory factory) {
		XtextResource resource = IdeResources.load(file, text);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(caret, 0), caret, resource);
		IdeContentProposalAcceptor acceptor = INJECTOR.getInstance(IdeContentProposalAcceptor.class);
		INJECTOR.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<String> result = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			result.add(entry.getProposal() + " | " + entry.getPrefix() + " | " + entry.getLabel());
		}
		return result;
	}
}
