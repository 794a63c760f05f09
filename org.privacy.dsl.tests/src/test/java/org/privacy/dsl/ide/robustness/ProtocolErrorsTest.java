package org.privacy.dsl.ide.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.ide.robustness.ScriptedClient.position;
import static org.privacy.dsl.ide.robustness.ScriptedClient.textDocument;
import static org.privacy.dsl.ide.robustness.ScriptedClient.textDocumentPosition;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Well-formed JSON-RPC that the server cannot serve: unknown methods, wrong parameters, documents it does not know.
 * Each request gets the protocol's error (or an empty result where there is nothing to say), and the server goes on.
 */
class ProtocolErrorsTest extends RobustnessTestBase {

	static final int METHOD_NOT_FOUND = -32601;
	static final int INVALID_PARAMS = -32602;
	static final int INVALID_REQUEST = -32600;
	static final int PARSE_ERROR = -32700;
	static final int INTERNAL_ERROR = -32603;

	/** Requests about a document, asked of documents the server does not know. */
	static final List<String> DOCUMENT_REQUESTS = List.of("textDocument/hover", "textDocument/completion",
			"textDocument/definition", "textDocument/references", "textDocument/documentHighlight",
			"textDocument/documentSymbol", "textDocument/formatting", "textDocument/rangeFormatting",
			"textDocument/codeAction", "textDocument/codeLens", "textDocument/foldingRange",
			"textDocument/semanticTokens/full", "textDocument/inlayHint", "textDocument/rename",
			"textDocument/prepareRename", "textDocument/signatureHelp");

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void unknownRequestsAreMethodNotFoundAndUnknownNotificationsIgnored() throws Exception {
		for (String method : List.of("foo/bar", "textDocument/unknown", "$/unknownRequest", "workspace/x", "")) {
			JsonObject response = client.call(method, new JsonObject());
			assertThat(errorCode(response)).as("%s: %s", method, response).isEqualTo(METHOD_NOT_FOUND);
		}
		for (String method : List.of("foo/bar", "$/unknownNotification", "textDocument/unknown")) {
			client.notify(method, new JsonObject());
		}
		// a cancellation of a request that does not exist
		JsonObject cancel = new JsonObject();
		cancel.addProperty("id", 123456);
		client.notify("$/cancelRequest", cancel);
		assertServerStillWorks();
		assertThat(client.receivedMatching(m -> m.has("id") && m.get("id").isJsonNull()))
				.as("notifications are never answered").isEmpty();
		assertCleanShutdown();
	}

	/** The requests the server offers to a client that declares nothing, as {@link ScriptedClient} does. */
	static final Set<String> OFFERED = Set.of("textDocument/hover", "textDocument/completion",
			"textDocument/signatureHelp", "textDocument/definition", "textDocument/references",
			"textDocument/documentHighlight", "textDocument/documentSymbol", "textDocument/codeAction",
			"textDocument/codeLens", "textDocument/formatting", "textDocument/rangeFormatting", "textDocument/rename",
			"textDocument/prepareRename", "textDocument/foldingRange", "textDocument/semanticTokens/full",
			"textDocument/inlayHint", "workspace/symbol", "workspace/executeCommand");

	/**
	 * Issue 10: {@code textDocument/semanticTokens/range}, not offered, was answered InternalError with a stack trace.
	 * Every request of the protocol that LSP4J routes is asked: those the capabilities offer are served, the others are
	 * MethodNotFound, none is an internal error.
	 */
	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void requestsThatAreNotOfferedAreMethodNotFound() throws Exception {
		String uri = uri("rules.privacy");
		client.didOpen(uri, MISSPELT);
		client.awaitDiagnostics(uri, d -> !d.isEmpty(), "the diagnostics of " + uri);

		JsonObject range = client.call("textDocument/semanticTokens/range", documentRequest(uri));
		assertThat(errorCode(range)).as("%s", range).isEqualTo(METHOD_NOT_FOUND);
		assertThat(range.getAsJsonObject("error").get("data")).as("no stack trace").isNull();

		Set<String> requests = new TreeSet<>();
		ServiceEndpoints.getSupportedMethods(LanguageServer.class).forEach((method, rpc) -> {
			if (!rpc.isNotification() && !method.equals("initialize") && !method.equals("shutdown")) {
				requests.add(method);
			}
		});
		assertThat(requests).as("LSP4J's requests").hasSizeGreaterThan(40).containsAll(OFFERED);
		for (String method : requests) {
			JsonObject response = client.call(method, documentRequest(uri));
			// null when answered with a result
			Object code = errorCode(response);
			assertThat(code).as("%s: %s", method, response).isNotEqualTo(INTERNAL_ERROR);
			assertThat(response.toString()).as(method).doesNotContain("Exception", "\\tat ");
			if (OFFERED.contains(method)) {
				assertThat(code).as("%s: %s", method, response).isNotEqualTo(METHOD_NOT_FOUND);
			} else {
				assertThat(errorCode(response)).as("%s: %s", method, response).isEqualTo(METHOD_NOT_FOUND);
			}
		}
		assertServerStillWorks();
		assertCleanShutdown();
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void requestsWithWrongParametersAreInvalidParams() throws Exception {
		String uri = uri("rules.privacy");
		client.didOpen(uri, MISSPELT);
		// parameters missing or incomplete: InvalidParams, naming what is missing
		assertThat(errorCode(client.call("textDocument/hover", null))).isEqualTo(INVALID_PARAMS);
		JsonObject empty = client.call("textDocument/hover", new JsonObject());
		assertThat(errorCode(empty)).isEqualTo(INVALID_PARAMS);
		assertThat(empty.getAsJsonObject("error").get("message").getAsString()).contains("textDocument", "position");
		JsonObject noUri = new JsonObject();
		noUri.add("textDocument", new JsonObject());
		noUri.add("position", position(0, 0));
		JsonObject noUriResponse = client.call("textDocument/definition", noUri);
		assertThat(errorCode(noUriResponse)).isEqualTo(INVALID_PARAMS);
		assertThat(noUriResponse.getAsJsonObject("error").get("message").getAsString()).contains("uri");
		JsonObject noOptions = new JsonObject();
		noOptions.add("textDocument", textDocument(uri));
		assertThat(errorCode(client.call("textDocument/formatting", noOptions))).isEqualTo(INVALID_PARAMS);

		// parameters of the wrong JSON type cannot be read into the protocol's types: LSP4J answers ParseError
		for (String params : List.of("\"text\"", "[]", "42", "{\"textDocument\":{\"uri\":\"" + uri
				+ "\"},\"position\":{\"line\":\"zero\",\"character\":0}}")) {
			JsonObject response = client.call("textDocument/hover", JsonParser.parseString(params));
			assertThat(errorCode(response)).as("hover with %s: %s", params, response).isEqualTo(PARSE_ERROR);
		}

		// JSON nested 100,000 deep where the protocol allows any value: Gson stops at 255 levels, ParseError
		int depth = 100_000;
		int nestedId = client.freshId();
		client.sendFramed("{\"jsonrpc\":\"2.0\",\"id\":" + nestedId + ",\"method\":\"workspace/executeCommand\","
				+ "\"params\":{\"command\":\"privacy.runScenarios\",\"arguments\":" + "[".repeat(depth)
				+ "]".repeat(depth) + "}}");
		assertThat(errorCode(client.awaitResponse(nestedId))).isEqualTo(PARSE_ERROR);

		// a JSON-RPC version other than 2.0: LSP4J does not look at it, and answers
		int id = client.freshId();
		client.sendFramed("{\"jsonrpc\":\"1.0\",\"id\":" + id + ",\"method\":\"textDocument/hover\",\"params\":"
				+ textDocumentPosition(uri, 0, 9) + "}");
		assertThat(client.awaitResponse(id).getAsJsonObject("result").toString()).contains("Incident");

		// positions outside the text: InvalidParams or an empty answer, in a short response (Xtext's message for a
		// position outside the text carries the whole text)
		for (JsonObject outside : List.of(position(-1, 0), position(0, -5), position(9999, 0), position(3, 9999))) {
			JsonObject params = new JsonObject();
			params.add("textDocument", textDocument(uri));
			params.add("position", outside);
			JsonObject response = client.call("textDocument/hover", params);
			assertThat(response.has("result") || errorCode(response) == INVALID_PARAMS).as("%s", response).isTrue();
			assertThat(response.toString()).as("%s", outside).doesNotContain("personalData").hasSizeLessThan(500);
		}
		assertThat(client.stderr()).as("the text is not logged").doesNotContain("personalDta");
		// a second initialize
		JsonObject again = new JsonObject();
		again.add("capabilities", new JsonObject());
		assertThat(errorCode(client.call("initialize", again))).isEqualTo(INVALID_REQUEST);

		assertServerStillWorks();
		assertCleanShutdown();
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void requestsAboutUnknownDocumentsAreInvalidParams() throws Exception {
		List<String> unknown = List.of(uri("never-opened.privacy"), "file:///no/such/folder/rules.privacy");
		for (String method : DOCUMENT_REQUESTS) {
			for (String uri : unknown) {
				JsonObject response = client.call(method, documentRequest(uri));
				assertThat(errorCode(response)).as("%s on %s: %s", method, uri, response).isEqualTo(INVALID_PARAMS);
				assertThat(response.getAsJsonObject("error").get("message").getAsString()).contains(uri);
			}
		}
		// a file of the workspace that is on disk but not open is read from disk
		Files.writeString(workspace.resolve("on-disk.privacy"), MISSPELT);
		JsonObject onDisk = client.call("textDocument/hover", textDocumentPosition(uri("on-disk.privacy"), 0, 9));
		assertThat(onDisk.getAsJsonObject("result").toString()).contains("Incident");
		// documents of no language the server knows: nothing to say
		for (String uri : List.of(uri("notes.txt"), "untitled:Untitled-1")) {
			JsonObject hover = client.call("textDocument/hover", documentRequest(uri));
			assertThat(hover.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString())
					.isEmpty();
			JsonObject completion = client.call("textDocument/completion", documentRequest(uri));
			assertThat(completion.getAsJsonObject("result").getAsJsonArray("items")).isEmpty();
		}
		assertThat(client.stderr()).as("errors answered to the client are not logged as the server's errors")
				.doesNotContain("Error during request", "unknown document");
		// changes to and closing of documents that were never opened are ignored (and logged)
		JsonObject change = new JsonObject();
		JsonObject versioned = textDocument(uri("never-opened.privacy"));
		versioned.addProperty("version", 2);
		change.add("textDocument", versioned);
		JsonArray changes = new JsonArray();
		JsonObject whole = new JsonObject();
		whole.addProperty("text", "entity X { id: text key }");
		changes.add(whole);
		change.add("contentChanges", changes);
		client.notify("textDocument/didChange", change);
		JsonObject close = new JsonObject();
		close.add("textDocument", textDocument(uri("never-opened.privacy")));
		client.notify("textDocument/didClose", close);
		client.notify("textDocument/didOpen", new JsonObject());
		client.notify("textDocument/didOpen", null);

		assertServerStillWorks();
		assertCleanShutdown();
	}

	/** Parameters that fit every request of {@link #DOCUMENT_REQUESTS}. */
	private static JsonObject documentRequest(String uri) {
		JsonObject params = textDocumentPosition(uri, 0, 0);
		JsonObject range = new JsonObject();
		range.add("start", position(0, 0));
		range.add("end", position(1, 0));
		params.add("range", range);
		JsonObject options = new JsonObject();
		options.addProperty("tabSize", 4);
		options.addProperty("insertSpaces", false);
		params.add("options", options);
		JsonObject context = new JsonObject();
		context.add("diagnostics", new JsonArray());
		context.addProperty("includeDeclaration", true);
		context.addProperty("triggerKind", 1);
		params.add("context", context);
		params.addProperty("newName", "renamed");
		return params;
	}
}
