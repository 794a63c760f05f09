package org.privacy.dsl.ide.rename;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/** A rename the server refuses; the client shows the message to the user. */
public class RenameRefusedException extends ResponseErrorException {
	private static final long serialVersionUID = 1L;

	public RenameRefusedException(String message) {
		super(new ResponseError(ResponseErrorCode.RequestFailed, message, null));
	}
}
