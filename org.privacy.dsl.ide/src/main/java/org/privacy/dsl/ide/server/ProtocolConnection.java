package org.privacy.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Connects the language server to a client's streams: LSP4J's launcher, with the input read by a
 * {@link ResyncingMessageProducer}, incoming requests checked by {@link IncomingRequestValidator} and answered
 * through {@link ProtocolLifecycle}, and failures reported by {@link RequestFailures}.
 */
final class ProtocolConnection {

	private ProtocolConnection() {
	}

	/** A launcher for {@code server} on these streams; its client proxy is already given to the server. */
	static Launcher<LanguageClient> create(LanguageServerImpl server, InputStream in, OutputStream out,
			boolean trace) {
		Launcher<LanguageClient> launcher = new Builder(server).setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
				.setExceptionHandler(RequestFailures::toResponseError)
				.traceMessages(trace ? new PrintWriter(System.err, true) : null).create();
		server.connect(launcher.getRemoteProxy());
		return launcher;
	}

	private static final class Builder extends Launcher.Builder<LanguageClient> {

		private final LanguageServerImpl server;
		private MessageJsonHandler jsonHandler;
		private RemoteEndpoint remoteEndpoint;
		private ProtocolLifecycle lifecycle;

		Builder(LanguageServerImpl server) {
			this.server = server;
		}

		/** As LSP4J's, with the server's endpoint behind {@link ProtocolLifecycle}. */
		@Override
		protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
			MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, handler));
			lifecycle = new ProtocolLifecycle(ServiceEndpoints.toEndpoint(List.copyOf(localServices)),
					server.supportedMethods().keySet());
			Endpoint local = lifecycle;
			RemoteEndpoint endpoint = exceptionHandler == null ? new RemoteEndpoint(outgoing, local)
					: new RemoteEndpoint(outgoing, local, exceptionHandler);
			handler.setMethodProvider(endpoint);
			endpoint.setJsonHandler(handler);
			this.jsonHandler = handler;
			this.remoteEndpoint = endpoint;
			return endpoint;
		}

		/** LSP4J's message processor, reading with a {@link ResyncingMessageProducer} instead of its producer. */
		@Override
		protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader,
				MessageConsumer messageConsumer, LanguageClient remoteProxy) {
			return super.createMessageProcessor(new ResyncingMessageProducer(input, jsonHandler, remoteEndpoint),
					new IncomingRequestValidator(messageConsumer, lifecycle), remoteProxy);
		}
	}
}
