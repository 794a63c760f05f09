package org.privacy.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.privacy.dsl.ide.hover.LegalArticles;

/** The citations of the articles table, proposed after {@code basis} and after a comma in the list of bases. */
final class LegalBasisProposals {

	private LegalBasisProposals() {
	}

	/** Quoted citations that start with {@code prefix} (with or without its opening quote), in the table's order. */
	static List<ContentAssistEntry> matching(String prefix) {
		String typed = prefix.startsWith("\"") ? prefix.substring(1) : prefix;
		List<ContentAssistEntry> entries = new ArrayList<>();
		for (LegalArticles.Article article : LegalArticles.shipped().all()) {
			if (!article.citation().toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT))) {
				continue;
			}
			ContentAssistEntry entry = new ContentAssistEntry();
			entry.setProposal("\"" + article.citation() + "\"");
			entry.setLabel(article.citation());
			entry.setPrefix(prefix);
			entry.setKind(ContentAssistEntry.KIND_REFERENCE);
			entry.setDescription(article.title());
			entry.setDocumentation(article.summary());
			entries.add(entry);
		}
		return entries;
	}
}
