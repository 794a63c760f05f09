package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code textDocument/prepareRename} and {@code textDocument/rename} across files: each rename is applied to the
 * files and the server re-validates them without an error.
 */
class RenameTest extends NavigationTestBase {

	/** A file of another package that uses the model by import and by qualified name. */
	static final String AUDIT = """
			package acme.audit
			import canal.plus.MessageSend
			import canal.plus.*

			entity Audit {
				id: text key
				send: canal.plus.MessageSend
				checkedAt: datetime
			}

			rule AUD-01 "Sends are audited"
				basis "Internal policy"
				MessageSend requires sentAt before now
			""";

	@BeforeEach
	void start() {
		workspace("model.privacy", Workspaces.MODEL, "vocabulary.privacy", Workspaces.VOCABULARY, "rules.privacy",
				Workspaces.RULES, "audit.privacy", AUDIT);
		assertThat(errors()).isEmpty();
	}

	PrepareRenameResult prepare(String file, Position position) {
		Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> result = get(languageServer
				.prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri(file)), position)));
		return result == null ? null : result.getSecond();
	}

	WorkspaceEdit rename(String file, Position position, String newName) {
		return get(languageServer.rename(new RenameParams(new TextDocumentIdentifier(uri(file)), position, newName)));
	}

	/** Applies the edit, gives the server the new texts, and checks that no file has an error. */
	Map<String, String> renameAndRevalidate(String file, Position position, String newName) {
		Map<String, String> changed = apply(rename(file, position, newName));
		changed.forEach(this::change);
		assertThat(errors()).as("errors after the rename").isEmpty();
		return changed;
	}

	String refusal(String file, Position position, String newName) {
		assertThatThrownBy(() -> rename(file, position, newName)).hasRootCauseInstanceOf(ResponseErrorException.class);
		try {
			rename(file, position, newName);
			return null;
		} catch (IllegalStateException e) {
			return e.getCause().getMessage();
		}
	}

	@Test
	void prepareRenameGivesTheWholeNameOfSeveralWords() {
		PrepareRenameResult use = prepare("rules.privacy", at("rules.privacy", "email marketing", 9));
		assertThat(textAt("rules.privacy", use.getRange())).isEqualTo("email marketing");
		assertThat(use.getPlaceholder()).isEqualTo("email marketing");

		PrepareRenameResult declaration = prepare("vocabulary.privacy", at("vocabulary.privacy", "email marketing", 2));
		assertThat(textAt("vocabulary.privacy", declaration.getRange())).as("inside the quotes")
				.isEqualTo("email marketing");
	}

	@Test
	void prepareRenameRefusesTheBuiltInVocabularyAndIgnoresKeywords() {
		assertThatThrownBy(() -> prepare("vocabulary.privacy", at("vocabulary.privacy", "EMAIL")))
				.hasRootCauseInstanceOf(ResponseErrorException.class)
				.rootCause().hasMessageContaining("'EMAIL' belongs to the built-in vocabulary");
		assertThat(prepare("rules.privacy", at("rules.privacy", "requires"))).isNull();
	}

	@Test
	void aTermOfSeveralWordsKeepsItsQuotesAndEveryUseChanges() {
		Map<String, String> changed = renameAndRevalidate("rules.privacy", at("rules.privacy", "email marketing"),
				"promotional email");
		assertThat(changed).containsOnlyKeys("vocabulary.privacy", "rules.privacy");
		assertThat(changed.get("vocabulary.privacy"))
				.contains("term \"promotional email\": MessageSend where").doesNotContain("email marketing");
		assertThat(changed.get("rules.privacy")).contains("\tpromotional email requires optin\n");
	}

	@Test
	void anUnquotedTermStaysUnquotedAndAQuotedNewNameIsTakenAsItsWords() {
		Map<String, String> changed = renameAndRevalidate("vocabulary.privacy", at("vocabulary.privacy", "soft opt-in"),
				"\"existing  customer offer\"");
		assertThat(changed.get("vocabulary.privacy")).contains("term existing customer offer for MessageSend:");
		assertThat(changed.get("rules.privacy")).contains("unless existing customer offer\n");
	}

	@Test
	void anEntityEverywhereItIsNamedEvenQualifiedOrImported() {
		Map<String, String> changed = renameAndRevalidate("model.privacy", at("model.privacy", "MessageSend"), "Send");
		assertThat(changed.get("model.privacy")).contains("entity Send {").doesNotContain("MessageSend");
		assertThat(changed.get("vocabulary.privacy")).contains("term \"email marketing\": Send where")
				.contains("term optin for Send:").contains("term soft opt-in for Send:");
		assertThat(changed.get("audit.privacy")).contains("import canal.plus.Send\n")
				.contains("send: canal.plus.Send\n").contains("\tSend requires sentAt before now");
	}

	@Test
	void aFieldInExpressionsAfterADotInViaAndInExplanations() {
		Map<String, String> changed = renameAndRevalidate("rules.privacy", at("rules.privacy", "summary !="),
				"description");
		assertThat(changed.get("model.privacy")).contains("\tdescription: text\n");
		assertThat(changed.get("rules.privacy")).contains("where description != \"\"")
				.contains("explain \"incident {description} was not notified\"");

		changed = renameAndRevalidate("model.privacy", at("model.privacy", "customerSince"), "clientSince");
		assertThat(changed.get("vocabulary.privacy")).contains("recipient.clientSince is present");

		changed = renameAndRevalidate("model.privacy", at("model.privacy", "prospect: Prospect", 2), "person");
		assertThat(changed.get("model.privacy")).contains("consents: list of Consent via person\n")
				.contains("\tperson: Prospect\n");
	}

	@Test
	void aRuleIdAParameterAndAnEnumerationValue() {
		Map<String, String> changed = renameAndRevalidate("rules.privacy", at("rules.privacy", "MKT-01"), "MKT-10");
		assertThat(changed.get("rules.privacy")).contains("rule MKT-10 \"Email prospection");

		changed = renameAndRevalidate("rules.privacy", at("rules.privacy", "within notificationDelay", 12),
				"breachDelay");
		assertThat(changed.get("model.privacy")).contains("parameter breachDelay = 72h");
		assertThat(changed.get("rules.privacy")).contains("within breachDelay");

		changed = renameAndRevalidate("model.privacy", at("model.privacy", "unlikely"), "negligible");
		assertThat(changed.get("model.privacy")).contains("negligible \"Documented as unlikely");
		assertThat(changed.get("rules.privacy")).contains("unless risk = negligible");

		changed = renameAndRevalidate("model.privacy", at("model.privacy", "RiskLevel"), "Risk");
		assertThat(changed.get("model.privacy")).contains("enum Risk \"The risk").contains("\trisk: Risk\n");
	}

	@Test
	void invalidKeywordAndTakenNamesAreRefusedWithAReason() {
		Position entity = at("model.privacy", "MessageSend");
		assertThat(refusal("model.privacy", entity, "rule")).contains("'rule' is a keyword");
		assertThat(refusal("model.privacy", entity, "Message Send")).contains("is not a valid name");
		assertThat(refusal("model.privacy", entity, "Consent")).contains("'Consent' is already declared in model.privacy");
		assertThat(refusal("model.privacy", entity, "Channel")).contains("built-in vocabulary");

		Position term = at("rules.privacy", "notify authority");
		assertThat(refusal("rules.privacy", term, "notify and authority")).contains("'and' is a keyword");
		assertThat(refusal("rules.privacy", term, "consent (2 years)")).contains("is not a valid term name");
		assertThat(refusal("rules.privacy", term, "breach")).contains("'breach' is already declared");
		assertThat(refusal("rules.privacy", term, "summary"))
				.as("inside a term, a field of its entity would hide it").contains("has a field 'summary'");

		assertThat(refusal("rules.privacy", at("rules.privacy", "BRC-01"), "BRC-02"))
				.contains("rule id 'BRC-02' is already used in rules.privacy");
		assertThat(refusal("model.privacy", at("model.privacy", "summary"), "awareAt"))
				.contains("'SecurityIncident' already has a field 'awareAt'");
		assertThat(refusal("rules.privacy", at("rules.privacy", "requires"), "x")).contains("nothing to rename here");
	}

	@Test
	void aNameMayHoldTheKeywordsThatMayContinueAName() {
		Map<String, String> changed = renameAndRevalidate("rules.privacy", at("rules.privacy", "optin"),
				"objection in force");
		assertThat(changed.get("vocabulary.privacy")).contains("term objection in force for MessageSend:");
		assertThat(changed.get("rules.privacy")).contains("requires objection in force");
	}

	@Test
	void aNameOfSeveralWordsMayJoinWordsWithOfAndTo() {
		Map<String, String> changed = renameAndRevalidate("rules.privacy", at("rules.privacy", "optin"),
				"proof of consent");
		assertThat(changed.get("vocabulary.privacy")).contains("term proof of consent for MessageSend:");
		assertThat(changed.get("rules.privacy")).contains("requires proof of consent\n");
	}
}
