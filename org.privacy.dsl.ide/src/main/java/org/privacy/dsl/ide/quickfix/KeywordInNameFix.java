package org.privacy.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.ide.rename.NameSyntax;
import org.privacy.dsl.ide.rename.NodeText;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * {@code term "objection and notice" for Request: ...} — a keyword that cannot stand there in a name: join the words
 * with hyphens ({@code objection-and-notice}, one word), or escape the keyword ({@code objection ^and notice}, written
 * so at every use). The name is in the diagnostic's data [name, keyword].
 */
class KeywordInNameFix implements QuickFix {

	@Inject
	private NameSyntax syntax;

	@Override
	public String code() {
		return IssueCodes.KEYWORD_IN_NAME;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		Term term = context.element(Term.class);
		String name = context.data(0);
		String keyword = context.data(1);
		if (term == null || name == null || keyword == null) {
			return List.of();
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(term, PrivacyPackage.eINSTANCE.getNamed_Name());
		if (nodes.isEmpty()) {
			return List.of();
		}
		var region = NodeText.visibleRegion(nodes.get(0));
		boolean quoted = context.text(region).startsWith("\"");
		List<CodeAction> actions = new ArrayList<>();
		String words = NameSyntax.words(name);
		if (words.contains(" ")) {
			String joined = words.replace(' ', '-');
			CodeAction join = context.action("Join the words with hyphens: '" + joined + "'",
					context.replace(region, quoted ? "\"" + joined + "\"" : joined));
			join.setIsPreferred(true);
			actions.add(join);
		}
		String escaped = syntax.phrase(words);
		actions.add(context.action("Escape '" + keyword + "' as '^" + keyword + "' (write it so at every use)",
				context.replace(region, escaped)));
		return actions;
	}
}
