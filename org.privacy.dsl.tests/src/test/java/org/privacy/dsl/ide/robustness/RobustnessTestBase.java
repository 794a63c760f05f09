package org.privacy.dsl.ide.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Starts the real server (the shaded jar) for each test, initialized on an empty temporary workspace, and kills it
 * after the test if it is still running. {@link #assertServerStillWorks()} is how each test ends: the server still
 * checks a file and answers a hover correctly, and has written nothing but protocol on standard output.
 */
@Tag("slow") // the real server jar driven by a scripted client; -Dprivacy.fast leaves it out
abstract class RobustnessTestBase {

	/** A file with one misspelt field: one {@code privacy.unknown-name} on line 3, from character 19. */
	static final String MISSPELT = """
			entity Incident { id: text key  personalData: boolean }
			rule BRC-01 "Breaches are notified"
				basis "GDPR art. 33(1)"
				Incident requires personalDta
			""";

	@TempDir
	Path workspace;

	ScriptedClient client;

	private final AtomicInteger checks = new AtomicInteger();

	@BeforeEach
	void startServer() throws IOException {
		client = ScriptedClient.start(workspace);
		client.initialize(workspace);
	}

	@AfterEach
	void stopServer() {
		if (client != null) {
			client.close();
		}
	}

	/** A URI in the workspace of a file that is never written to disk. */
	String uri(String name) {
		return workspace.resolve(name).toUri().toString();
	}

	/**
	 * Opens a new copy of {@link #MISSPELT}, in a package of its own (names are shared within a package): its
	 * diagnostic must come back with our issue code and position, and a hover on its entity must describe the entity.
	 * Then standard output must have carried only protocol.
	 */
	void assertServerStillWorks() {
		int check = checks.incrementAndGet();
		String uri = uri("check-" + check + ".privacy");
		client.didOpen(uri, "package check.n" + check + "\n" + MISSPELT);
		JsonArray diagnostics = client.awaitDiagnostics(uri, d -> !d.isEmpty(), "diagnostics of " + uri);
		assertThat(diagnostics).hasSize(1);
		JsonObject diagnostic = diagnostics.get(0).getAsJsonObject();
		assertThat(diagnostic.get("code").getAsString()).isEqualTo("privacy.unknown-name");
		assertThat(diagnostic.getAsJsonObject("range").getAsJsonObject("start"))
				.isEqualTo(ScriptedClient.position(4, 19));

		JsonObject hover = client.call("textDocument/hover", ScriptedClient.textDocumentPosition(uri, 1, 9));
		assertThat(hover.has("error")).as("hover answered: %s", hover).isFalse();
		assertThat(hover.getAsJsonObject("result").toString()).contains("Incident");
		assertThat(client.protocolViolations()).as("standard output carries only the protocol").isEmpty();
	}

	/** Ends the session as an editor does: the server must stop with exit code 0. */
	void assertCleanShutdown() throws InterruptedException {
		assertThat(client.shutdownAndExit()).as("exit code after shutdown and exit").isZero();
		assertThat(client.protocolViolations()).as("standard output carries only the protocol").isEmpty();
	}

	/** The error code of a response, or null when it has a result. */
	static Integer errorCode(JsonObject response) {
		JsonElement error = response.get("error");
		return error == null || error.isJsonNull() ? null : error.getAsJsonObject().get("code").getAsInt();
	}
}
