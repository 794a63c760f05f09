package org.privacy.dsl.conversion;

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

	@ValueConverter(rule = "Number")
	public IValueConverter<BigDecimal> number() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected BigDecimal internalToValue(String string, INode node) {
				try {
					return new BigDecimal(string.replaceAll("\\s", ""));
				} catch (NumberFormatException e) {
					throw new ValueConverterException("not a number: '" + string + "'", node, e);
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
					words.add(leaf.getText());
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
