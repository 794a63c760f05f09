package org.privacy.dsl.benchmarks;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor's side of an in-process language server: keeps what the server publishes, ignores the rest. */
public final class DiagnosticsClient implements LanguageClient {
	private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

	/** The diagnostics published so far and not yet taken, oldest first. */
	public BlockingQueue<PublishDiagnosticsParams> published() {
		return published;
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		published.add(diagnostics);
	}

	@Override
	public void telemetryEvent(Object object) {
		// not needed
	}

	@Override
	public void showMessage(MessageParams messageParams) {
		// not needed
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		// not needed
	}
}
