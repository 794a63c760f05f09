package org.privacy.dsl.ide.highlighting;

import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;

/** Xtext's semantic tokens with the legend extended by the language's own modifiers ({@link PrivacyTokenStyles}). */
public class PrivacySemanticTokensService extends SemanticTokensService {

	@Override
	protected void addTokenModifiers() {
		super.addTokenModifiers();
		getTokenModifiers().addAll(PrivacyTokenStyles.CUSTOM_MODIFIERS);
	}
}
