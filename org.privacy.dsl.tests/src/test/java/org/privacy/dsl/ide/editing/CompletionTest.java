package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of completion, asked at a caret as an editor asks for it. */
class CompletionTest extends LanguageServerTestBase {

	private static final String MODEL = """
			package canal.plus

			enum Purpose { marketing "Marketing", service }

			entity Prospect {
				id: text key
				email: text optional category user.contact.email
				customerSince: date optional
			}
			entity MessageSend {
				id: text key
				recipient: Prospect
				channel: Channel
				purpose: Purpose
				sentAt: datetime
				analogousProduct: boolean
				^date: date
			}

			term "email marketing": MessageSend where channel = EMAIL and purpose = marketing
			term "sent from home" for MessageSend: analogousProduct
			term sent ^and kept for MessageSend: analogousProduct
			term optin for MessageSend: analogousProduct
			term "notify sender" for MessageSend: event sentAt
			""";

	@BeforeEach
	void start() {
		initialize();
	}

	@Test
	void keywordsComeFromTheGrammar() {
		List<CompletionItem> items = complete(MODEL + "rule R1 \"t\"\n\temail marketing ‸");

		assertThat(labels(items)).contains("requires", "forbids", "must", "where");
		assertThat(items).filteredOn(i -> i.getLabel().equals("requires"))
				.allMatch(i -> i.getKind() == CompletionItemKind.Keyword);
	}

	@Test
	void calendarAndOpeningHoursNamesAreOffered() {
		String declared = MODEL + "calendar Closures\n\tyearly 12-26\nopening hours Office\n\tmonday from 09:00 to 18:00\n";

		assertThat(labels(complete(declared + "rule R1 \"t\"\n\tMessageSend requires sentAt is within ‸")))
				.contains("Office").doesNotContain("Closures");
		assertThat(labels(complete(declared + "rule R1 \"t\"\n\tMessageSend requires sentAt is a public holiday in ‸")))
				.contains("Closures", "France").doesNotContain("Office");
	}

	@Test
	void aListOfRecordsOffersViaAndSharing() {
		List<CompletionItem> items = complete(MODEL + "entity Other {\n\tsends: list of MessageSend ‸");

		assertThat(labels(items)).contains("via", "sharing");
	}

	@Test
	void dateOfAndAZoneAfterIn() {
		assertThat(labels(complete(MODEL + "rule R1 \"t\"\n\temail marketing requires ‸"))).contains("date",
				"weekday", "time");
		assertThat(labels(complete(MODEL + "rule R1 \"t\"\n\temail marketing requires date of sentAt ‸")))
				.contains("in");
		assertThat(labels(complete(MODEL + "rule R1 \"t\"\n\temail marketing requires date of sentAt in ‸")))
				.contains("recipient");
	}

	@Test
	void theWordsOfCalendarsAndOpeningHoursAreProposed() {
		assertThat(labels(complete(MODEL + "rule R1 \"t\"\n\tMessageSend requires sentAt is ‸"))).contains("within",
				"present", "not");
		assertThat(labels(complete(MODEL + "rule R1 \"t\"\n\tMessageSend requires sentAt is a ‸")))
				.contains("public", "working");
		assertThat(labels(complete(MODEL + "\n‸"))).contains("calendar", "opening");
	}

	@Test
	void multiWordTermsAreInsertedAsWordsReplacingWhatIsTyped() {
		String text = MODEL + "rule R1 \"t\"\n\temail mar‸";

		CompletionItem item = item(complete(text), "email marketing");

		assertThat(item.getKind()).isEqualTo(CompletionItemKind.Function);
		TextEdit edit = item.getTextEdit().getLeft();
		assertThat(edit.getNewText()).isEqualTo("email marketing");
		assertThat(edit.getRange()).isEqualTo(new Range(position(text, "email mar‸"), caret(text)));
	}

	@Test
	void keywordsInsideTermNamesAreWrittenAsIsWhereTheyMayStand() {
		List<CompletionItem> items = complete(MODEL + "rule R1 \"t\"\n\temail marketing requires ‸");

		assertThat(labels(items)).contains("sent from home", "sent ^and kept", "optin", "email marketing")
				.doesNotContain("sent ^from home", "sent and kept", "canal.plus.optin", "MessageSend.channel");
	}

	@Test
	void theRestOfATermNameIsProposedAfterItsFirstWords() {
		String text = MODEL + "rule R1 \"t\"\n\temail marketing requires sent ‸";

		CompletionItem item = item(complete(text), "sent from home");

		assertThat(item.getTextEdit().getLeft().getRange().getStart()).isEqualTo(position(text, "sent ‸"));
	}

	@Test
	void bareFieldsOfTheRulesEntity() {
		List<CompletionItem> items = complete(MODEL + "rule R1 \"t\"\n\temail marketing requires ‸");

		assertThat(labels(items)).contains("analogousProduct", "sentAt", "recipient", "^date");
		assertThat(item(items, "sentAt").getKind()).isEqualTo(CompletionItemKind.Field);
	}

	@Test
	void fieldsAfterADot() {
		List<CompletionItem> items = complete(MODEL + "rule R1 \"t\"\n\temail marketing requires recipient.‸");

		assertThat(labels(items)).containsExactlyInAnyOrder("customerSince", "email", "id");
	}

	@Test
	void fieldsAfterADotWithAPrefix() {
		List<CompletionItem> items = complete(MODEL + "rule R1 \"t\"\n\temail marketing requires recipient.cu‸");

		assertThat(labels(items)).containsExactly("customerSince");
	}

	@Test
	void vocabularyKeysAfterCategory() {
		String text = MODEL + "entity Lead { id: text key  mail: text category user.contact.em‸ }";

		CompletionItem item = item(complete(text), "user.contact.email");

		assertThat(item.getTextEdit().getLeft().getRange().getStart()).isEqualTo(position(text, "user.contact.em‸"));
		assertThat(item.getDetail()).isNotBlank();
	}

	@Test
	void computationKeywordsComeFromTheGrammar() {
		assertThat(labels(complete(MODEL + "rule R1 \"t\"\n\tMessageSend requires ‸"))).contains("latest", "earliest",
				"sum", "minimum", "maximum", "log2", "count");
		assertThat(labels(complete(MODEL + "rule R1 \"t\"\n\tMessageSend requires 3 / 2 ‸"))).contains("rounded");
	}

	@Test
	void enumValuesAfterEquals() {
		List<CompletionItem> items = complete(MODEL + "rule R1 \"t\"\n\tMessageSend requires channel = ‸");

		assertThat(labels(items).subList(0, 10)).containsExactlyInAnyOrder("EMAIL", "SMS", "AUTOMATED_CALL",
				"PHONE_LIVE", "FAX", "POSTAL", "PUSH", "INBOX_AD", "SOCIAL_DM", "TRACKER");
		assertThat(labels(items)).doesNotContain("marketing", "consent");
	}

	@Test
	void enumValuesAfterIsOneOf() {
		List<CompletionItem> items = complete(MODEL + "rule R1 \"t\"\n\tMessageSend requires purpose is one of ‸");

		assertThat(labels(items).subList(0, 2)).containsExactlyInAnyOrder("marketing", "service");
		assertThat(item(items, "marketing").getDetail()).contains("Purpose");
	}

	@Test
	void legalBasesAfterBasis() {
		List<CompletionItem> items = complete(MODEL + "rule R1 \"t\"\n\tbasis ‸");

		assertThat(labels(items)).contains("GDPR art. 6(1)(a)", "GDPR art. 33(1)", "CPCE art. L34-5",
				"CNIL deliberation 2022-100");
		CompletionItem consent = item(items, "GDPR art. 6(1)(a)");
		assertThat(consent.getTextEdit().getLeft().getNewText()).isEqualTo("\"GDPR art. 6(1)(a)\"");
		assertThat(consent.getDetail()).isEqualTo("Lawful basis: consent");
	}

	@Test
	void legalBasesMatchWhatIsTypedInTheQuotes() {
		List<CompletionItem> items = complete(MODEL + "rule R1 \"t\"\n\tbasis \"GDPR art. 33‸");

		assertThat(labels(items)).containsExactly("GDPR art. 33", "GDPR art. 33(1)", "GDPR art. 33(5)");
	}

	@Test
	void legalBasesAfterAComma() {
		List<CompletionItem> items = complete(MODEL + "rule R1 \"t\"\n\tbasis \"GDPR art. 7\", \"CP‸");

		assertThat(labels(items)).containsExactly("CPCE art. L34-5");
	}

	@Test
	void unitsAfterTheNumberOfADeadline() {
		List<CompletionItem> items = complete(
				MODEL + "rule R1 \"t\"\n\tMessageSend requires notify sender within 72 ‸");

		assertThat(labels(items)).contains("hours", "days", "weeks", "months", "years").doesNotContain("hour");
		assertThat(item(items, "hours").getKind()).isEqualTo(CompletionItemKind.Unit);
	}

	@Test
	void singularUnitsAfterOne() {
		List<CompletionItem> items = complete(
				MODEL + "rule R1 \"t\"\n\tMessageSend requires notify sender within 1 mo‸");

		assertThat(labels(items)).containsExactly("month");
	}

	@Test
	void compactDurationsRightAfterTheNumber() {
		String text = MODEL + "rule R1 \"t\"\n\tMessageSend requires notify sender within 72‸";

		List<CompletionItem> items = complete(text);

		assertThat(labels(items)).contains("72h", "72d", "72w", "72 hours", "72 months");
		assertThat(item(items, "72h").getTextEdit().getLeft().getRange().getStart()).isEqualTo(position(text, "72‸"));
	}

	private static CompletionItem item(List<CompletionItem> items, String label) {
		return items.stream().filter(i -> i.getLabel().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no proposal '" + label + "' in " + labels(items)));
	}

	/** The position of the start of {@code marked} (which contains the caret) in {@code text}. */
	private static org.eclipse.lsp4j.Position position(String text, String marked) {
		int start = text.indexOf(marked);
		String clean = text.substring(0, start) + CARET;
		return caret(clean);
	}
}
