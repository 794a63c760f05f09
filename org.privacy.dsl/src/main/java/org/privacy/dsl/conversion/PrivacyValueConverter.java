package org.privacy.dsl.conversion;

import org.privacy.dsl.validation.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Converts names of several words: {@code notify authority} and {@code "notify authority"} both mean the term named
 * {@code notify authority}, whatever the spacing or line breaks between the words.
 */
@Singleton
public class PrivacyValueConverter extends DefaultTerminalConverters {

	@Inject
	private org.eclipse.xtext.conversion.impl.STRINGValueConverter stringConverter;

	@ValueConverter(rule = "Phrase")
	public IValueConverter<String> phrase() {
		return new WordsConverter();
	}

	@ValueConverter(rule = "PhraseBeforeIn")
	public IValueConverter<String> phraseBeforeIn() {
		return new WordsConverter();
	}

	@ValueConverter(rule = "TermName")
	public IValueConverter<String> termName() {
		return new WordsConverter() {
			@Override
			protected String internalToValue(String string, INode node) {
				if (string.startsWith("\"")) {
					return normalize(stringConverter.toValue(string, node));
				}
				return super.internalToValue(string, node);
			}

			@Override
			protected String internalToString(String value) {
				return isWords(value) ? value : stringConverter.toString(value);
			}
		};
	}

	/** {@code user.contact.email}; a segment that is a keyword is escaped with {@code ^} ({@code user.^date}). */
	@ValueConverter(rule = "DottedName")
	public IValueConverter<String> dottedName() {
		return qualifiedName();
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> qualifiedName() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				StringBuilder b = new StringBuilder();
				for (String segment : string.replaceAll("\\s", "").split("\\.", -1)) {
					if (b.length() > 0) {
						b.append('.');
					}
					b.append(segment.startsWith("^") ? segment.substring(1) : segment);
				}
				return b.toString();
			}

			@Override
			protected String internalToString(String value) {
				return value;
			}
		};
	}

	@Inject
	private WholeNumberConverter wholeNumbers;

	/** Whole numbers (amounts of time, counts of findings): one too large for them is said plainly. */
	@Override
	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		return wholeNumbers;
	}

	/** The INT converter, whose message for a number past an int was Java's ("for input string: ..."). */
	public static class WholeNumberConverter extends org.eclipse.xtext.conversion.impl.INTValueConverter {
		@Override
		public Integer toValue(String string, INode node) {
			try {
				return super.toValue(string, node);
			} catch (ValueConverterException e) {
				if (string == null || !string.matches("[0-9]+")) {
					throw e;
				}
				throw new ValueConverterException(Messages.wholeNumberTooLarge(string, Integer.MAX_VALUE), node, null);
			}
		}
	}

	@ValueConverter(rule = "Number")
	public IValueConverter<BigDecimal> number() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected BigDecimal internalToValue(String string, INode node) {
				try {
					return new BigDecimal(string.replaceAll("\\s", ""));
				} catch (NumberFormatException e) {
					throw new ValueConverterException(Messages.notANumber(string), node, e);
				}
			}

			@Override
			protected String internalToString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	/** Words separated by single spaces, from the visible tokens of the node. */
	private static class WordsConverter extends AbstractNullSafeConverter<String> {
		@Override
		protected String internalToValue(String string, INode node) {
			if (node == null) {
				return normalize(string);
			}
			List<String> words = new ArrayList<>();
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					String word = leaf.getText();
					// ^ lets a keyword be a word of a name: ^from
					words.add(word.startsWith("^") ? word.substring(1) : word);
				}
			}
			return words.isEmpty() ? normalize(string) : String.join(" ", words);
		}

		@Override
		protected String internalToString(String value) {
			return value;
		}

		static String normalize(String s) {
			return s.trim().replaceAll("\\s+", " ");
		}

		static boolean isWords(String value) {
			return value.matches("[A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*)*");
		}
	}
}
