package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;

/** The fixes of one issue code. Each fix reads what it needs from the diagnostic's data and the file's model. */
interface QuickFix {

	/** The issue code this fix handles, from {@link org.privacy.dsl.validation.IssueCodes}. */
	String code();

	/** The code actions for one diagnostic of that code; empty when there is no obvious fix. */
	List<CodeAction> fixes(FixContext context);
}
