package org.privacy.dsl.ide.server;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Answers with the protocol's errors the requests that the server must not run: a method it does not know
 * (MethodNotFound; Xtext would answer InternalError with a stack trace), a request without the parameters its method
 * needs (InvalidParams), a request before {@code initialize} (ServerNotInitialized), a second {@code initialize} and
 * any request after {@code shutdown} (InvalidRequest, as the protocol asks). Notifications before {@code initialize} are dropped,
 * except {@code exit}. Everything else goes to the server.
 */
final class ProtocolLifecycle implements Endpoint {

	/** The only request without parameters. */
	private static final String SHUTDOWN = "shutdown";
	private static final String INITIALIZE = "initialize";

	private final Endpoint server;
	private final Set<String> methods;
	private volatile boolean initializing;
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
		if (parameter == null && !SHUTDOWN.equals(method)) {
			return error(ResponseErrorCode.InvalidParams, "'" + method + "' needs parameters");
		}
		if (SHUTDOWN.equals(method)) {
			shutDown = true;
		}
		return server.request(method, parameter);
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
