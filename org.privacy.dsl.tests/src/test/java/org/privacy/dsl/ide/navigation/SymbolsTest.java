package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code textDocument/documentSymbol} (the outline, hierarchical) and {@code workspace/symbol}. */
class SymbolsTest extends NavigationTestBase {

	static final String UNFINISHED = """
			package canal.plus

			rule TMP-01 "Draft without an article yet"
				SecurityIncident requires personalData
			""";

	@BeforeEach
	void start() {
		workspace("model.privacy", Workspaces.MODEL, "vocabulary.privacy", Workspaces.VOCABULARY, "rules.privacy",
				Workspaces.RULES, "draft.privacy", UNFINISHED);
	}

	List<DocumentSymbol> outline(String file) {
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> result = get(
				languageServer.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri(file)))));
		assertThat(result).allMatch(Either::isRight);
		return result.stream().map(Either::getRight).toList();
	}

	/** The tree as indented lines: {@code name (kind) detail}. */
	static List<String> tree(List<DocumentSymbol> symbols) {
		List<String> lines = new ArrayList<>();
		symbols.forEach(s -> tree(s, "", lines));
		return lines;
	}

	private static void tree(DocumentSymbol symbol, String indent, List<String> lines) {
		lines.add(indent + symbol.getName() + " (" + symbol.getKind() + ")"
				+ (symbol.getDetail() == null ? "" : " " + symbol.getDetail()));
		if (symbol.getChildren() != null) {
			symbol.getChildren().forEach(c -> tree(c, indent + "  ", lines));
		}
	}

	@Test
	void rulesAreGroupedByRuleSetThenByArticle() {
		List<DocumentSymbol> outline = outline("rules.privacy");
		assertThat(tree(outline)).containsExactly(
				"CanalPlus (Module) Canal+ prospection and breaches",
				"  CPCE art. L34-5 (Namespace) 1 rule",
				"    MKT-01 (Function) Email prospection of individuals needs their prior consent",
				"  GDPR art. 7 (Namespace) 1 rule",
				"    MKT-01 (Function) Email prospection of individuals needs their prior consent",
				"  GDPR art. 33(1) (Namespace) 2 rules",
				"    BRC-01 (Function) Notify the supervisory authority of a personal data breach within 72 hours",
				"    BRC-02 (Function) Incidents are reported to the authority",
				"  GDPR art. 33(5) (Namespace) 1 rule",
				"    BRC-02 (Function) Incidents are reported to the authority");
		DocumentSymbol ruleSet = outline.get(0);
		DocumentSymbol article = ruleSet.getChildren().get(2);
		assertThat(textAt("rules.privacy", article.getSelectionRange())).as("the first citation of the article")
				.isEqualTo("\"GDPR art. 33(1)\"");
		DocumentSymbol rule = article.getChildren().get(0);
		assertThat(textAt("rules.privacy", rule.getSelectionRange())).isEqualTo("BRC-01");
		assertThat(textAt("rules.privacy", rule.getRange())).startsWith("rule BRC-01").endsWith("unless risk = unlikely");
		assertThat(textAt("rules.privacy", ruleSet.getSelectionRange())).isEqualTo("CanalPlus");
	}

	@Test
	void rulesWithoutArticleAndAFileWithoutPolicy() {
		assertThat(tree(outline("draft.privacy"))).containsExactly(
				"draft.privacy (File) canal.plus",
				"  no legal basis (Namespace) 1 rule",
				"    TMP-01 (Function) Draft without an article yet");
	}

	@Test
	void declarationsHaveGroupsOfTheirOwn() {
		assertThat(tree(outline("model.privacy"))).containsExactly(
				"model.privacy (File) canal.plus",
				"  entities (Package)",
				"    Prospect (Class)",
				"      id (Field) text key",
				"      email (Field) text optional category user.contact.email",
				"      customerSince (Field) date optional",
				"      consents (Field) list of Consent via prospect",
				"    Consent (Class)",
				"      id (Field) text key",
				"      prospect (Field) Prospect",
				"      channel (Field) Channel",
				"      givenAt (Field) datetime",
				"      withdrawnAt (Field) datetime optional",
				"    MessageSend (Class)",
				"      id (Field) text key",
				"      recipient (Field) Prospect",
				"      channel (Field) Channel",
				"      purpose (Field) Purpose",
				"      sentAt (Field) datetime",
				"      analogousProduct (Field) boolean",
				"    SecurityIncident (Class)",
				"      id (Field) text key",
				"      summary (Field) text",
				"      personalData (Field) boolean",
				"      awareAt (Field) datetime",
				"      notifiedAuthorityAt (Field) datetime optional",
				"      risk (Field) RiskLevel",
				"  enumerations (Package)",
				"    Purpose (Enum)",
				"      marketing (EnumMember)",
				"      service (EnumMember)",
				"    RiskLevel (Enum) The risk a breach creates",
				"      unlikely (EnumMember) Documented as unlikely to result in a risk",
				"      low (EnumMember)",
				"      high (EnumMember)",
				"  parameters (Package)",
				"    notificationDelay (Constant) = 72h");
		assertThat(tree(outline("vocabulary.privacy"))).containsExactly(
				"vocabulary.privacy (File) canal.plus",
				"  terms (Package)",
				"    email marketing (Object) activity: MessageSend",
				"    optin (Boolean) condition on MessageSend",
				"    soft opt-in (Boolean) condition on MessageSend",
				"    breach (Object) activity: SecurityIncident",
				"    notify authority (Event) event of SecurityIncident");
	}

	@Test
	void aHalfWrittenFileStillHasAnOutlineWithoutNamelessSymbols() {
		change("draft.privacy", """
				package canal.plus

				entity Visit {
					id: text key
					at:
				}

				rule TMP-02 "Half written"
					basis ""
					Visit requires
				""");
		List<String> tree = tree(outline("draft.privacy"));
		assertThat(tree).isNotEmpty().noneMatch(line -> line.isBlank() || line.trim().startsWith("("));
		assertThat(tree).contains("    Visit (Class)", "      id (Field) text key");
	}

	@Test
	void symbolRangesNestInTheirParents() {
		for (String file : List.of("rules.privacy", "model.privacy", "vocabulary.privacy")) {
			outline(file).forEach(this::assertNested);
		}
	}

	private void assertNested(DocumentSymbol symbol) {
		assertThat(contains(symbol.getRange(), symbol.getSelectionRange())).as(symbol.getName()).isTrue();
		for (DocumentSymbol child : symbol.getChildren()) {
			assertThat(contains(symbol.getRange(), child.getRange())).as(child.getName() + " in " + symbol.getName())
					.isTrue();
			assertNested(child);
		}
	}

	private static boolean contains(org.eclipse.lsp4j.Range outer, org.eclipse.lsp4j.Range inner) {
		return !before(inner.getStart(), outer.getStart()) && !before(outer.getEnd(), inner.getEnd());
	}

	private static boolean before(org.eclipse.lsp4j.Position a, org.eclipse.lsp4j.Position b) {
		return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
	}

	List<String> workspaceSymbols(String query) {
		Either<List<? extends org.eclipse.lsp4j.SymbolInformation>, List<? extends WorkspaceSymbol>> result = get(
				languageServer.symbol(new WorkspaceSymbolParams(query)));
		List<? extends WorkspaceSymbol> symbols = result.getRight();
		return symbols.stream().map(s -> s.getName() + " (" + s.getKind() + ") in " + s.getContainerName() + " @ "
				+ describe(s.getLocation().getLeft())).toList();
	}

	@Test
	void workspaceSymbolsFindRulesByIdAndByTitle() {
		assertThat(workspaceSymbols("mkt-01")).containsExactly(
				"MKT-01 Email prospection of individuals needs their prior consent (Function) in canal.plus"
						+ " @ rules.privacy:5:MKT-01");
		assertThat(workspaceSymbols("supervisory breach")).as("every word of the query, in the title")
				.containsExactly("BRC-01 Notify the supervisory authority of a personal data breach within 72 hours"
						+ " (Function) in canal.plus @ rules.privacy:10:BRC-01");
	}

	@Test
	void workspaceSymbolsFindTermsEntitiesEnumerationsAndParameters() {
		assertThat(workspaceSymbols("marketing")).containsExactly(
				"email marketing (Object) in canal.plus @ vocabulary.privacy:3:\"email marketing\"");
		assertThat(workspaceSymbols("Send")).containsExactly(
				"MessageSend (Class) in canal.plus @ model.privacy:24:MessageSend");
		assertThat(workspaceSymbols("risk")).containsExactly(
				"RiskLevel (Enum) in canal.plus @ model.privacy:5:RiskLevel");
		assertThat(workspaceSymbols("delay")).containsExactly(
				"notificationDelay (Constant) in canal.plus @ model.privacy:41:notificationDelay");
		assertThat(workspaceSymbols("")).as("everything listed, no field or value")
				.hasSize(4 + 2 + 1 + 5 + 3 + 1).noneMatch(s -> s.contains("(Field)") || s.contains("(EnumMember)"));
	}
}
