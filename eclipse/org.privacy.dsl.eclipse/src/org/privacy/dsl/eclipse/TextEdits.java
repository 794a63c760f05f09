package org.privacy.dsl.eclipse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/** Text edits of the language's services applied to an Eclipse document, last first so offsets stay valid. */
final class TextEdits {

	private TextEdits() {
	}

	static void apply(IDocument target, List<TextEdit> edits) throws BadLocationException {
		Document positions = new Document(1, target.get());
		record Replacement(int start, int end, String text) {
		}
		List<Replacement> replacements = new ArrayList<>();
		for (TextEdit edit : edits) {
			replacements.add(new Replacement(positions.getOffSet(edit.getRange().getStart()),
					positions.getOffSet(edit.getRange().getEnd()), edit.getNewText()));
		}
		replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
		for (Replacement r : replacements) {
			target.replace(r.start(), r.end() - r.start(), r.text());
		}
	}

	/** Replaces {@code target}'s text by {@code text}, touching only the part between their common ends. */
	static void replaceAll(IDocument target, String text) throws BadLocationException {
		String old = target.get();
		int start = 0;
		int max = Math.min(old.length(), text.length());
		while (start < max && old.charAt(start) == text.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < max - start && old.charAt(old.length() - 1 - end) == text.charAt(text.length() - 1 - end)) {
			end++;
		}
		if (start == old.length() && start == text.length()) {
			return;
		}
		target.replace(start, old.length() - end - start, text.substring(start, text.length() - end));
	}
}
