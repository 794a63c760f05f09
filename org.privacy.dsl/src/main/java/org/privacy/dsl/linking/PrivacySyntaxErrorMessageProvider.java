package org.privacy.dsl.linking;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.privacy.dsl.naming.NameKeywords;
import org.privacy.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/** Parser errors as plain sentences ("unexpected 'x', expected 'requires'") with the {@code privacy.syntax} code. */
public class PrivacySyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)");
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)");
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'");
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'");

	private static final Pattern CHARACTER = Pattern.compile("no viable alternative at character '(.*)'");

	@Inject
	private IGrammarAccess grammar;

	@Inject
	private NameKeywords nameKeywords;

	private volatile Set<String> keywords;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(plain(original.getMessage()) + keywordHint(context), IssueCodes.SYNTAX);
	}

	/** When the unexpected word is a keyword, the way to use it as a name. */
	private String keywordHint(IParserErrorContext context) {
		var problem = context.getRecognitionException();
		String text = problem == null || problem.token == null ? null : problem.token.getText();
		if (text == null || !text.matches("[A-Za-z]+") || !keywords().contains(text)) {
			return "";
		}
		String hint = "; '" + text + "' is a word of the language: to use it as a name, write ^" + text;
		// a keyword that links the parts of a sentence cannot be a word of a term's name either
		return nameKeywords.refused().contains(text) ? hint + ", or join the words of a term's name with hyphens"
				: hint;
	}

	private Set<String> keywords() {
		Set<String> k = keywords;
		if (k == null) {
			k = GrammarUtil.getAllKeywords(grammar.getGrammar());
			keywords = k;
		}
		return k;
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(plain(original.getMessage()), IssueCodes.SYNTAX);
	}

	static String plain(String message) {
		if (message == null) {
			return "the text does not follow the rule language here";
		}
		String m = message.replace("RULE_", "").replace("\n", "\\n");
		if (m.contains("'<EOF>'")) {
			Matcher expecting = Pattern.compile("expecting (.*)").matcher(m);
			return "the file ends too early" + (expecting.find() ? ", expected " + words(expecting.group(1)) : "");
		}
		Matcher matcher;
		if ((matcher = MISMATCHED.matcher(m)).matches() || (matcher = EXTRANEOUS.matcher(m)).matches()) {
			return "unexpected '" + matcher.group(1) + "', expected " + words(matcher.group(2));
		}
		if ((matcher = MISSING.matcher(m)).matches()) {
			return "missing " + words(matcher.group(1)) + " before '" + matcher.group(2) + "'";
		}
		if ((matcher = CHARACTER.matcher(m)).matches()) {
			return "unexpected character '" + matcher.group(1) + "': is a date, time or date-time incomplete? write them as "
					+ "2023-03-01, 09:30 and 2023-03-01T09:00Z (with its offset)";
		}
		if ((matcher = NO_VIABLE.matcher(m)).matches()) {
			return "unexpected '" + matcher.group(1) + "' here";
		}
		String trimmed = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
		return trimmed.isEmpty() ? trimmed : Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
	}

	private static String words(String expected) {
		return switch (expected) {
			case "ID" -> "a name";
			case "STRING" -> "text in quotes";
			case "INT" -> "a number";
			case "DATE" -> "a date like 2023-03-01";
			case "DATETIME" -> "a date-time like 2023-03-01T09:00Z";
			default -> expected;
		};
	}
}
