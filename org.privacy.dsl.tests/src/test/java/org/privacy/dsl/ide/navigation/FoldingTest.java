package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** {@code textDocument/foldingRange}: declarations of several lines and block comments fold; nothing else does. */
class FoldingTest extends NavigationTestBase {

	static final String FILE = """
			package canal.plus

			/*
			 * Prospection (CPCE art. L34-5).
			 */
			enum Purpose { marketing, service }
			enum RiskLevel {
				low,
				high
			}
			entity Device { model: text }
			entity MessageSend {
				id: text key
				purpose: Purpose
				optOutLink: boolean
			}
			/* one line */
			term promotion: MessageSend where purpose = marketing
			term "opt-out offered" for MessageSend:
				optOutLink
				and purpose = marketing

			rule MKT-06 "Every marketing message offers a way to object"
				basis "CPCE art. L34-5"
				promotion requires opt-out offered
			""";

	/** Each range as {@code first line-last line kind}, lines counted from 1. */
	List<String> folding() {
		List<FoldingRange> ranges = get(
				languageServer.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri("f.privacy")))));
		return ranges.stream().map(r -> (r.getStartLine() + 1) + "-" + (r.getEndLine() + 1)
				+ (r.getKind() == null ? "" : " " + r.getKind())).toList();
	}

	@Test
	void entitiesEnumerationsRulesTermsAndBlockCommentsOfSeveralLines() {
		workspace("f.privacy", FILE);
		assertThat(folding()).containsExactly(
				"3-5 comment",     // the block comment
				"7-10",            // enum RiskLevel (Purpose is one line)
				"12-16",           // entity MessageSend (Device is one line)
				"19-21",           // the term of three lines (promotion is one line)
				"23-25");          // the rule
	}
}
