package org.privacy.dsl.ide.folding;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Term;

/**
 * Folds the declarations a reader wants to collapse: entities, enumerations, rules and terms, when they span several
 * lines (the language server drops ranges of one line), and block comments. Expressions inside them are not folded.
 */
public class PrivacyFoldingRangeProvider extends DefaultFoldingRangeProvider {

	@Override
	protected boolean isHandled(EObject element) {
		return element instanceof Entity || element instanceof Enumeration || element instanceof Rule
				|| element instanceof Term;
	}

	@Override
	protected boolean shouldProcessContent(EObject element) {
		return element instanceof Model;
	}
}
