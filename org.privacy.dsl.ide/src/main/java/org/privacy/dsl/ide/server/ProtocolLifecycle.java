package org.privacy.dsl.ide.server;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Answers with the protocol's errors the requests that the server must not run: a method it does not know
 * (MethodNotFound; Xtext would answer InternalError with a stack trace), a request without the parameters its method
 * needs (InvalidParams), a request before {@code initialize} (ServerNotInitialized), a second {@code initialize} and
 * any request after {@code shutdown} (InvalidRequest, as the protocol asks), and, once initialized, a request that the
 * capabilities sent in answer to {@code initialize} do not offer (MethodNotFound, see {@link AdvertisedMethods}).
 * Notifications before {@code initialize} are dropped, except {@code exit}. Everything else goes to the server.
 */
final class ProtocolLifecycle implements Endpoint {

	/** The only request without parameters. */
	private static final String SHUTDOWN = "shutdown";
	private static final String INITIALIZE = "initialize";

	private final Endpoint server;
	private final Set<String> methods;
	private volatile boolean initializing;
	/** What the answer to {@code initialize} offers; until it is sent, nothing but the life cycle. */
	private volatile AdvertisedMethods advertised;
	private volatile boolean shutDown;

	/**
	 * @param server the server's endpoint
	 * @param methods the methods (requests and notifications) that the server supports
	 */
	ProtocolLifecycle(Endpoint server, Set<String> methods) {
		this.server = server;
		this.methods = Set.copyOf(methods);
	}

	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!methods.contains(method)) {
			return error(ResponseErrorCode.MethodNotFound, "unknown method '" + method + "'");
		}
		if (shutDown) {
			return error(ResponseErrorCode.InvalidRequest,
					"the server has been shut down: '" + method + "' is not answered, only 'exit' is expected");
		}
		if (INITIALIZE.equals(method)) {
			if (initializing) {
				return error(ResponseErrorCode.InvalidRequest, "the server is already initialized");
			}
			initializing = true;
		} else if (!initializing) {
			return error(ResponseErrorCode.ServerNotInitialized, "'" + method + "' before 'initialize'");
		}
		if (!answers(method)) {
			return error(ResponseErrorCode.MethodNotFound, "'" + method
					+ "' is not offered by this server: its capabilities, in the answer to 'initialize', do not list it");
		}
		if (parameter == null && !SHUTDOWN.equals(method)) {
			return error(ResponseErrorCode.InvalidParams, "'" + method + "' needs parameters");
		}
		if (SHUTDOWN.equals(method)) {
			shutDown = true;
		}
		if (INITIALIZE.equals(method)) {
			return server.request(method, parameter).thenApply(result -> {
				if (result instanceof InitializeResult initialized) {
					advertised = AdvertisedMethods.of(initialized.getCapabilities());
				}
				return result;
			});
		}
		return server.request(method, parameter);
	}

	/**
	 * Whether a request of {@code method} is passed on to the server: it is one of the protocol's, and, once the
	 * server is initialized, its capabilities offer it (before, the request is answered ServerNotInitialized).
	 */
	boolean answers(String method) {
		if (!methods.contains(method)) {
			return false;
		}
		AdvertisedMethods offered = advertised;
		return offered == null || offered.offers(method);
	}

	@Override
	public void notify(String method, Object parameter) {
		if (initializing || "exit".equals(method)) {
			server.notify(method, parameter);
		}
	}

	private static CompletableFuture<?> error(ResponseErrorCode code, String message) {
		return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(code, message, null)));
	}
}
