package org.privacy.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/**
 * Units after a number in a deadline or a shift: {@code within 72} completes to {@code 72h}, {@code 72 hours}, ...
 * and {@code within 1 } to {@code hour}, {@code day}, ... The proposals come from the text before the caret, since the
 * parser reads {@code 72h} as one token and {@code 72 hours} as two.
 */
final class DurationProposals {

	private static final Pattern NUMBER_AT_CARET = Pattern.compile("(?:\\bwithin|[+-])\\s+(\\d+)$");
	private static final Pattern UNIT_AT_CARET = Pattern.compile("(?:\\bwithin|[+-])\\s+(\\d+)[ \\t]+([a-z]*)$");

	private record Unit(String singular, String plural, String compact, String description) {
	}

	private static final List<Unit> UNITS = List.of(
			new Unit("hour", "hours", "h", "exact: 60 minutes each"),
			new Unit("day", "days", "d", "exact: 24 hours each, whatever the clocks do"),
			new Unit("week", "weeks", "w", "exact: 7 days each"),
			new Unit("month", "months", null, "calendar: the same day of a later month, or its last day"),
			new Unit("year", "years", null, "calendar: the same day of a later year"),
			new Unit("minute", "minutes", null, "exact"));

	private DurationProposals() {
	}

	/** The proposals for the text before the caret, or an empty list when the caret is not after such a number. */
	static List<ContentAssistEntry> at(String textBeforeCaret) {
		List<ContentAssistEntry> entries = new ArrayList<>();
		Matcher number = NUMBER_AT_CARET.matcher(textBeforeCaret);
		if (number.find()) {
			String amount = number.group(1);
			for (Unit unit : UNITS) {
				if (unit.compact() != null) {
					entries.add(entry(amount + unit.compact(), amount, unit.description()));
				}
				entries.add(entry(amount + " " + name(unit, amount), amount, unit.description()));
			}
			return entries;
		}
		Matcher unitWord = UNIT_AT_CARET.matcher(textBeforeCaret);
		if (unitWord.find()) {
			String amount = unitWord.group(1);
			String typed = unitWord.group(2);
			for (Unit unit : UNITS) {
				String name = name(unit, amount);
				if (name.startsWith(typed)) {
					entries.add(entry(name, typed, unit.description()));
				}
			}
		}
		return entries;
	}

	private static String name(Unit unit, String amount) {
		return amount.equals("1") ? unit.singular() : unit.plural();
	}

	private static ContentAssistEntry entry(String proposal, String prefix, String description) {
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setProposal(proposal);
		entry.setPrefix(prefix);
		entry.setKind(ContentAssistEntry.KIND_UNIT);
		entry.setDescription(description);
		return entry;
	}
}
