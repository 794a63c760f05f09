package org.privacy.dsl.ide.symbols;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.privacy.dsl.privacy.Model;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The outline of a rule file as hierarchical document symbols: one symbol for the rule set (the file's policy, or
 * the file), holding the rules grouped by the article they rest on (a rule citing two articles is under both), then
 * groups of entities (with their fields), enumerations (with their values), terms, parameters and vocabulary
 * declarations.
 */
@Singleton
public class PrivacyOutlineService extends HierarchicalDocumentSymbolService {

	@Inject
	private Provider<OutlineBuilder> builders;

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
			CancelIndicator cancelIndicator) {
		return getSymbols(resource, cancelIndicator);
	}

	@Override
	public List<DocumentSymbol> getSymbols(XtextResource resource, CancelIndicator cancelIndicator) {
		if (resource.getParseResult() == null || !(resource.getParseResult().getRootASTElement() instanceof Model model)) {
			return List.of();
		}
		return List.of(builders.get().build(model));
	}
}
