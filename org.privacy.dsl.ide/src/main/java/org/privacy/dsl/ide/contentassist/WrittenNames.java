package org.privacy.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.GrammarUtil;
import org.privacy.dsl.services.PrivacyGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * How a name is written where it is used: a word that is a keyword gets a leading {@code ^} ({@code sent ^from home},
 * {@code ^date}, {@code user.^date}), except {@code of} and {@code to} after the first word of a term's name.
 */
@Singleton
public class WrittenNames {

	private final Set<String> keywords;

	@Inject
	WrittenNames(PrivacyGrammarAccess grammar) {
		keywords = Set.copyOf(GrammarUtil.getAllKeywords(grammar.getGrammar()));
	}

	/** A name of one or more words separated by spaces, as a rule writes it. */
	public String phrase(String name) {
		String[] words = name.trim().split("\\s+");
		List<String> written = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			boolean joiner = i > 0 && (words[i].equals("of") || words[i].equals("to"));
			written.add(!joiner && keywords.contains(words[i]) ? "^" + words[i] : words[i]);
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
