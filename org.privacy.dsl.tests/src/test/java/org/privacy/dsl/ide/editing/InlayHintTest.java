package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Inlay hints: an activity term's expansion after its use, and how a calendar deadline is counted. */
class InlayHintTest extends LanguageServerTestBase {

	private static final String FILE = """
			policy Requests "Requests" time zone "Europe/Paris"
			entity MessageSend {
				id: text key
				channel: Channel
				purpose: text
				sentAt: datetime
				answeredAt: datetime optional
				optOut: boolean
			}
			term email marketing: MessageSend where channel = EMAIL and purpose = "marketing" and not optOut
			term "opt-out offered" for MessageSend: optOut
			term answer for MessageSend: event answeredAt counted from sentAt
			rule MKT-06 "Marketing e-mails offer a way to object"
				basis "CPCE art. L34-5"
				email marketing requires opt-out offered
			rule RTS-01 "Answer within a month"
				basis "GDPR art. 12(3)"
				MessageSend requires answer within 1 month
			rule RTS-02 "Answer within 72 hours"
				basis "GDPR art. 12(3)"
				MessageSend requires answer within 72h
			""";

	@Test
	void theCapabilityIsAdvertised() {
		InitializeResult result = initialize();

		assertThat(result.getCapabilities().getInlayHintProvider().getLeft()).isTrue();
	}

	@Test
	void activityTermsShowTheirExpansionShortened() {
		List<InlayHint> hints = hints();

		InlayHint hint = hintAt(hints, position("email marketing requires", "email marketing".length()));
		String label = hint.getLabel().getLeft();
		assertThat(label).startsWith(": MessageSend where channel = EMAIL").endsWith("…");
		assertThat(label.length()).isLessThanOrEqualTo(40);
		assertThat(hint.getTooltip().getRight().getValue()).contains("not optOut");
	}

	@Test
	void conditionAndEventTermsHaveNoHint() {
		List<InlayHint> hints = hints();

		assertThat(hints).noneMatch(h -> h.getPosition().equals(position("requires opt-out offered",
				"requires opt-out offered".length())));
		assertThat(hints).noneMatch(h -> h.getLabel().getLeft().contains("answeredAt"));
	}

	@Test
	void calendarDeadlinesSayHowTheyAreCounted() {
		List<InlayHint> hints = hints();

		InlayHint hint = hintAt(hints, position("within 1 month", "within 1 month".length()));
		assertThat(hint.getLabel().getLeft()).isEqualTo("calendar: same day next month, or its last day");
		assertThat(hint.getTooltip().getRight().getValue()).contains("Europe/Paris");
		assertThat(hints).noneMatch(h -> h.getLabel().getLeft().startsWith("calendar")
				&& h.getPosition().getLine() == position("within 72h", 0).getLine());
	}

	@Test
	void onlyHintsInTheRequestedRange() {
		initialize();
		String uri = openFile("rules.privacy", FILE);
		Position start = position("rule RTS-01", 0);

		List<InlayHint> hints = request(uri, new Range(start, position("rule RTS-02", 0)));

		assertThat(hints).extracting(h -> h.getLabel().getLeft()).containsExactly(
				"calendar: same day next month, or its last day");
	}

	private List<InlayHint> hints() {
		initialize();
		String uri = openFile("rules.privacy", FILE);
		return request(uri, new Range(new Position(0, 0), new Position(100, 0)));
	}

	private List<InlayHint> request(String uri, Range range) {
		try {
			return languageServer.inlayHint(new InlayHintParams(new TextDocumentIdentifier(uri), range)).get();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static InlayHint hintAt(List<InlayHint> hints, Position position) {
		return hints.stream().filter(h -> h.getPosition().equals(position)).findFirst()
				.orElseThrow(() -> new AssertionError("no hint at " + position + " in " + hints));
	}

	/** The position {@code shift} characters after the start of {@code context} in the file. */
	private static Position position(String context, int shift) {
		int offset = FILE.indexOf(context) + shift;
		String before = FILE.substring(0, offset);
		return new Position((int) before.chars().filter(c -> c == '\n').count(),
				offset - (before.lastIndexOf('\n') + 1));
	}
}
