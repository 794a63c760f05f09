package org.privacy.dsl.eclipse;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The colours of a rule file: keywords, comments and quoted texts from the parse, then the language's semantic
 * highlighting over them (the same calculator the language server's semantic tokens come from).
 */
final class Colouring {

	private Colouring() {
	}

	static List<StyleRange> of(EditedResource edited) {
		int length = edited.document().getContents().length();
		String[] kinds = new String[length];
		if (edited.resource().getParseResult() != null) {
			for (ILeafNode leaf : edited.resource().getParseResult().getRootNode().getLeafNodes()) {
				String kind = lexicalKind(leaf);
				if (kind != null) {
					fill(kinds, leaf.getOffset(), leaf.getLength(), kind);
				}
			}
		}
		ISemanticHighlightingCalculator semantic = edited.resource().getResourceServiceProvider()
				.get(ISemanticHighlightingCalculator.class);
		semantic.provideHighlightingFor(edited.resource(), (offset, len, ids) -> {
			if (ids.length > 0 && TokenColours.of(ids[0]) != null) {
				fill(kinds, offset, len, ids[0]);
			}
		}, CancelIndicator.NullImpl);
		return ranges(kinds);
	}

	private static String lexicalKind(ILeafNode leaf) {
		EObject element = leaf.getGrammarElement();
		if (element instanceof Keyword keyword) {
			String value = keyword.getValue();
			return !value.isEmpty() && Character.isLetter(value.charAt(0)) ? TokenColours.KEYWORD : null;
		}
		TerminalRule terminal = element instanceof TerminalRule rule ? rule
				: element instanceof org.eclipse.xtext.RuleCall call
						&& call.getRule() instanceof TerminalRule rule ? rule : null;
		if (terminal == null) {
			return null;
		}
		String name = terminal.getName();
		if (name.endsWith("COMMENT")) {
			return TokenColours.COMMENT;
		}
		return "STRING".equals(name) ? TokenColours.TEXT : null;
	}

	private static void fill(String[] kinds, int offset, int length, String kind) {
		for (int i = Math.max(0, offset); i < Math.min(kinds.length, offset + length); i++) {
			kinds[i] = kind;
		}
	}

	private static List<StyleRange> ranges(String[] kinds) {
		List<StyleRange> ranges = new ArrayList<>();
		int start = 0;
		while (start < kinds.length) {
			int end = start + 1;
			while (end < kinds.length && java.util.Objects.equals(kinds[end], kinds[start])) {
				end++;
			}
			TokenColours.Style style = TokenColours.of(kinds[start]);
			if (style != null) {
				ranges.add(new StyleRange(start, end - start, style.foreground(), null, style.fontStyle()));
			}
			start = end;
		}
		return ranges;
	}
}
