package org.privacy.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.GrammarUtil;
import org.privacy.dsl.naming.NameKeywords;
import org.privacy.dsl.services.PrivacyGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * How a name is written where it is used: a keyword gets a leading {@code ^} ({@code ^date}, {@code user.^date}),
 * unless it is a word of a term's name where {@link NameKeywords} lets it stand ({@code sent from home}).
 */
@Singleton
public class WrittenNames {

	private final Set<String> keywords;
	private final NameKeywords nameKeywords;

	@Inject
	WrittenNames(PrivacyGrammarAccess grammar, NameKeywords nameKeywords) {
		keywords = Set.copyOf(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		this.nameKeywords = nameKeywords;
	}

	/** A name of one or more words separated by spaces, as a rule writes it. */
	public String phrase(String name) {
		List<String> words = List.of(name.trim().split("\\s+"));
		List<String> written = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			written.add(nameKeywords.writable(words, i) ? words.get(i) : "^" + words.get(i));
		}
		return String.join(" ", written);
	}

	/** A dotted key ({@code user.contact.email}) with keyword segments escaped. */
	public String dotted(String key) {
		String[] segments = key.split("\\.", -1);
		List<String> written = new ArrayList<>();
		for (String segment : segments) {
			written.add(keywords.contains(segment) ? "^" + segment : segment);
		}
		return String.join(".", written);
	}
}
