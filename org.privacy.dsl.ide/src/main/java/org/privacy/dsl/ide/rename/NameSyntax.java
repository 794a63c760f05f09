package org.privacy.dsl.ide.rename;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.privacy.dsl.naming.NameKeywords;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * How names are spelled in rule files: which words are keywords, which names the grammar accepts, and how a name is
 * written where it is used (a keyword that cannot stand where it is in a name takes a leading {@code ^}:
 * {@code x ^and y}).
 */
@Singleton
public class NameSyntax {

	private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** A word of a term name or a rule id: letters, digits and underscores, joined by single hyphens. */
	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*");

	private final Set<String> keywords;

	/** Which keywords may be words of a term's name, and where (the grammar decides). */
	private final NameKeywords nameKeywords;

	@Inject
	public NameSyntax(IGrammarAccess grammar, NameKeywords nameKeywords) {
		keywords = Set.copyOf(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		this.nameKeywords = nameKeywords;
	}

	public boolean isKeyword(String word) {
		return keywords.contains(word);
	}

	/**
	 * Why {@code name} cannot name an entity, field, enumeration, value or parameter, or {@code null} if it can.
	 */
	public String problemWithIdentifier(String name) {
		if (!ID.matcher(name).matches()) {
			return "'" + name + "' is not a valid name: use one word of letters, digits and _, starting with a letter"
					+ " or _";
		}
		return isKeyword(name) ? "'" + name + "' is a keyword of the language and cannot be used as a name" : null;
	}

	/** Why {@code id} cannot be a rule id, or {@code null} if it can. */
	public String problemWithRuleId(String id) {
		if (!WORD.matcher(id).matches()) {
			return "'" + id + "' is not a valid rule id: use letters, digits, _ and hyphens, starting with a letter"
					+ " (MKT-01)";
		}
		return isKeyword(id) ? "'" + id + "' is a keyword of the language and cannot be a rule id" : null;
	}

	/** Why {@code name} (words separated by single spaces) cannot name a term, or {@code null} if it can. */
	public String problemWithTermName(String name) {
		List<String> words = List.of(name.split(" "));
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!WORD.matcher(word).matches()) {
				return "'" + name + "' is not a valid term name: '" + word
						+ "' is not a word of letters, digits, _ and hyphens";
			}
			if (!nameKeywords.writable(words, i)) {
				return "'" + name + "' is not a valid term name: '" + word + "' is a keyword of the language that"
						+ " cannot stand there in a name";
			}
		}
		return null;
	}

	/** Words separated by single spaces, whatever the spacing and line breaks of {@code text}. */
	public static String words(String text) {
		return text.trim().replaceAll("\\s+", " ");
	}

	/** A term name as a rule writes it: a keyword that cannot stand where it is in a name gets a leading {@code ^}. */
	public String phrase(String termName) {
		List<String> words = List.of(words(termName).split(" "));
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			if (i > 0) {
				b.append(' ');
			}
			b.append(nameKeywords.writable(words, i) ? "" : "^").append(words.get(i));
		}
		return b.toString();
	}

	/** A dotted name ({@code user.contact.email}) as a rule writes it: keyword segments get a leading {@code ^}. */
	public String dotted(String name) {
		String[] segments = name.split("\\.");
		StringBuilder b = new StringBuilder();
		for (String segment : segments) {
			if (b.length() > 0) {
				b.append('.');
			}
			b.append(isKeyword(segment) ? "^" : "").append(segment);
		}
		return b.toString();
	}

	/** Any name as a rule writes it: a term name, a dotted name or a single word. */
	public String reference(String name) {
		return name.contains(" ") ? phrase(name) : dotted(name);
	}
}
