package org.privacy.dsl.ide.hover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * What the words of the language mean where they stand: a sentence per construct (the model class a keyword belongs
 * to) and keyword, from {@code org/privacy/dsl/ide/keyword-hovers.tsv}; {@code *} stands for every keyword of a
 * construct. Words that are part of a name ({@code on time}) are the name's, not the keyword's.
 */
public final class KeywordHovers {

	private static final String RESOURCE = "/org/privacy/dsl/ide/keyword-hovers.tsv";

	/** The rules of names: a keyword there is a word of a name, whose hover is the name's. */
	public static final Set<String> NAME_RULES = Set.of("Phrase", "PhraseBeforeIn", "NameStartKeyword",
			"NameKeyword", "InnerNameKeyword", "Word", "TermName", "StatusWord", "RuleId", "QualifiedName",
			"QualifiedNameWithWildcard", "DottedName");

	private static final KeywordHovers SHIPPED = load();

	private final Map<String, String> texts;

	private KeywordHovers(Map<String, String> texts) {
		this.texts = texts;
	}

	/** The table shipped with the server. */
	public static KeywordHovers shipped() {
		return SHIPPED;
	}

	/**
	 * The sentence for the keyword (or enumeration word: {@code days}, {@code law}) of a leaf, or {@code null}: the
	 * leaf is no word of the language, is part of a name, or its construct has no sentence.
	 */
	public String describe(ILeafNode leaf) {
		String word = word(leaf);
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
		return word == null || owner == null ? null : describe(owner.eClass(), word);
	}

	/** The sentence for {@code word} in a construct of class {@code type}, or {@code null}. */
	public String describe(EClass type, String word) {
		String text = texts.get(type.getName() + "\t" + word);
		return text != null ? text : texts.get(type.getName() + "\t*");
	}

	/** The word of the language a leaf is, or {@code null}: punctuation, names and values are no such word. */
	public static String word(ILeafNode leaf) {
		if (leaf.getGrammarElement() instanceof Keyword keyword) {
			AbstractRule rule = GrammarUtil.containingRule(keyword);
			return rule != null && NAME_RULES.contains(rule.getName()) || !isWord(keyword.getValue()) ? null
					: keyword.getValue();
		}
		if (leaf.getGrammarElement() instanceof EnumLiteralDeclaration literal) {
			return literal.getLiteral().getValue();
		}
		return null;
	}

	/** Whether a keyword is a word (letters and digits), not punctuation or an operator sign. */
	public static boolean isWord(String keyword) {
		return keyword.matches("[A-Za-z][A-Za-z0-9]*");
	}

	private static KeywordHovers load() {
		Map<String, String> texts = new HashMap<>();
		try (InputStream in = KeywordHovers.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the server's jar");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", 3);
				texts.put(cells[0] + "\t" + cells[1], cells[2]);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new KeywordHovers(Map.copyOf(texts));
	}
}
