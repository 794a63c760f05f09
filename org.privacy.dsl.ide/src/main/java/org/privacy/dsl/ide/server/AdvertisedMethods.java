package org.privacy.dsl.ide.server;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;

import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The requests that the server's capabilities, as sent in the answer to {@code initialize}, offer. LSP4J's service
 * interfaces have a method for every request of the protocol, and LSP4J routes a request to it whether or not the
 * server offers it; a method Xtext does not implement (such as {@code textDocument/semanticTokens/range}) then fails
 * with an InternalError and a stack trace. A request that is not offered is answered MethodNotFound instead, before
 * it reaches the server.
 * <p>
 * Each request of LSP 3.17 (and the few of 3.18 that LSP4J has) is offered when the property of the capabilities that
 * announces it is present and not {@code false}; a request missing from the table is never offered.
 */
final class AdvertisedMethods {

	/** Requests that every server answers: the protocol's life cycle. */
	private static final Set<String> ALWAYS = Set.of("initialize", "shutdown");

	/** For each request, the property of {@link ServerCapabilities} (a dotted path in its JSON) that offers it. */
	private static final Map<String, String> OFFERED_BY = Map.ofEntries(
			entry("textDocument/completion", "completionProvider"),
			entry("completionItem/resolve", "completionProvider.resolveProvider"),
			entry("textDocument/hover", "hoverProvider"),
			entry("textDocument/signatureHelp", "signatureHelpProvider"),
			entry("textDocument/declaration", "declarationProvider"),
			entry("textDocument/definition", "definitionProvider"),
			entry("textDocument/typeDefinition", "typeDefinitionProvider"),
			entry("textDocument/implementation", "implementationProvider"),
			entry("textDocument/references", "referencesProvider"),
			entry("textDocument/documentHighlight", "documentHighlightProvider"),
			entry("textDocument/documentSymbol", "documentSymbolProvider"),
			entry("textDocument/codeAction", "codeActionProvider"),
			entry("codeAction/resolve", "codeActionProvider.resolveProvider"),
			entry("textDocument/codeLens", "codeLensProvider"),
			entry("codeLens/resolve", "codeLensProvider.resolveProvider"),
			entry("textDocument/documentLink", "documentLinkProvider"),
			entry("documentLink/resolve", "documentLinkProvider.resolveProvider"),
			entry("textDocument/documentColor", "colorProvider"),
			entry("textDocument/colorPresentation", "colorProvider"),
			entry("textDocument/formatting", "documentFormattingProvider"),
			entry("textDocument/rangeFormatting", "documentRangeFormattingProvider"),
			entry("textDocument/rangesFormatting", "documentRangeFormattingProvider.rangesSupport"),
			entry("textDocument/onTypeFormatting", "documentOnTypeFormattingProvider"),
			entry("textDocument/rename", "renameProvider"),
			// offered with rename: the protocol lets a server announce it only to clients that support it, and a
			// client that sends it anyway is better answered than refused
			entry("textDocument/prepareRename", "renameProvider"),
			entry("textDocument/foldingRange", "foldingRangeProvider"),
			entry("textDocument/selectionRange", "selectionRangeProvider"),
			entry("textDocument/prepareCallHierarchy", "callHierarchyProvider"),
			entry("callHierarchy/incomingCalls", "callHierarchyProvider"),
			entry("callHierarchy/outgoingCalls", "callHierarchyProvider"),
			entry("textDocument/prepareTypeHierarchy", "typeHierarchyProvider"),
			entry("typeHierarchy/supertypes", "typeHierarchyProvider"),
			entry("typeHierarchy/subtypes", "typeHierarchyProvider"),
			entry("textDocument/semanticTokens/full", "semanticTokensProvider.full"),
			entry("textDocument/semanticTokens/full/delta", "semanticTokensProvider.full.delta"),
			entry("textDocument/semanticTokens/range", "semanticTokensProvider.range"),
			entry("textDocument/linkedEditingRange", "linkedEditingRangeProvider"),
			entry("textDocument/moniker", "monikerProvider"),
			entry("textDocument/inlayHint", "inlayHintProvider"),
			entry("inlayHint/resolve", "inlayHintProvider.resolveProvider"),
			entry("textDocument/inlineValue", "inlineValueProvider"),
			entry("textDocument/inlineCompletion", "inlineCompletionProvider"),
			entry("textDocument/diagnostic", "diagnosticProvider"),
			entry("workspace/diagnostic", "diagnosticProvider.workspaceDiagnostics"),
			entry("textDocument/willSaveWaitUntil", "textDocumentSync.willSaveWaitUntil"),
			entry("workspace/symbol", "workspaceSymbolProvider"),
			entry("workspaceSymbol/resolve", "workspaceSymbolProvider.resolveProvider"),
			entry("workspace/executeCommand", "executeCommandProvider"),
			entry("workspace/willCreateFiles", "workspace.fileOperations.willCreate"),
			entry("workspace/willRenameFiles", "workspace.fileOperations.willRename"),
			entry("workspace/willDeleteFiles", "workspace.fileOperations.willDelete"),
			entry("workspace/textDocumentContent", "workspace.textDocumentContent"));

	private final JsonObject capabilities;

	private AdvertisedMethods(JsonObject capabilities) {
		this.capabilities = capabilities;
	}

	/** The requests that {@code capabilities} offer. */
	static AdvertisedMethods of(ServerCapabilities capabilities) {
		// LSP4J's own Gson: the JSON the client received, with its unions (Either) written as the protocol has them
		JsonElement json = new MessageJsonHandler(Map.of()).getGson().toJsonTree(capabilities);
		return new AdvertisedMethods(json.isJsonObject() ? json.getAsJsonObject() : new JsonObject());
	}

	/** Whether the request {@code method} is offered. */
	boolean offers(String method) {
		if (ALWAYS.contains(method)) {
			return true;
		}
		String path = OFFERED_BY.get(method);
		return path != null && isOffered(path);
	}

	private boolean isOffered(String path) {
		JsonElement value = capabilities;
		for (String property : path.split("\\.")) {
			if (!value.isJsonObject()) {
				return false;
			}
			value = value.getAsJsonObject().get(property);
			if (value == null || value.isJsonNull()) {
				return false;
			}
		}
		return !(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && !value.getAsBoolean());
	}
}
