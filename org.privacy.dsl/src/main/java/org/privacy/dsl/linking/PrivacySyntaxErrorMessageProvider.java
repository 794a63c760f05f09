package org.privacy.dsl.linking;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.privacy.dsl.naming.NameKeywords;
import org.privacy.dsl.validation.Message;
import org.privacy.dsl.validation.Messages;

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
		return message(Messages.syntax(plain(original.getMessage()) + keywordHint(context)));
	}

	private static SyntaxErrorMessage message(Message message) {
		return new SyntaxErrorMessage(message.text(), message.code());
	}

	/** When the unexpected word is a keyword, the way to use it as a name. */
	private String keywordHint(IParserErrorContext context) {
		var problem = context.getRecognitionException();
		String text = problem == null || problem.token == null ? null : problem.token.getText();
		if (text == null || !text.matches("[A-Za-z]+") || !keywords().contains(text)) {
			return "";
		}
		// a keyword that links the parts of a sentence cannot be a word of a term's name either
		return Messages.keywordAsNameHint(text, nameKeywords.refused().contains(text));
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
		return message(Messages.syntax(plain(original.getMessage())));
	}

	static String plain(String message) {
		if (message == null) {
			return Messages.textDoesNotFollowTheLanguage();
		}
		String m = message.replace("RULE_", "").replace("\n", "\\n");
		if (m.contains("'<EOF>'")) {
			Matcher expecting = Pattern.compile("expecting (.*)").matcher(m);
			return Messages.fileEndsEarly(expecting.find() ? Messages.expectedToken(expecting.group(1)) : null);
		}
		Matcher matcher;
		if ((matcher = MISMATCHED.matcher(m)).matches() || (matcher = EXTRANEOUS.matcher(m)).matches()) {
			return Messages.unexpectedToken(matcher.group(1), Messages.expectedToken(matcher.group(2)));
		}
		if ((matcher = MISSING.matcher(m)).matches()) {
			return Messages.missingToken(Messages.expectedToken(matcher.group(1)), matcher.group(2));
		}
		if ((matcher = CHARACTER.matcher(m)).matches()) {
			return Messages.unexpectedCharacter(matcher.group(1));
		}
		if ((matcher = NO_VIABLE.matcher(m)).matches()) {
			return Messages.unexpectedHere(matcher.group(1));
		}
		// any other message of the parser or of a value converter, in the form of the others
		String trimmed = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
		return trimmed.isEmpty() ? trimmed : Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
	}
}
