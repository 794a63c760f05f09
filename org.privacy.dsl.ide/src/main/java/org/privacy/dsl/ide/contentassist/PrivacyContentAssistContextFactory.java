package org.privacy.dsl.ide.contentassist;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.Model;

import com.google.inject.Inject;

/**
 * Xtext's content-assist contexts, made without re-reading the whole file before the caret.
 * <p>
 * To know what may come at the caret, Xtext parses the text from the start of the file to the caret again, up to three
 * times per request: in the middle of a 5,000-line file, most of a completion. A file is a header ({@code package},
 * imports, {@code policy}) and then top-level declarations one after another ({@code Model}: {@code elements+=Element*});
 * after a whole declaration the parser is always in the same state, wherever it stands. So the text is parsed from the
 * start of the last declaration whose first word lies before the end of the text: the parser skips the optional header
 * (a declaration does not start with {@code package}, {@code import} or {@code policy}) and then reads exactly what it
 * read before. When the file has a syntax error before that declaration, the whole text is parsed, as Xtext does.
 * <p>
 * For each element that may follow the caret, Xtext also asks, rule by rule, whether it can come after the last complete
 * one by walking the grammar; the answers depend on the grammar alone and are kept ({@link GrammarCallOrder}).
 */
public class PrivacyContentAssistContextFactory extends ContentAssistContextFactory {

	@Inject
	private GrammarCallOrder callOrder;

	@Override
	protected String getInputToParse(String completeInput, int offset) {
		String input = super.getInputToParse(completeInput, offset);
		int from = declarationStartBefore(offset);
		return from > 0 && from < input.length() && input.startsWith(completeInput.substring(0, from))
				? input.substring(from)
				: input;
	}

	/**
	 * The offset of the first word of the last top-level declaration, other than the first, whose first word ends at or
	 * before {@code offset}; 0 when there is none, or when the file has a syntax error before it.
	 */
	private int declarationStartBefore(int offset) {
		if (parseResult == null || !(parseResult.getRootASTElement() instanceof Model model)) {
			return 0;
		}
		List<Element> elements = model.getElements();
		int from = 0;
		for (int i = 1; i < elements.size(); i++) {
			ICompositeNode node = NodeModelUtils.getNode(elements.get(i));
			ILeafNode first = node == null ? null : firstWord(node);
			if (first == null || first.getEndOffset() > offset) {
				break;
			}
			from = first.getOffset();
		}
		if (from == 0) {
			return 0;
		}
		for (INode error : parseResult.getSyntaxErrors()) {
			if (error.getOffset() < from) {
				return 0;
			}
		}
		return from;
	}

	private static ILeafNode firstWord(ICompositeNode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf;
			}
		}
		return null;
	}

	@Override
	protected boolean canBeCalledAfter(AbstractRule rule, EObject previousGrammarElement, String previousText,
			EObject nextGrammarElement) {
		return callOrder.canBeCalledAfter(rule, previousGrammarElement, previousText, nextGrammarElement,
				() -> super.canBeCalledAfter(rule, previousGrammarElement, previousText, nextGrammarElement));
	}
}
