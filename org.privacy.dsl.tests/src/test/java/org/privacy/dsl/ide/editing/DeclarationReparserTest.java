package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.ide.rename.NodeText;
import org.privacy.dsl.ide.server.DeclarationReparser;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.tests.SameModel;

/**
 * A change inside one top-level declaration, its end included, re-parses that declaration alone
 * ({@link DeclarationReparser}); the file must then read exactly as when parsed whole. At the end of every declaration
 * of every corpus file, and inside its last line, text is typed or deleted (words, keywords, a comment, an open
 * string, brackets, a line break, a second declaration); after each change and after it is taken back, the node model
 * (every node, its grammar element and its text) and the model equal those of a fresh parse of the same text.
 */
class DeclarationReparserTest {

	private static final String[] TYPED = { "x", " x", " urgent", "-", " and x", " or", " requires", " where x = 1",
			" unless x", " within 3 days", " //note", " /* note", " /* note */", " \"", " (", ")", " }", "}", " ",
			"\n", "\n\nrule R9 \"r\" x requires y", "\nterm t for", " category", " in", " of", " 2", "'" };

	@Test
	void theServerParsesWithTheDeclarationReparser() {
		assertThat(IdeResources.INJECTOR.getInstance(IPartialParsingHelper.class))
				.isInstanceOf(DeclarationReparser.class);
	}

	@Test
	void typingAtTheEndOfARuleReparsesThatRuleAlone() {
		String text = IdeResources.NAME_BEING_WRITTEN;
		XtextResource resource = IdeResources.load(IdeResources.CORPUS.resolve("letters.privacy"), text);
		List<Element> before = List.copyOf(elements(resource));
		int end = IdeResources.caretOfTheNameBeingWritten();

		resource.update(end, 0, "g");

		List<Element> after = elements(resource);
		assertThat(after).hasSize(4);
		assertThat(after.get(0)).isSameAs(before.get(0));
		assertThat(after.get(1)).isSameAs(before.get(1));
		assertThat(after.get(2)).isNotSameAs(before.get(2));
		assertThat(after.get(3)).isSameAs(before.get(3));
		assertSameAsFreshParse(resource, "unless urg");
	}

	@Test
	void changesAtTheEndsOfDeclarationsReadAsAFreshParse() throws IOException {
		List<Path> files = IdeResources.corpusFiles();
		assertThat(files).hasSizeGreaterThan(100);
		Random random = new Random(13);
		int changes = 0;
		int withoutErrors = 0;
		int reparsedAlone = 0;
		for (Path file : files) {
			String text = Files.readString(file);
			XtextResource resource = IdeResources.load(file, text);
			if (resource.getParseResult().hasSyntaxErrors() || resource.getContents().isEmpty()) {
				continue;
			}
			for (int[] change : changes(resource, random)) {
				String typed = change[2] < 0 ? "" : TYPED[change[2]];
				Model model = (Model) resource.getContents().get(0);
				List<Element> before = List.copyOf(model.getElements());
				String replaced = text.substring(change[0], change[0] + change[1]);
				String description = file.getFileName() + ": '" + replaced + "' at " + change[0] + " replaced by '"
						+ typed + "'";

				resource.update(change[0], change[1], typed);
				assertSameAsFreshParse(resource, description);
				changes++;
				if (!resource.getParseResult().hasSyntaxErrors()) {
					withoutErrors++;
					boolean alone = endsWithAWord(typed) && elements(resource).size() == before.size();
					assertThat(keptTheOthers(model, before, resource)).as("the other declarations kept after %s", description)
							.isEqualTo(alone);
					reparsedAlone += alone ? 1 : 0;
				}

				resource.update(change[0], typed.length(), replaced);
				assertSameAsFreshParse(resource, description + ", taken back");
				assertThat(resource.getParseResult().getRootNode().getText()).isEqualTo(text);
			}
		}
		assertThat(changes).isGreaterThan(2500);
		assertThat(withoutErrors).isGreaterThan(changes / 5);
		assertThat(reparsedAlone).isGreaterThan(withoutErrors / 2);
	}

	/**
	 * For every declaration: text typed at the end of its last word (one of {@link #TYPED}, picked at random), its last
	 * character deleted, and its last word replaced; as {offset, length, index in TYPED or -1}.
	 */
	private static List<int[]> changes(XtextResource resource, Random random) {
		List<int[]> changes = new ArrayList<>();
		for (Element element : elements(resource)) {
			ILeafNode last = NodeText.lastVisibleLeaf(NodeModelUtils.getNode(element));
			if (last == null) {
				continue;
			}
			changes.add(new int[] { last.getEndOffset(), 0, random.nextInt(TYPED.length) });
			changes.add(new int[] { last.getEndOffset(), 0, random.nextInt(TYPED.length) });
			changes.add(new int[] { last.getEndOffset() - 1, 1, -1 });
			changes.add(new int[] { last.getOffset(), last.getLength(), random.nextInt(TYPED.length) });
		}
		return changes;
	}

	/**
	 * Whether typing {@code typed} at a declaration's end leaves it ending with a word: spaces and comments after a
	 * declaration's last word are outside it in a whole parse, so a declaration ending with them is parsed with the file.
	 */
	private static boolean endsWithAWord(String typed) {
		return typed.isEmpty() || !Character.isWhitespace(typed.charAt(typed.length() - 1)) && !typed.contains("//")
				&& !typed.endsWith("*/");
	}

	private static List<Element> elements(XtextResource resource) {
		return ((Model) resource.getContents().get(0)).getElements();
	}

	/** Whether the file's model and every declaration but one are still the same objects. */
	private static boolean keptTheOthers(Model model, List<Element> before, XtextResource resource) {
		List<Element> after = elements(resource);
		if (resource.getContents().get(0) != model || after.size() != before.size()) {
			return false;
		}
		int changed = 0;
		for (int i = 0; i < after.size(); i++) {
			changed += after.get(i) == before.get(i) ? 0 : 1;
		}
		return changed == 1;
	}

	private static void assertSameAsFreshParse(XtextResource resource, String description) {
		ICompositeNode root = resource.getParseResult().getRootNode();
		XtextResource fresh = IdeResources.load(Path.of(resource.getURI().toFileString()), root.getText());
		assertThat(NodeModelUtils.compactDump(root, true)).as("node model after %s", description)
				.isEqualTo(NodeModelUtils.compactDump(fresh.getParseResult().getRootNode(), true));
		assertThat(resource.getParseResult().hasSyntaxErrors()).as("syntax errors after %s", description)
				.isEqualTo(fresh.getParseResult().hasSyntaxErrors());
		EObject model = resource.getContents().get(0);
		assertThat(SameModel.same(model, fresh.getContents().get(0))).as("model after %s", description).isTrue();
	}

}
