package org.privacy.dsl.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;

/**
 * What the client is told when a request fails inside the server. LSP4J's default sends the stack trace as the
 * error's data, and Xtext's message for a position outside the text carries the whole text: for a large file, megabytes
 * in one response. Here the client gets one short line (InvalidParams for a position outside the document,
 * InternalError otherwise) and the stack trace goes to standard error.
 */
final class RequestFailures {

	private static final Logger LOG = Logger.getLogger(RequestFailures.class.getName());
	private static final int MAX_MESSAGE = 200;

	private RequestFailures() {
	}

	static ResponseError toResponseError(Throwable failure) {
		Throwable cause = unwrap(failure);
		if (cause instanceof ResponseErrorException error) {
			return error.getResponseError();
		}
		if (isPositionOutside(cause)) {
			return new ResponseError(ResponseErrorCode.InvalidParams, "position outside the document", null);
		}
		if (cause instanceof OutOfMemoryError) {
			// the request's objects are garbage now: the server goes on
			LOG.log(Level.SEVERE, "request ran out of memory: " + cause.getMessage());
			return new ResponseError(ResponseErrorCode.InternalError, "the language server ran out of memory ("
					+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB) answering this request; it goes on,"
					+ " and more memory (-Xmx) would let it answer", null);
		}
		LOG.log(Level.SEVERE, "request failed", cause);
		return new ResponseError(ResponseErrorCode.InternalError,
				"internal error (the server's standard error has the details): " + firstLine(cause), null);
	}

	/**
	 * Whether {@code failure} is the client's mistake, answered with the protocol's error: Xtext logs it as an error
	 * of the server, with a stack trace (and, for a position outside the text, the whole text), which it is not.
	 */
	static boolean isAnsweredAsProtocolError(Throwable failure) {
		Throwable cause = unwrap(failure);
		return cause instanceof ResponseErrorException || isPositionOutside(cause);
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof InvocationTargetException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** Xtext's {@link Document} throws this for a position that is not in its text. */
	private static boolean isPositionOutside(Throwable t) {
		StackTraceElement[] trace = t.getStackTrace();
		return t instanceof IndexOutOfBoundsException && trace.length > 0
				&& trace[0].getClassName().equals(Document.class.getName());
	}

	private static String firstLine(Throwable t) {
		String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
		int end = message.indexOf('\n');
		String line = end < 0 ? message : message.substring(0, end);
		return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "...";
	}
}
