package org.privacy.dsl.ide.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonObject;

/**
 * The protocol's life cycle, out of order: requests before initialize, after shutdown, exit without shutdown, and an
 * editor that goes away in the middle of a message.
 */
class LifecycleTest extends RobustnessTestBase {

	static final int SERVER_NOT_INITIALIZED = -32002;
	static final int INVALID_REQUEST = -32600;

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void exitWithoutShutdownEndsWithExitCodeOne() throws Exception {
		assertServerStillWorks();
		client.notify("exit", null);
		assertThat(client.exitCode()).isEqualTo(1);
		assertThat(client.protocolViolations()).isEmpty();
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void theEndOfStandardInputEndsTheServer() throws Exception {
		assertServerStillWorks();
		// half a message, then the editor goes away
		client.sendRaw("Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\",");
		client.closeInput();
		assertThat(client.exitCode()).isZero();
		assertThat(client.protocolViolations()).isEmpty();
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void requestsAfterShutdownAreInvalidRequest() throws Exception {
		String uri = uri("rules.privacy");
		client.didOpen(uri, MISSPELT);
		assertThat(errorCode(client.call("shutdown", null))).isNull();
		for (String method : List.of("textDocument/hover", "textDocument/completion", "shutdown", "initialize")) {
			JsonObject response = client.call(method, ScriptedClient.textDocumentPosition(uri, 0, 9));
			assertThat(errorCode(response)).as("%s after shutdown: %s", method, response).isEqualTo(INVALID_REQUEST);
		}
		client.notify("exit", null);
		assertThat(client.exitCode()).as("exit after shutdown").isZero();
		assertThat(client.protocolViolations()).isEmpty();
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void requestsBeforeInitializeAreServerNotInitialized() throws Exception {
		try (ScriptedClient fresh = ScriptedClient.start(workspace)) {
			String uri = uri("rules.privacy");
			fresh.didOpen(uri, MISSPELT);
			JsonObject hover = fresh.call("textDocument/hover", ScriptedClient.textDocumentPosition(uri, 0, 9));
			assertThat(errorCode(hover)).isEqualTo(SERVER_NOT_INITIALIZED);
			assertThat(errorCode(fresh.call("shutdown", null))).isEqualTo(SERVER_NOT_INITIALIZED);

			fresh.initialize(workspace);
			fresh.didOpen(uri, MISSPELT);
			JsonObject diagnostic = fresh.awaitDiagnostics(uri, d -> !d.isEmpty(), "diagnostics").get(0)
					.getAsJsonObject();
			assertThat(diagnostic.get("code").getAsString()).isEqualTo("privacy.unknown-name");
			assertThat(fresh.shutdownAndExit()).isZero();
			assertThat(fresh.protocolViolations()).isEmpty();
		}
	}
}
