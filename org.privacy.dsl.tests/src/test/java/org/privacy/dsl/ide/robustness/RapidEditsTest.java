package org.privacy.dsl.ide.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Typing as fast as bytes go: a few hundred incremental {@code didChange}s sent back to back, one character each (and
 * a typo deleted now and then), with completion and hover requests in between. Every request is answered: with
 * RequestCancelled when an edit overtook it (Xtext cancels the pending reads when a change comes, and here the next
 * change always comes within microseconds), with a result after the last edit. The diagnostics published last are
 * those of the final text.
 */
class RapidEditsTest extends RobustnessTestBase {

	/** What is typed, character by character, after the entity; the last rule misspells its field. */
	static final String TYPED = """
			rule BRC-01 "Breaches are notified"
				basis "GDPR art. 33(1)"
				Incident requires personalData
			rule BRC-02 "Breaches are notified again"
				basis "GDPR art. 33(1)"
				Incident requires personalData
			rule BRC-03 "Breaches are notified once more"
				basis "GDPR art. 33(1)"
				Incident requires personalData
			rule BRC-04 "Breaches are notified at last"
				basis "GDPR art. 33(1)"
				Incident requires personalDta
			""";

	static final String START = "entity Incident { id: text key  personalData: boolean }\n";

	/** Every how many edits a completion and a hover are asked for. */
	static final int ASK_EVERY = 10;

	/** Every how many characters a typo is typed and deleted again. */
	static final int TYPO_EVERY = 25;

	static final int REQUEST_CANCELLED = -32800;

	private final StringBuilder text = new StringBuilder(START);
	private int version = 1;
	private int edits;

	@Test
	@Timeout(value = 90, unit = TimeUnit.SECONDS)
	void answersEveryRequestAndEndsWithTheDiagnosticsOfTheFinalText() throws Exception {
		String uri = uri("typed.privacy");
		client.didOpen(uri, START);
		List<Integer> requests = new ArrayList<>();
		for (int i = 0; i < TYPED.length(); i++) {
			if (i % TYPO_EVERY == TYPO_EVERY - 1) {
				insertAtEnd(uri, "#");
				deleteLastCharacter(uri);
			}
			insertAtEnd(uri, String.valueOf(TYPED.charAt(i)));
			if (edits % ASK_EVERY == 0) {
				requests.add(client.request("textDocument/completion", ScriptedClient.textDocumentPosition(uri,
						lineCount() - 1, lastLineLength())));
				requests.add(client.request("textDocument/hover", ScriptedClient.textDocumentPosition(uri, 0, 9)));
			}
		}
		assertThat(text).hasToString(START + TYPED);

		int cancelled = 0;
		for (int id : requests) {
			JsonObject response = client.awaitResponse(id);
			if (response.has("result")) {
				continue;
			}
			assertThat(errorCode(response)).as("request %d: %s", id, response).isEqualTo(REQUEST_CANCELLED);
			cancelled++;
		}
		String finalText = text.toString();
		int misspelt = finalText.indexOf("personalDta");
		JsonObject expectedStart = ScriptedClient.position(lineOf(finalText, misspelt),
				misspelt - finalText.lastIndexOf('\n', misspelt) - 1);
		client.awaitDiagnostics(uri, d -> d.size() == 1 && startOf(d).equals(expectedStart),
				"the diagnostics of the final text");
		// a read request runs after every edit: once it is answered, no later diagnostics can be on their way
		JsonObject hover = client.call("textDocument/hover", ScriptedClient.textDocumentPosition(uri, 0, 9));
		assertThat(hover.getAsJsonObject("result").toString()).contains("Incident");
		JsonObject completion = client.call("textDocument/completion", ScriptedClient.textDocumentPosition(uri,
				lineOf(finalText, misspelt), misspelt - finalText.lastIndexOf('\n', misspelt) - 1 + 3));
		assertThat(completion.getAsJsonObject("result").toString()).contains("personalData");
		JsonArray last = client.lastDiagnostics(uri);
		assertThat(last).hasSize(1);
		assertThat(last.get(0).getAsJsonObject().get("code").getAsString()).isEqualTo("privacy.unknown-name");
		assertThat(startOf(last)).isEqualTo(expectedStart);
		System.out.printf("rapid edits: %d edits, %d requests, %d cancelled%n", edits, requests.size(), cancelled);
		assertThat(edits).isGreaterThan(300);

		assertServerStillWorks();
		assertCleanShutdown();
	}

	private void insertAtEnd(String uri, String inserted) {
		JsonObject end = ScriptedClient.position(lineCount() - 1, lastLineLength());
		change(uri, end, end, inserted);
		text.append(inserted);
	}

	private void deleteLastCharacter(String uri) {
		JsonObject end = ScriptedClient.position(lineCount() - 1, lastLineLength());
		JsonObject before = ScriptedClient.position(lineCount() - 1, lastLineLength() - 1);
		change(uri, before, end, "");
		text.setLength(text.length() - 1);
	}

	private void change(String uri, JsonObject start, JsonObject end, String newText) {
		JsonObject range = new JsonObject();
		range.add("start", start);
		range.add("end", end);
		client.didChange(uri, ++version, range, newText);
		edits++;
	}

	private int lineCount() {
		return lineOf(text.toString(), text.length()) + 1;
	}

	private int lastLineLength() {
		return text.length() - text.lastIndexOf("\n") - 1;
	}

	private static int lineOf(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
	}

	private static JsonObject startOf(JsonArray diagnostics) {
		return diagnostics.get(0).getAsJsonObject().getAsJsonObject("range").getAsJsonObject("start");
	}
}
