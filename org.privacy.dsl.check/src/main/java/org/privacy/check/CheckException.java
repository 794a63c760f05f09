package org.privacy.check;

/**
 * Input a check cannot use, that the caller must fix: a data path that is neither a file nor a folder, a folder that
 * cannot be read, a policy jar without policies. The message is one plain sentence that quotes no data.
 */
public class CheckException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public CheckException(String message) {
		super(message, null, false, false);
	}
}
