package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * A change in one file reaches the diagnostics of the files that use its names: Xtext rebuilds a file when a name it
 * looked up (its imported names) changes in another file, so every name a file resolves through the other files must
 * be recorded, also those looked up through the scopes built lazily for a rule or term.
 */
class CrossFileChangesTest extends LanguageServerTestBase {

	private static final String MODEL = """
			package shop
			entity Customer {
				id: text key
				optin: boolean
			}
			term consented for Customer: optin
			""";

	private static final String RULES = """
			package shop
			rule MKT-01 "Customers consent"
				basis "GDPR art. 6(1)(a)"
				Customer requires consented
			""";

	@Test
	void renamingAnEntityInOneFileIsAnErrorWhereTheOtherFileUsesIt() {
		initialize();
		String model = openFile("model.privacy", MODEL);
		String rules = openFile("rules.privacy", RULES);
		assertThat(diagnosticsOf(rules)).isEmpty();

		change(model, 2, MODEL.replace("entity Customer", "entity Client").replace("for Customer", "for Client"));

		assertThat(diagnosticsOf(rules)).extracting(d -> d.getCode().getLeft()).contains("privacy.unknown-name");
		change(model, 3, MODEL);
		assertThat(diagnosticsOf(rules)).isEmpty();
	}

	/** The file's own scope, shared by its rules, is built again when the file changes. */
	@Test
	void aTermAddedToTheFileIsFoundByItsRules() {
		initialize();
		String rules = openFile("rules.privacy", MODEL.replace("term consented for Customer: optin\n", "")
				+ RULES.replace("package shop\n", ""));
		assertThat(diagnosticsOf(rules)).extracting(d -> d.getCode().getLeft()).contains("privacy.unknown-name");

		change(rules, 2, MODEL + RULES.replace("package shop\n", ""));

		assertThat(diagnosticsOf(rules)).isEmpty();
	}

	@Test
	void renamingATermInOneFileIsAnErrorWhereTheOtherFileUsesIt() {
		initialize();
		String model = openFile("model.privacy", MODEL);
		String rules = openFile("rules.privacy", RULES);
		assertThat(diagnosticsOf(rules)).isEmpty();

		change(model, 2, MODEL.replace("term consented", "term agreed"));

		Diagnostic unknown = diagnosticsOf(rules).stream()
				.filter(d -> "privacy.unknown-name".equals(d.getCode().getLeft())).findFirst().orElseThrow();
		assertThat(unknown.getRange().getStart().getLine()).isEqualTo(3);
		change(model, 3, MODEL);
		assertThat(diagnosticsOf(rules)).isEmpty();
	}
}
