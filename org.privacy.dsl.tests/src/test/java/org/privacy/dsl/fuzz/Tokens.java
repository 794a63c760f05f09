package org.privacy.dsl.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.privacy.dsl.compiler.PrivacyCompiler;

/**
 * The words the fuzzer writes with: the grammar's own keywords (read from the grammar, so new keywords are fuzzed
 * without a change here), plausible names, literals of every kind, edge-case literals and characters that editors and
 * parsers tend to mishandle.
 */
final class Tokens {

	/** Every keyword and punctuation mark of the grammar, sorted. */
	static final List<String> KEYWORDS = List.copyOf(new TreeSet<>(GrammarUtil
			.getAllKeywords(PrivacyCompiler.injector().getInstance(IGrammarAccess.class).getGrammar())));

	static final List<String> NAMES = List.of("Prospect", "Consent", "MessageSend", "id", "email", "channel",
			"givenAt", "sentAt", "withdrawnAt", "recipient", "consents", "optin", "breach", "marketing", "EMAIL", "SMS",
			"monday", "x", "c", "P", "MKT-01", "soft opt-in", "notify authority", "user.contact.email", "^entity",
			"_", "a1", "Weekday", "Channel", "limit");

	static final List<String> LITERALS = List.of("0", "1", "3", "72", "12.5", "-100", "72h", "30d", "2w", "\"text\"",
			"\"\"", "\"GDPR art. 5\"", "\"Europe/Paris\"", "\"UTC\"", "true", "false", "2023-03-01",
			"2023-03-01T09:00Z", "2023-03-01T10:00+01:00", "09:30", "1 month", "90 minutes", "2 years");

	/** Literals at or past the edges: invalid dates, huge numbers, odd zones, escapes. */
	static final List<String> EDGE_LITERALS = List.of("2023-02-30", "2023-13-01", "0000-00-00", "9999-12-31T23:59Z",
			"2023-03-01T25:61Z", "24:00", "99:99", "99999999999999999999999", "2147483648", "0.0000000001",
			"-0", "00000007", "99999999999h", "2147483647 months", "\"Mars/Olympus\"", "\"\\u0000\"", "\"\\\"",
			"\"{id}\"", "\"{nosuch}\"", "\"{\"", "\"*/\"", "\"\\\\u000a\"", "\"" + "x".repeat(300) + "\"");

	/** Characters to insert: controls, a byte-order mark, zero-width and right-to-left marks, astral and lone surrogates. */
	static final List<String> ODD_CHARACTERS = List.of("\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\t", "\r",
			"\r\n", "\n", "\u000b", "\u000c", "\u00a0", "\u2028", "\u200b", "\u200e", "\u202e", "\ufeff", "\ufffd",
			"\ud83d\ude00", "\ud800", "\udc00", "é", "ß", "İ", "个", "$", "#", "@", "`", "\\", "'", "\"", "/*", "*/",
			"//", "{", "}", "(", ")", "[", "]", ",", ".", ":", "-", "^");

	/** Strings, comments, dates and date-times, numbers, words (hyphens included), whitespace, any other character. */
	private static final Pattern TOKEN = Pattern.compile(
			"\"(?:\\\\.|[^\"\\\\])*\"?|/\\*(?s:.*?)(?:\\*/|\\z)|//[^\\n]*|\\d{4}-\\d\\d-\\d\\dT[\\d:]+(?:Z|[+-]\\d\\d:\\d\\d)?"
					+ "|\\d{4}-\\d\\d-\\d\\d|\\d+(?:[.:]\\d+)?[hdw]?|\\^?[A-Za-z_][A-Za-z_0-9]*(?:-[A-Za-z_0-9]+)*|\\s+|.",
			Pattern.DOTALL);

	private Tokens() {
	}

	/** The text cut into tokens; joined again they give the text back. */
	static List<String> split(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

	static boolean isWord(String token) {
		return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_'
				|| token.charAt(0) == '^');
	}

	static boolean isBlank(String token) {
		return token.isBlank();
	}

	/** Any token the fuzzer can write, with keywords most likely. */
	static String any(Random random) {
		int kind = random.nextInt(10);
		if (kind < 5) {
			return pick(random, KEYWORDS);
		}
		if (kind < 7) {
			return pick(random, NAMES);
		}
		if (kind < 9) {
			return pick(random, LITERALS);
		}
		return random.nextBoolean() ? pick(random, EDGE_LITERALS) : pick(random, ODD_CHARACTERS);
	}

	static <T> T pick(Random random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}
}
