package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calendars of public holidays and opening hours are declared names like the others: declared in one file of a
 * package, used from another, found by go to definition and find references, renamed everywhere, listed in the outline.
 */
class CalendarNavigationTest extends NavigationTestBase {

	static final String CALENDARS = """
			package acme.calls

			calendar AlsaceMoselle "Alsace and Moselle"
				holidays France
				easter - 2 days
				yearly 12-26

			opening hours CallingHours "Hours for calling consumers (art. D223-9)"
				monday to friday from 10:00 to 13:00
				closed on public holidays in AlsaceMoselle
			""";

	static final String RULES = """
			package acme.calls

			policy Calls "Telephone prospecting" time zone "Europe/Paris" holidays AlsaceMoselle

			entity Call {
				id: text key
				calledAt: datetime
			}

			rule TEL-11 "Calls only within the legal calling hours"
				basis "Consumer Code art. D223-9"
				Call requires calledAt is within CallingHours and calledAt is not a public holiday in AlsaceMoselle
			""";

	@BeforeEach
	void start() {
		workspace("calendars.privacy", CALENDARS, "rules.privacy", RULES);
		assertThat(errors()).as("a calendar of one file is usable from another file of its package").isEmpty();
	}

	List<String> definition(String file, Position position) {
		List<? extends Location> result = get(languageServer
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri(file)), position))).getLeft();
		return describe(result);
	}

	List<String> references(String file, Position position) {
		return describe(get(languageServer.references(new ReferenceParams(new TextDocumentIdentifier(uri(file)),
				position, new ReferenceContext(false)))));
	}

	@Test
	void namesLeadToTheirDeclarationsInAnotherFile() {
		assertThat(definition("rules.privacy", at("rules.privacy", "within CallingHours", 10)))
				.containsExactly("calendars.privacy:8:CallingHours");
		assertThat(definition("rules.privacy", at("rules.privacy", "holidays AlsaceMoselle", 12)))
				.containsExactly("calendars.privacy:3:AlsaceMoselle");
		assertThat(definition("calendars.privacy", at("calendars.privacy", "in AlsaceMoselle", 6)))
				.containsExactly("calendars.privacy:3:AlsaceMoselle");
	}

	@Test
	void theBuiltInCalendarHasNoDefinitionAnEditorCouldNotOpen() {
		// its declaration is inside the server's jar; the hover shows it (HoverTest)
		assertThat(definition("calendars.privacy", at("calendars.privacy", "holidays France", 11))).isEmpty();
	}

	@Test
	void referencesOfACalendarAcrossFiles() {
		assertThat(references("calendars.privacy", at("calendars.privacy", "calendar AlsaceMoselle", 12)))
				.containsExactlyInAnyOrder("calendars.privacy:10:AlsaceMoselle", "rules.privacy:3:AlsaceMoselle",
						"rules.privacy:12:AlsaceMoselle");
		assertThat(references("calendars.privacy", at("calendars.privacy", "hours CallingHours", 8)))
				.containsExactly("rules.privacy:12:CallingHours");
	}

	@Test
	void renamingACalendarChangesEveryUseInEveryFile() {
		Map<String, String> changed = apply(get(languageServer.rename(new RenameParams(
				new TextDocumentIdentifier(uri("rules.privacy")), at("rules.privacy", "in AlsaceMoselle", 6),
				"Strasbourg"))));
		changed.forEach(this::change);
		assertThat(errors()).as("errors after the rename").isEmpty();
		assertThat(changed.get("calendars.privacy")).contains("calendar Strasbourg \"Alsace and Moselle\"",
				"closed on public holidays in Strasbourg").doesNotContain("AlsaceMoselle");
		assertThat(changed.get("rules.privacy")).contains("holidays Strasbourg", "public holiday in Strasbourg")
				.doesNotContain("AlsaceMoselle");
	}

	@Test
	void renamingOpeningHoursChangesTheirUses() {
		Map<String, String> changed = apply(get(languageServer.rename(new RenameParams(
				new TextDocumentIdentifier(uri("calendars.privacy")), at("calendars.privacy", "CallingHours"),
				"OfficeHours"))));
		changed.forEach(this::change);
		assertThat(errors()).isEmpty();
		assertThat(changed.get("rules.privacy")).contains("calledAt is within OfficeHours");
		assertThat(changed.get("calendars.privacy")).contains("opening hours OfficeHours");
	}

	@Test
	void theOutlineListsCalendarsAndOpeningHours() {
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> result = get(languageServer
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri("calendars.privacy")))));
		List<String> names = new ArrayList<>();
		for (Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol> root : result) {
			for (DocumentSymbol group : root.getRight().getChildren()) {
				for (DocumentSymbol child : group.getChildren()) {
					names.add(group.getName() + " / " + child.getName() + " (" + child.getKind() + ") "
							+ child.getDetail());
				}
			}
		}
		assertThat(names).containsExactly(
				"calendars and opening hours / AlsaceMoselle (Struct) Alsace and Moselle",
				"calendars and opening hours / CallingHours (Struct) Hours for calling consumers (art. D223-9)");
	}
}
