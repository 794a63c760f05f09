package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of hover: rules, terms, entities, fields and legal bases. */
class HoverTest extends LanguageServerTestBase {

	private static final String FILE = """
			policy Telephone "Telephone prospecting" time zone "Europe/Paris" holidays France deadlines extend to working days

			entity Call {
				id: text key
				callee: text category user.contact.phone_number
				calledAt: datetime
				connected: boolean
				consented: boolean optional
				answeredAt: datetime optional
				sameCallee: list of Call sharing callee
				minutes: list of number
			}

			term prospecting call: Call where connected
			term "consent given" for Call: consented is present and consented
			term answer for Call: event answeredAt counted from calledAt
			term long calls for Call: (sum of minutes) / 60 rounded > log2 of 4 and maximum of minutes is present

			rule TEL-02 "Telephone prospecting needs the person's prior consent"
				basis "Consumer Code art. L223-1 (law of 30 June 2025)", "GDPR art. 33(1)", "GDPR art. 33(2)"
				severity law
				effective from 2026-08-11 on calledAt
				prospecting call requires consent given

			opening hours CallingHours "Hours for calling consumers (art. D223-9)"
				monday to friday from 10:00 to 13:00
				closed on public holidays in France

			rule TEL-11 "Calls only within the legal calling hours"
				basis "Consumer Code art. D223-9"
				Call requires calledAt is within CallingHours and calledAt is not a public holiday in France

			term answered on time for Call: answeredAt is present and answeredAt before calledAt + 1 month

			rule TEL-03 "Calls are answered on time"
				basis "GDPR art. 12(3)"
				Call requires answered on time

			term holiday call for Call: date of calledAt in "Europe/Paris" is a public holiday in France
			""";

	@BeforeEach
	void start() {
		initialize();
	}

	@Test
	void computationWordsExplainThemselves() {
		assertThat(hoverText("(s‸um of minutes)")).contains("sum of", "0 when no element counts");
		assertThat(hoverText(") ‸/ 60")).contains("quotient", "data error");
		assertThat(hoverText("60 roun‸ded")).contains("half away from zero");
		assertThat(hoverText("lo‸g2 of")).contains("base 2");
		assertThat(hoverText("maxi‸mum of minutes")).contains("largest", "missing when no element counts");
	}

	@Test
	void workingDayDeadlinesExplainThemselves() {
		assertThat(hoverText("dead‸lines extend")).contains("next working day", "1182/71", "do not move");
		assertThat(hoverText("(s‸um of minutes)")).contains("lengths of time");
	}

	@Test
	void ruleIdShowsTitleBasesSeverityAndDates() {
		String text = hoverText("rule TEL‸-02");

		assertThat(text).contains("TEL-02", "Telephone prospecting needs the person's prior consent",
				"Consumer Code art. L223-1", "severity: law", "from 2026-08-11", "calledAt");
	}

	@Test
	void openingHoursAndPublicHolidaysExplainThemselves() {
		assertThat(hoverText("is within Calling‸Hours")).contains("opening hours CallingHours",
				"monday to friday from 10:00 to 13:00", "excludes its end");
		assertThat(hoverText("not a public holi‸day in")).contains("public holiday", "`France`",
				"Ascension Thursday");
		assertThat(hoverText("opening hours Calling‸Hours")).contains("opening hours CallingHours");
	}

	@Test
	void theWordsOfTheLanguageExplainThemselves() {
		assertThat(hoverText("da‸te of calledAt")).contains("**date of**", "local date", "unknown zone");
		assertThat(hoverText("calledAt i‸n \"Europe/Paris\"")).contains("**date of**");
		assertThat(hoverText("list of Call shar‸ing callee")).contains("**sharing**", "same value");
		assertThat(hoverText("requires calledAt is wi‸thin")).contains("**is within**", "opening hours CallingHours");
		assertThat(hoverText("basis \"Consumer Code art. D223-9\"\n\tCall requ‸ires")).contains("**requires**",
				"rule TEL-11");
		assertThat(hoverText("clo‸sed on public holidays")).contains("**closed on public holidays**",
				"opening hours CallingHours");
	}

	@Test
	void aCalendarNameShowsItsDeclaration() {
		assertThat(hoverText("holidays in Fra‸nce")).contains("calendar France", "yearly 07-14", "easter + 1 day",
				"Built in");
	}

	@Test
	void anywhereInARuleShowsTheRule() {
		assertThat(hoverText("severity l‸aw")).contains("rule TEL-02", "severity: law");
	}

	@Test
	void termReferenceShowsItsDefinitionAndKind() {
		String text = hoverText("prospecting ca‸ll requires");

		assertThat(text).contains("activity", "term prospecting call: Call where connected");
	}

	@Test
	void conditionTermReference() {
		assertThat(hoverText("requires consent gi‸ven")).contains("condition", "consented is present and consented");
	}

	/** On a keyword inside a term's name, the hover is the term's, not the keyword's. */
	@Test
	void keywordInsideATermNameShowsTheTerm() {
		assertThat(hoverText("requires answered o‸n time")).contains("condition", "answeredAt is present");
	}

	@Test
	void termDeclarationShowsItsDefinition() {
		assertThat(hoverText("term ans‸wer")).contains("event", "event answeredAt counted from calledAt");
	}

	@Test
	void entityShowsItsFieldsAndKey() {
		assertThat(hoverText("term prospecting call: Ca‸ll")).contains("entity Call", "`id` (key)", "`callee`");
	}

	@Test
	void fieldShowsTypeOptionalKeyAndCategoryTitle() {
		String text = hoverText("cal‸lee: text");

		assertThat(text).contains("`text`", "field of `Call`", "optional: no", "key: no", "user.contact.phone_number",
				"personal data");
	}

	@Test
	void sharingListSaysWhichRecordsItHolds() {
		assertThat(hoverText("same‸Callee: list")).contains("records whose callee equals this Call's callee",
				"this one included");
	}

	@Test
	void fieldReferenceInAnExpression() {
		assertThat(hoverText("Call where conn‸ected")).contains("connected", "`boolean`");
	}

	@Test
	void legalBasisShowsTheMostSpecificArticle() {
		Hover hover = hover(marked("\"GDPR art. 33‸(1)\""));

		assertThat(hover.getContents().getRight().getValue()).contains("GDPR art. 33(1)", "72 hours");
		assertThat(hover.getRange().getStart().getCharacter()).isEqualTo(
				"\tbasis \"Consumer Code art. L223-1 (law of 30 June 2025)\", ".length());
	}

	@Test
	void legalBasisFallsBackToTheArticle() {
		String text = hoverText("\"GDPR art. 33‸(2)\"");

		assertThat(text).contains("GDPR art. 33", "Notification of a personal data breach").doesNotContain("72 hours");
	}

	@Test
	void legalBasisWithATrailingNote() {
		assertThat(hoverText("\"Consumer Code art. L22‸3-1")).contains("Telephone prospecting");
	}

	private String hoverText(String marker) {
		Hover hover = hover(marked(marker));
		assertThat(hover.getContents().isRight()).isTrue();
		return hover.getContents().getRight().getValue();
	}

	/** The file with the caret placed where {@code marker} (the marker text with a caret in it) stands. */
	private static String marked(String marker) {
		String plain = marker.replace(CARET, "");
		int at = FILE.indexOf(plain);
		if (at < 0) {
			throw new IllegalArgumentException("not in the file: " + plain);
		}
		return FILE.substring(0, at) + marker + FILE.substring(at + plain.length());
	}
}
