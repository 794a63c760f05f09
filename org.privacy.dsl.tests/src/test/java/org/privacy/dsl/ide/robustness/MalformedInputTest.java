package org.privacy.dsl.ide.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonObject;

/**
 * Bytes that are not the protocol: garbage, broken framing, bodies that are not JSON, JSON that is not JSON-RPC.
 * After each input the server must answer the next well-formed request; it never stops.
 */
class MalformedInputTest extends RobustnessTestBase {

	/** Chunks of random bytes sent by {@link #survivesRandomBytes()}. */
	static final int RANDOM_CHUNKS = 200;

	/** Headers that break the framing, each followed by a small body. */
	static final List<String> BROKEN_HEADERS = List.of(
			"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
			"content-length: 2\r\n\r\n",
			"Content-Length: abc\r\n\r\n",
			"Content-Length: \r\n\r\n",
			"Content-Length: 12x\r\n\r\n",
			"Content-Length: 1e2\r\n\r\n",
			"Content-Length: 0x10\r\n\r\n",
			"Content-Length: 99999999999\r\n\r\n",
			"Content-Length: -1\r\n\r\n",
			"Content-Length: -1000\r\n\r\n",
			"Content-Length: 0\r\n\r\n",
			"Content-Length: 1\r\n\r\n",
			"Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=no-such-charset\r\n\r\n",
			"Content-Length 2\r\n\r\n",
			"\r\n\r\n\r\n\r\n");

	/** Headers announcing a longer body than follows: the server takes the next bytes as the rest of it. */
	static final List<String> TOO_LONG = List.of("Content-Length: 100\r\n\r\n", "Content-Length: 2147483647\r\n\r\n");

	/** Well-framed bodies that are not JSON. */
	static final List<String> NOT_JSON = List.of("hello", "{", "}", "[1,2", "\"text\"", "42", "null", "true", " ",
			"{\"jsonrpc\":\"2.0\",\"id\":1,", "{'single': 'quotes'}", "\u0000\u0001\u0002", "{\"a\":1}}}}");

	/** Well-framed JSON that is not a JSON-RPC message. */
	static final List<String> NOT_JSON_RPC = List.of("{}", "{\"foo\":1}", "{\"jsonrpc\":\"2.0\"}", "{\"id\":7}",
			"{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"textDocument/hover\"}",
			"{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"textDocument/hover\"}",
			"{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"textDocument/hover\"}",
			"{\"jsonrpc\":\"2.0\",\"method\":42}",
			"{\"jsonrpc\":\"2.0\",\"method\":null,\"id\":8}",
			"{\"jsonrpc\":\"1.0\",\"id\":9,\"method\":\"shutdownx\"}",
			"{\"jsonrpc\":\"2.0\",\"id\":999999,\"result\":1}",
			"{\"jsonrpc\":\"2.0\",\"id\":999998,\"error\":{\"code\":1,\"message\":\"x\"}}",
			"{\"jsonrpc\":\"2.0\",\"result\":1}",
			"[]",
			"[{\"jsonrpc\":\"2.0\",\"id\":999997,\"method\":\"shutdown\"},{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}]");

	/** How long a request is waited for before it is taken as lost. */
	static final Duration LOST_AFTER = Duration.ofSeconds(3);

	private String probe;
	private int lostProbes;

	@BeforeEach
	void openProbe() {
		probe = uri("probe.privacy");
		client.didOpen(probe, MISSPELT);
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void survivesRandomBytes() throws Exception {
		Random random = new Random(20261128);
		long bytes = 0;
		for (int i = 0; i < RANDOM_CHUNKS; i++) {
			byte[] garbage = new byte[1 + random.nextInt(512)];
			random.nextBytes(garbage);
			client.sendRaw(garbage);
			bytes += garbage.length;
			assertAnswersNextRequest("random chunk " + i);
		}
		System.out.printf("random bytes: %d chunks, %d bytes, each followed by a request that was answered%n",
				RANDOM_CHUNKS, bytes);
		assertServerStillWorks();
		assertCleanShutdown();
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void survivesBrokenFraming() throws Exception {
		for (String header : BROKEN_HEADERS) {
			client.sendRaw(header + "{}");
			assertAnswersNextRequest(header);
		}
		for (String header : TOO_LONG) {
			client.sendRaw(header + "{}");
			assertAnswersOneOfTheNextTwoRequests(header);
		}
		assertThat(lostProbes).as("requests lost after a Content-Length too long")
				.isLessThanOrEqualTo(TOO_LONG.size());
		System.out.printf("broken framing: %d headers, %d too long (%d requests lost after them), 3 too short%n",
				BROKEN_HEADERS.size(), TOO_LONG.size(), lostProbes);
		// a Content-Length shorter than the body: the rest of the body is garbage
		String body = "{\"jsonrpc\":\"2.0\",\"id\":424242,\"method\":\"textDocument/hover\"}";
		for (int missing : new int[] {1, 10, body.length() - 1}) {
			client.sendRaw("Content-Length: " + (body.length() - missing) + "\r\n\r\n" + body);
			assertAnswersNextRequest("Content-Length " + missing + " bytes short");
		}
		assertServerStillWorks();
		assertCleanShutdown();
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void survivesBodiesThatAreNotJsonRpc() throws Exception {
		for (String body : NOT_JSON) {
			client.sendFramed(body);
			assertAnswersNextRequest(body);
		}
		for (String body : NOT_JSON_RPC) {
			client.sendFramed(body);
			assertAnswersNextRequest(body);
		}
		assertServerStillWorks();
		assertCleanShutdown();
	}

	/** A hover on the probe file, framed correctly, after whatever was sent before, is answered correctly. */
	private void assertAnswersNextRequest(String after) {
		JsonObject response = client.awaitResponse(hoverOnProbe());
		assertProbeAnswer(after, response);
	}

	/**
	 * As {@link #assertAnswersNextRequest(String)}, but the first request may be lost: taken as the rest of a body
	 * that a Content-Length announced longer than it was. The second must be answered.
	 */
	private void assertAnswersOneOfTheNextTwoRequests(String after) {
		int first = hoverOnProbe();
		JsonObject response;
		try {
			response = client.awaitResponse(first, LOST_AFTER);
		} catch (AssertionError lost) {
			lostProbes++;
			response = client.awaitResponse(hoverOnProbe());
		}
		assertProbeAnswer(after, response);
	}

	private int hoverOnProbe() {
		return client.request("textDocument/hover", ScriptedClient.textDocumentPosition(probe, 0, 9));
	}

	private static void assertProbeAnswer(String after, JsonObject response) {
		assertThat(response.has("result")).as("hover answered after %s: %s", after, response).isTrue();
		assertThat(response.get("result").toString()).as("after %s", after).contains("Incident");
	}

}
