package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;

/** Diagnostics reach the editor with the language's issue codes and positions. */
class DiagnosticsTest extends LanguageServerTestBase {

	@Test
	void diagnosticsCarryIssueCodesAndPositions() {
		initialize();
		String uri = openFile("rules.privacy", """
				entity AccessRequest {
					id: text key
					receivedAt: datetime
					answeredAt: datetime optional
					channel: Channel
				}

				term answer for AccessRequest: event answeredAt counted from receivedAt
				term extension notified for AccessRequest: answeredAt is present

				rule RTS-01 "Answer an access request within one month"
					AccessRequest where receivedAt after "last week"
					requires answer within 1 month
					unless extention notified
					unless channel is missing
				""");

		List<Diagnostic> diagnostics = diagnosticsOf(uri);

		assertThat(diagnostics).extracting(d -> d.getCode().getLeft()).containsExactlyInAnyOrder(
				"privacy.missing-basis", "privacy.type-mismatch", "privacy.unknown-name",
				"privacy.exception-never-applies");
		Diagnostic unknown = only(diagnostics, "privacy.unknown-name");
		assertThat(unknown.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
		assertThat(unknown.getRange().getStart().getLine()).isEqualTo(13);
		assertThat(unknown.getRange().getStart().getCharacter()).isEqualTo(8);
		assertThat(only(diagnostics, "privacy.missing-basis").getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
		assertThat(only(diagnostics, "privacy.type-mismatch").getRange().getStart().getLine()).isEqualTo(11);
	}

	/** A warning the file silences with a comment is not shown; the same warning elsewhere still is. */
	@Test
	void silencedWarningsAreNotShown() {
		initialize();
		String uri = openFile("rules.privacy", """
				entity Request {
					id: text key
					receivedAt: datetime
					answeredAt: datetime optional
				}

				// privacy: allow unguarded-optional, missing-basis
				rule INT-01 "Requests are answered early"
					Request requires answeredAt before receivedAt + 1 month

				rule INT-02 "Requests are answered early too"
					Request requires answeredAt before receivedAt + 1 month
				""");

		assertThat(diagnosticsOf(uri)).extracting(d -> d.getCode().getLeft() + "@" + d.getRange().getStart().getLine())
				.containsExactlyInAnyOrder("privacy.missing-basis@10", "privacy.unguarded-optional@11");
	}

	@Test
	void syntaxErrorsHaveTheirCode() {
		initialize();
		String uri = openFile("rules.privacy", """
				entity Request {
					id: text key
					date: date
				}
				""");

		assertThat(diagnosticsOf(uri)).extracting(d -> d.getCode().getLeft()).contains("privacy.syntax");
	}

	@Test
	void aFixedFileHasNoDiagnosticsLeft() {
		initialize();
		String uri = openFile("rules.privacy", """
				entity Incident { id: text key  personalData: boolean }
				rule R-1 "Incidents are about personal data"
					basis "GDPR art. 33"
					Incident requires personalDta
				""");
		assertThat(diagnosticsOf(uri)).extracting(d -> d.getCode().getLeft()).containsExactly("privacy.unknown-name");

		change(uri, 2, """
				entity Incident { id: text key  personalData: boolean }
				rule R-1 "Incidents are about personal data"
					basis "GDPR art. 33"
					Incident requires personalData
				""");

		assertThat(diagnosticsOf(uri)).isEmpty();
	}

	private static Diagnostic only(List<Diagnostic> diagnostics, String code) {
		List<Diagnostic> found = diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}
}
