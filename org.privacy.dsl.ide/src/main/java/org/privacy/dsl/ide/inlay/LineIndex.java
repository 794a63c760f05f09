package org.privacy.dsl.ide.inlay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.lsp4j.Position;

/** Converts between offsets and positions of one text in logarithmic time (a document's own lookups are linear). */
final class LineIndex {

	private final int[] lineStarts;
	private final int length;

	LineIndex(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
		length = text.length();
	}

	Position position(int offset) {
		int clamped = Math.max(0, Math.min(offset, length));
		int found = Arrays.binarySearch(lineStarts, clamped);
		int line = found >= 0 ? found : -found - 2;
		return new Position(line, clamped - lineStarts[line]);
	}

	/** The offset of a position; a position past the end of a line or of the text is clamped to it. */
	int offset(Position position) {
		if (position.getLine() >= lineStarts.length) {
			return length;
		}
		int start = lineStarts[Math.max(0, position.getLine())];
		int end = position.getLine() + 1 < lineStarts.length ? lineStarts[position.getLine() + 1] - 1 : length;
		return Math.min(start + Math.max(0, position.getCharacter()), end);
	}
}
