package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Semantic tokens tell terms, entities, fields, rule ids, legal bases and lengths of time apart. */
class SemanticTokensTest extends LanguageServerTestBase {

	private static final String FILE = """
			entity Incident {
				id: text key
				reporter: text category user.contact.email
				awareAt: datetime
				notifiedAt: datetime optional
				personalData: boolean
			}
			term breach: Incident where personalData
			term notify for Incident: event notifiedAt counted from awareAt
			rule BRC-01 "Notify within 72 hours"
				basis "GDPR art. 33(1)"
				breach requires notify within 72h
			rule BRC-09 "Answer in a month"
				basis "GDPR art. 12(3)"
				Incident requires notify within 1 month
			term on time for Incident: notifiedAt is present
			rule BRC-10 "Notified on time"
				basis "GDPR art. 33(1)"
				Incident requires on time
			calendar Closures "Company closures"
				holidays France
				yearly 12-26
			opening hours Office
				monday to friday from 09:00 to 18:00
				closed on public holidays in Closures
			rule BRC-11 "Noticed in office hours"
				basis "GDPR art. 33(1)"
				Incident requires awareAt is within Office and awareAt is not a public holiday in Closures
			""";

	/** One decoded token: where it is, how long, and its type and modifiers by name. */
	record Token(int line, int column, int length, String type, Set<String> modifiers) {
	}

	private SemanticTokensLegend legend;
	private List<Token> tokens;

	@BeforeEach
	void highlight() throws Exception {
		InitializeResult result = initialize();
		legend = result.getCapabilities().getSemanticTokensProvider().getLegend();
		String uri = openFile("rules.privacy", FILE);
		SemanticTokens encoded = languageServer
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
		tokens = decode(encoded.getData());
	}

	@Test
	void legendHasTheLanguagesModifiers() {
		assertThat(legend.getTokenModifiers()).contains("activity", "condition", "event", "personalData",
				"legalBasis", "duration", "calendar");
	}

	@Test
	void entities() {
		assertThat(at("entity Incident", "Incident")).isEqualTo(token("class", "declaration"));
		assertThat(at("term breach: Incident", "Incident")).isEqualTo(token("class"));
	}

	@Test
	void fieldsAndPersonalData() {
		assertThat(at("\tawareAt:", "awareAt")).isEqualTo(token("property", "declaration"));
		assertThat(at("\treporter:", "reporter")).isEqualTo(token("property", "personalData", "declaration"));
		assertThat(at("where personalData", "personalData")).isEqualTo(token("property"));
		assertThat(at("category user.contact.email", "user")).isEqualTo(token("namespace", "personalData"));
	}

	@Test
	void termsByKind() {
		assertThat(at("term breach", "breach")).isEqualTo(token("function", "activity", "declaration"));
		assertThat(at("\tbreach requires", "breach")).isEqualTo(token("function", "activity"));
		assertThat(at("requires notify within 72h", "notify")).isEqualTo(token("function", "event"));
	}

	/** A keyword inside a term's name is coloured as the name, not as a keyword. */
	@Test
	void namesWithKeywordsAreOneName() {
		for (String word : List.of("on", "time")) {
			assertThat(at("term on time", word)).isEqualTo(token("function", "condition", "declaration"));
			assertThat(at("requires on time", word)).isEqualTo(token("function", "condition"));
		}
	}

	@Test
	void ruleIdsAndLegalBases() {
		assertThat(at("rule BRC-01", "BRC-01")).isEqualTo(token("decorator", "declaration"));
		assertThat(at("\"GDPR art. 33(1)\"", "\"GDPR art. 33(1)\"")).isEqualTo(token("string", "legalBasis"));
	}

	@Test
	void durationsExactAndCalendar() {
		assertThat(at("within 72h", "72h")).isEqualTo(token("number", "duration"));
		assertThat(at("within 1 month", "1")).isEqualTo(token("number", "duration", "calendar"));
		assertThat(at("within 1 month", "month")).isEqualTo(token("number", "duration", "calendar"));
	}

	@Test
	void calendarsAndOpeningHours() {
		assertThat(at("calendar Closures", "Closures")).isEqualTo(token("struct", "holidays", "declaration"));
		assertThat(at("holidays France", "France")).isEqualTo(token("struct", "holidays", "defaultLibrary"));
		assertThat(at("opening hours Office", "Office")).isEqualTo(token("struct", "openingHours", "declaration"));
		assertThat(at("is within Office", "Office")).isEqualTo(token("struct", "openingHours"));
		assertThat(at("public holiday in Closures", "Closures")).isEqualTo(token("struct", "holidays"));
		assertThat(at("public holidays in Closures", "Closures")).isEqualTo(token("struct", "holidays"));
	}

	/** The type and modifiers of the token that covers exactly {@code word} inside the first {@code context}. */
	private Token at(String context, String word) {
		int offset = FILE.indexOf(context) + context.indexOf(word);
		String before = FILE.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		int column = offset - (before.lastIndexOf('\n') + 1);
		return tokens.stream().filter(t -> t.line() == line && t.column() == column && t.length() == word.length())
				.findFirst().map(t -> new Token(0, 0, 0, t.type(), t.modifiers()))
				.orElseThrow(() -> new AssertionError("no token for '" + word + "' at " + line + ":" + column
						+ " in " + tokens));
	}

	private static Token token(String type, String... modifiers) {
		return new Token(0, 0, 0, type, new LinkedHashSet<>(List.of(modifiers)));
	}

	private List<Token> decode(List<Integer> data) {
		List<Token> result = new ArrayList<>();
		int line = 0;
		int column = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			int deltaLine = data.get(i);
			line += deltaLine;
			column = deltaLine == 0 ? column + data.get(i + 1) : data.get(i + 1);
			Set<String> modifiers = new LinkedHashSet<>();
			int bits = data.get(i + 4);
			for (int b = 0; b < legend.getTokenModifiers().size(); b++) {
				if ((bits & (1 << b)) != 0) {
					modifiers.add(legend.getTokenModifiers().get(b));
				}
			}
			result.add(new Token(line, column, data.get(i + 2), legend.getTokenTypes().get(data.get(i + 3)),
					modifiers));
		}
		return result;
	}
}
