package org.privacy.dsl.ide.server;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.validation.ReflectiveMessageValidator;

/**
 * Checks each request from the client against the protocol's types (LSP4J's {@link ReflectiveMessageValidator}:
 * {@code jsonrpc} is "2.0", required fields are present) before it runs, so that a request without, say, its text
 * document is answered InvalidParams, naming the missing field, instead of failing inside the server with an
 * InternalError. Notifications and {@code initialize} are passed on unchecked: clients are lax with them (a
 * notification cannot be answered anyway), and the server copes with what they leave out. A request the server does not
 * offer is not checked either: whatever its parameters, it is answered MethodNotFound ({@link ProtocolLifecycle}).
 */
final class IncomingRequestValidator implements MessageConsumer {

	private final MessageConsumer server;
	private final ReflectiveMessageValidator validator;
	private final ProtocolLifecycle lifecycle;

	IncomingRequestValidator(MessageConsumer server, ProtocolLifecycle lifecycle) {
		this.server = server;
		this.lifecycle = lifecycle;
		this.validator = new ReflectiveMessageValidator(server);
	}

	@Override
	public void consume(Message message) {
		if (message instanceof RequestMessage request && !"initialize".equals(request.getMethod())
				&& lifecycle.answers(request.getMethod())) {
			try {
				validator.consume(message);
			} catch (MessageIssueException e) {
				throw oneIssue(e);
			}
		} else {
			server.consume(message);
		}
	}

	/**
	 * LSP4J answers several issues as InvalidRequest, "multiple issues were found"; a request whose only problems are
	 * its parameters is answered InvalidParams, with each problem in the message.
	 */
	private static MessageIssueException oneIssue(MessageIssueException e) {
		List<MessageIssue> issues = e.getIssues();
		boolean onlyParams = issues.stream()
				.allMatch(i -> i.getIssueCode() == ResponseErrorCode.InvalidParams.getValue());
		if (issues.size() < 2 || !onlyParams) {
			return e;
		}
		String text = issues.stream().map(MessageIssue::getText).collect(Collectors.joining("; "));
		return new MessageIssueException(e.getRpcMessage(),
				new MessageIssue(text, ResponseErrorCode.InvalidParams.getValue()));
	}
}
