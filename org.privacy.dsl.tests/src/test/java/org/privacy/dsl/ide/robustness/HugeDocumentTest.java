package org.privacy.dsl.ide.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A 5 MB rule file in one {@code didOpen} (one message of 5 MB): its diagnostics come back, within a bound generous
 * for a cold server on a loaded 2-core machine, and the server goes on answering, about that file and others.
 */
class HugeDocumentTest extends RobustnessTestBase {

	static final int BYTES = 5_000_000;

	/** Measured at about 40 s on the shared machine (a cold server: the code is not yet compiled by the JIT). */
	static final Duration DIAGNOSTICS_BOUND = Duration.ofSeconds(120);

	@Test
	@Timeout(value = 180, unit = TimeUnit.SECONDS)
	void checksAFiveMegabyteFileAndKeepsAnswering() throws Exception {
		StringBuilder text = new StringBuilder(BYTES + 200);
		int blocks = 0;
		while (text.length() < BYTES) {
			text.append("entity Incident").append(blocks)
					.append(" { id: text key  personalData: boolean  reportedAt: datetime }\n")
					.append("rule BRC-").append(blocks).append(" \"Breaches are notified\"\n")
					.append("\tbasis \"GDPR art. 33(1)\"\n")
					.append("\tIncident").append(blocks).append(" requires personalData\n\n");
			blocks++;
		}
		int lastLine = (int) text.chars().filter(c -> c == '\n').count() + 2;
		text.append("rule LAST \"The last rule misspells its field\"\n\tbasis \"GDPR art. 33(1)\"\n")
				.append("\tIncident0 requires personalDta\n");
		String uri = uri("huge.privacy");

		long start = System.nanoTime();
		client.didOpen(uri, text.toString());
		JsonArray diagnostics = client.awaitDiagnostics(DIAGNOSTICS_BOUND, uri, d -> !d.isEmpty(),
				"the diagnostics of the 5 MB file");
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("huge document: %d bytes, %d entities and %d rules, diagnostics after %d ms%n",
				text.length(), blocks, blocks + 1, took.toMillis());

		assertThat(diagnostics).hasSize(1);
		JsonObject diagnostic = diagnostics.get(0).getAsJsonObject();
		assertThat(diagnostic.get("code").getAsString()).isEqualTo("privacy.unknown-name");
		assertThat(diagnostic.getAsJsonObject("range").getAsJsonObject("start"))
				.isEqualTo(ScriptedClient.position(lastLine, 20));
		JsonObject hover = client.call("textDocument/hover",
				ScriptedClient.textDocumentPosition(uri, lastLine - 4, 9));
		assertThat(hover.getAsJsonObject("result").toString()).contains("Incident" + (blocks - 1));
		JsonObject completion = client.call("textDocument/completion",
				ScriptedClient.textDocumentPosition(uri, lastLine, 23));
		assertThat(completion.getAsJsonObject("result").getAsJsonArray("items").toString()).contains("personalData");

		assertServerStillWorks();
		assertCleanShutdown();
	}
}
