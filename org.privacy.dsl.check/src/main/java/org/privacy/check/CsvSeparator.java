package org.privacy.check;

/**
 * Which character separates the cells of a CSV file, judged from its header row, for every reader of CSV (the
 * check's and the Spark module's): a comma, unless the header row has none outside quotes and has a semicolon (as
 * spreadsheets set to French and other locales with decimal commas export CSV), or else a tab.
 */
public final class CsvSeparator {
	private CsvSeparator() {
	}

	/** The separator of a file whose first line is {@code header} (without its line break). */
	public static char of(CharSequence header) {
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted) {
				commas += c == ',' ? 1 : 0;
				semicolons += c == ';' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		return commas > 0 || semicolons + tabs == 0 ? ',' : semicolons > 0 ? ';' : '\t';
	}
}
