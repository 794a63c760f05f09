package org.privacy.dsl.ide.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Issue 10: a 20 MB document under {@code -Xmx1g} stopped the diagnostics of every file. A document over the limit
 * (8 million characters) is not parsed: it gets one {@code privacy.not-checked} warning, whether it is opened, grows
 * past the limit or lies on disk; and a document under the limit whose check runs out of memory gets the same warning
 * and one message, and the server goes on. In every case the other files keep their diagnostics.
 */
class DocumentLimitsTest extends RobustnessTestBase {

	static final int LIMIT = 8_000_000;
	static final Duration BOUND = Duration.ofSeconds(60);

	@Test
	@Timeout(value = 180, unit = TimeUnit.SECONDS)
	void aDocumentOverTheLimitGetsOneWarningAndTheOthersKeepTheirDiagnostics() throws Exception {
		String small = uri("small.privacy");
		client.didOpen(small, "package small\n" + MISSPELT);
		client.awaitDiagnostics(small, d -> d.size() == 1, "the diagnostics of the small file");
		String huge = uri("huge.privacy");
		String text = rules(20_000_000);

		client.didOpen(huge, text);

		assertNotChecked(client.awaitDiagnostics(BOUND, huge, d -> !d.isEmpty(), "the diagnostics of 20 MB"));
		assertThat(client.lastDiagnostics(small)).hasSize(1);
		assertServerStillWorks();

		// made small, it is checked
		client.didChangeAll(huge, 2, "package huge\n" + MISSPELT);
		JsonArray checked = client.awaitDiagnostics(BOUND, huge,
				d -> d.size() == 1 && "privacy.unknown-name".equals(code(d)), "the diagnostics of the small text");
		assertThat(checked).hasSize(1);
		// a small document that grows over the limit is not
		client.didChangeAll(huge, 3, rules(LIMIT + 1));
		assertNotChecked(client.awaitDiagnostics(BOUND, huge, d -> "privacy.not-checked".equals(code(d)),
				"the diagnostics of the grown document"));
		assertThat(client.lastDiagnostics(small)).hasSize(1);
		assertServerStillWorks();
		assertCleanShutdown();
	}

	@Test
	@Timeout(value = 180, unit = TimeUnit.SECONDS)
	void aFileOnDiskOverTheLimitIsNotChecked() throws Exception {
		client.close();
		Files.writeString(workspace.resolve("big.privacy"), rules(LIMIT + 100));
		Files.writeString(workspace.resolve("other.privacy"), "package other\n" + MISSPELT);
		client = ScriptedClient.start(workspace);
		client.initialize(workspace);

		assertNotChecked(client.awaitDiagnostics(BOUND, uri("big.privacy"), d -> !d.isEmpty(), "big.privacy"));
		assertThat(code(client.awaitDiagnostics(BOUND, uri("other.privacy"), d -> !d.isEmpty(), "other.privacy")))
				.isEqualTo("privacy.unknown-name");
		assertServerStillWorks();
		assertCleanShutdown();
	}

	@Test
	@Timeout(value = 300, unit = TimeUnit.SECONDS)
	void runningOutOfMemoryIsOneMessageAndTheServerGoesOn() throws Exception {
		client.close();
		// a heap the server runs in, and a limit that lets a document through that does not fit in it
		client = ScriptedClient.start(workspace, "-Xmx" + HEAP_MEGABYTES + "m",
				"-Dprivacy.server.maxDocumentCharacters=100000000");
		client.initialize(workspace);
		String small = uri("small.privacy");
		client.didOpen(small, "package small\n" + MISSPELT);
		client.awaitDiagnostics(small, d -> d.size() == 1, "the diagnostics of the small file");
		String huge = uri("huge.privacy");

		client.didOpen(huge, rules(OUT_OF_MEMORY_CHARACTERS));

		JsonObject message = client.await(Duration.ofSeconds(240),
				m -> "window/showMessage".equals(ScriptedClient.stringOrNull(m.get("method"))),
				"a message about memory");
		assertThat(message.getAsJsonObject("params").get("message").getAsString()).contains("ran out of memory",
				"huge.privacy");
		assertThat(message.getAsJsonObject("params").get("type").getAsInt()).isEqualTo(1);
		JsonArray diagnostics = client.awaitDiagnostics(BOUND, huge, d -> "privacy.not-checked".equals(code(d)),
				"the diagnostics of the document that did not fit");
		assertThat(diagnostics).hasSize(1);
		assertThat(diagnostics.toString()).doesNotContain("EValidator", "EClassImpl", "Exception");
		assertThat(client.receivedMatching(m -> m.toString().contains("EValidator"))).isEmpty();
		assertThat(client.lastDiagnostics(small)).hasSize(1);
		assertServerStillWorks();
		assertCleanShutdown();
	}

	static final int HEAP_MEGABYTES = 192;
	static final int OUT_OF_MEMORY_CHARACTERS = 6_000_000;

	private static void assertNotChecked(JsonArray diagnostics) {
		assertThat(diagnostics).hasSize(1);
		JsonObject diagnostic = diagnostics.get(0).getAsJsonObject();
		assertThat(diagnostic.get("code").getAsString()).isEqualTo("privacy.not-checked");
		assertThat(diagnostic.get("severity").getAsInt()).isEqualTo(2);
		assertThat(diagnostic.getAsJsonObject("range").getAsJsonObject("start"))
				.isEqualTo(ScriptedClient.position(0, 0));
		assertThat(diagnostic.get("message").getAsString()).contains(String.valueOf(LIMIT));
	}

	private static String code(JsonArray diagnostics) {
		return diagnostics.isEmpty() ? null : diagnostics.get(0).getAsJsonObject().get("code").getAsString();
	}

	/** Valid rules of at least {@code characters} characters, in a package of their own. */
	static String rules(int characters) {
		StringBuilder text = new StringBuilder(characters + 200).append("package big").append(characters).append('\n');
		for (int block = 0; text.length() < characters; block++) {
			text.append("entity Incident").append(block)
					.append(" { id: text key  personalData: boolean  reportedAt: datetime }\n")
					.append("rule BRC-").append(block).append(" \"Breaches are notified\"\n")
					.append("\tbasis \"GDPR art. 33(1)\"\n")
					.append("\tIncident").append(block).append(" requires personalData\n\n");
		}
		return text.toString();
	}
}
