package org.privacy.spark;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into its cells (RFC 4180 quoting), to check that a row has as many cells as the header. */
final class CsvLines {
	private CsvLines() {
	}

	/**
	 * The cells of {@code line} separated by {@code separator}, unquoted; {@code null} if a quoted cell is not closed
	 * on the line.
	 */
	static List<String> cells(String line, char separator) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			} else if (c != '\r') {
				cell.append(c);
			}
		}
		if (quoted) {
			return null;
		}
		cells.add(cell.toString());
		return cells;
	}
}
