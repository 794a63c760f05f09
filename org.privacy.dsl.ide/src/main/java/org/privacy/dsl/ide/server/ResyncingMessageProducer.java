package org.privacy.dsl.ide.server;

import java.io.InputStream;

import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;

/**
 * Reads framed messages like LSP4J's producer, but finds the next message again after bytes that are not the
 * protocol. LSP4J reads a header line up to its line break; a message body has no line break after it, so stray bytes
 * (garbage, a body without {@code Content-Length}, a {@code Content-Length} that is too short) run into the next
 * header line, {@code garbage}{@code Content-Length: 52}, which it then does not recognise, and so on for every
 * following message: one stray byte lost the rest of the session. Here a header line that contains
 * {@code Content-Length:} after other text is read from there.
 */
class ResyncingMessageProducer extends StreamMessageProducer {

	ResyncingMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler) {
		super(input, jsonHandler, issueHandler);
	}

	@Override
	protected void parseHeader(String line, Headers headers) {
		int header = line.lastIndexOf(CONTENT_LENGTH_HEADER + ":");
		super.parseHeader(header > 0 ? line.substring(header) : line, headers);
	}
}
