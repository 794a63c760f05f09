package org.privacy.cli.command;

/** The forms a {@code privacy check} report takes. */
public enum ReportFormat {
	/** For a data protection officer: findings grouped by article, then rule. */
	TEXT,
	/** For tools: one object with a summary, the findings and the data problems. */
	JSON,
	/** For a data protection officer, on screen or printed: one self-contained page with a chart. */
	HTML,
	/**
	 * For tools and millions of records: JSON Lines, one finding (or outcome) per line with the fields of the JSON
	 * report's findings, written as the check goes; {@code privacy check} only.
	 */
	JSONL
}
