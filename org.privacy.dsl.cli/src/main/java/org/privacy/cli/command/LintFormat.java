package org.privacy.cli.command;

/** The forms a {@code privacy lint} report takes. */
public enum LintFormat {
	/** For people: {@code file:line:column: severity CODE: message} lines and a summary. */
	TEXT,
	/** For code review tools: SARIF 2.1.0. */
	SARIF
}
