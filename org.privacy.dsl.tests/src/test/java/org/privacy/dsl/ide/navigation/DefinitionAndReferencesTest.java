package org.privacy.dsl.ide.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code textDocument/definition} and {@code textDocument/references} across the files of a rule set. */
class DefinitionAndReferencesTest extends NavigationTestBase {

	@BeforeEach
	void start() {
		workspace("model.privacy", Workspaces.MODEL, "vocabulary.privacy", Workspaces.VOCABULARY, "rules.privacy",
				Workspaces.RULES);
		assertThat(errors()).isEmpty();
	}

	List<String> definition(String file, Position position) {
		List<? extends Location> result = get(languageServer
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri(file)), position))).getLeft();
		return describe(result);
	}

	List<String> references(String file, Position position, boolean includeDeclaration) {
		return describe(get(languageServer.references(new ReferenceParams(new TextDocumentIdentifier(uri(file)),
				position, new ReferenceContext(includeDeclaration)))));
	}

	@Test
	void termOfSeveralWordsLeadsToItsQuotedDeclarationInAnotherFile() {
		assertThat(definition("rules.privacy", at("rules.privacy", "email marketing", 8)))
				.containsExactly("vocabulary.privacy:3:\"email marketing\"");
		assertThat(definition("rules.privacy", at("rules.privacy", "notify authority within notificationDelay", 2)))
				.containsExactly("vocabulary.privacy:9:\"notify authority\"");
		assertThat(definition("rules.privacy", at("rules.privacy", "soft opt-in")))
				.containsExactly("vocabulary.privacy:7:soft opt-in");
	}

	@Test
	void entityFieldValueAndParameterLeadToTheirDeclarations() {
		assertThat(definition("vocabulary.privacy", at("vocabulary.privacy", "MessageSend where")))
				.containsExactly("model.privacy:24:MessageSend");
		assertThat(definition("rules.privacy", at("rules.privacy", "SecurityIncident where")))
				.containsExactly("model.privacy:32:SecurityIncident");
		assertThat(definition("vocabulary.privacy", at("vocabulary.privacy", "sentAt")))
				.containsExactly("model.privacy:29:sentAt");
		assertThat(definition("vocabulary.privacy", at("vocabulary.privacy", "recipient.consents", 12)))
				.as("a field after a dot").containsExactly("model.privacy:15:consents");
		assertThat(definition("vocabulary.privacy", at("vocabulary.privacy", "purpose = marketing", 12)))
				.as("an enumeration value").containsExactly("model.privacy:3:marketing");
		assertThat(definition("rules.privacy", at("rules.privacy", "risk = unlikely", 9)))
				.containsExactly("model.privacy:6:unlikely");
		assertThat(definition("rules.privacy", at("rules.privacy", "within notificationDelay", 10)))
				.as("a parameter").containsExactly("model.privacy:41:notificationDelay");
		assertThat(definition("model.privacy", at("model.privacy", "list of Consent", 10)))
				.containsExactly("model.privacy:17:Consent");
	}

	@Test
	void aRuleIdIsItsOwnDefinition() {
		assertThat(definition("rules.privacy", at("rules.privacy", "BRC-01")))
				.containsExactly("rules.privacy:10:BRC-01");
	}

	@Test
	void referencesOfATermOfSeveralWordsAcrossFiles() {
		Position declaration = at("vocabulary.privacy", "notify authority", 3);
		assertThat(references("vocabulary.privacy", declaration, false))
				.containsExactlyInAnyOrder("rules.privacy:13:notify authority", "rules.privacy:19:notify authority");
		assertThat(references("rules.privacy", at("rules.privacy", "notify authority"), true))
				.as("from a use, with the declaration").containsExactlyInAnyOrder(
						"vocabulary.privacy:9:\"notify authority\"", "rules.privacy:13:notify authority",
						"rules.privacy:19:notify authority");
	}

	@Test
	void referencesOfAnEntityAFieldAValueAndAParameter() {
		assertThat(references("model.privacy", at("model.privacy", "entity SecurityIncident", 10), false))
				.containsExactlyInAnyOrder("vocabulary.privacy:8:SecurityIncident",
						"vocabulary.privacy:9:SecurityIncident", "rules.privacy:19:SecurityIncident");
		assertThat(references("model.privacy", at("model.privacy", "channel: Channel", 2), false))
				.as("the field channel of Consent, read after a dot only")
				.containsExactly("vocabulary.privacy:6:channel");
		assertThat(references("model.privacy", at("model.privacy", "recipient: Prospect", 2), false))
				.containsExactlyInAnyOrder("vocabulary.privacy:5:recipient", "vocabulary.privacy:7:recipient");
		assertThat(references("model.privacy", at("model.privacy", "summary"), false))
				.as("with the placeholder of an explanation")
				.containsExactly("rules.privacy:19:summary", "rules.privacy:20:summary");
		assertThat(references("model.privacy", at("model.privacy", "marketing,", 2), false))
				.containsExactly("vocabulary.privacy:3:marketing");
		assertThat(references("model.privacy", at("model.privacy", "notificationDelay"), true))
				.containsExactlyInAnyOrder("model.privacy:41:notificationDelay", "rules.privacy:13:notificationDelay");
	}

	@Test
	void referencesOfARuleAreItsDeclaration() {
		assertThat(references("rules.privacy", at("rules.privacy", "MKT-01"), false))
				.containsExactly("rules.privacy:5:MKT-01");
		assertThat(references("rules.privacy", at("rules.privacy", "MKT-01"), true))
				.as("listed once when the declaration is asked for too").containsExactly("rules.privacy:5:MKT-01");
	}
}
