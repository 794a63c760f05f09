package org.privacy.runtime;

/**
 * The sentences of findings, in one place, so every generated validator explains itself the same way. Called only
 * when there is something to report.
 */
public final class Explanations {
	private Explanations() {
	}

	/** How a record is named: {@code security incident inc-0001 (breach)}. */
	public static String subject(String entityWords, String key, String activity) {
		StringBuilder b = new StringBuilder(entityWords);
		if (key != null) {
			b.append(' ').append(key);
		}
		if (activity != null) {
			b.append(" (").append(activity).append(')');
		}
		return b.toString();
	}

	/** An obligation not met: {@code ... does not meet "optin"; required by CPCE art. L34-5}. */
	public static String notMet(String subject, String requirement, RuleInfo rule) {
		return subject + " does not meet \"" + requirement + "\"; required by " + rule.basesText();
	}

	/**
	 * A compound obligation not met, naming its parts that were not met:
	 * {@code ... does not meet "senderNamed and optOutLink" (not met: optOutLink); required by ...}.
	 */
	public static String notMet(String subject, String requirement, java.util.List<String> partsNotMet,
			RuleInfo rule) {
		if (partsNotMet.isEmpty()) {
			return notMet(subject, requirement, rule);
		}
		return subject + " does not meet \"" + requirement + "\" (not met: " + quoted(partsNotMet) + "); required by "
				+ rule.basesText();
	}

	/**
	 * A compound prohibition broken, naming its parts that held:
	 * {@code ... shows "a or b" (holds: b), which is forbidden by ...}.
	 */
	public static String forbidden(String subject, String condition, java.util.List<String> partsThatHeld,
			RuleInfo rule) {
		if (partsThatHeld.isEmpty()) {
			return forbidden(subject, condition, rule);
		}
		return subject + " shows \"" + condition + "\" (holds: " + quoted(partsThatHeld) + "), which is forbidden by "
				+ rule.basesText();
	}

	/**
	 * An obligation not met, with the values it compared: {@code ... does not meet "attempts <= maxAttempts"
	 * (attempts 5 > maxAttempts (3)); required by ...}.
	 */
	public static String notMetShowing(String subject, String requirement, String values, RuleInfo rule) {
		return subject + " does not meet \"" + requirement + "\" (" + values + "); required by " + rule.basesText();
	}

	/** A prohibition broken, with the values it compared: {@code ... shows "a > b" (a 5 > b (3)), which is ...}. */
	public static String forbiddenShowing(String subject, String condition, String values, RuleInfo rule) {
		return subject + " shows \"" + condition + "\" (" + values + "), which is forbidden by " + rule.basesText();
	}

	/**
	 * A compound obligation not met, naming its parts not met and, for a part that compares with a parameter, the
	 * values compared ({@code values} holds one entry per part, {@code null} for none): {@code (not met:
	 * "senderNamed", "attempts <= maxAttempts" (attempts 5 > maxAttempts (3)))}.
	 */
	public static String notMet(String subject, String requirement, java.util.List<String> partsNotMet,
			java.util.List<String> values, RuleInfo rule) {
		if (partsNotMet.isEmpty()) {
			return notMet(subject, requirement, rule);
		}
		return subject + " does not meet \"" + requirement + "\" (not met: " + quoted(partsNotMet, values)
				+ "); required by " + rule.basesText();
	}

	/** A compound prohibition broken, naming its parts that held and the values they compared. */
	public static String forbidden(String subject, String condition, java.util.List<String> partsThatHeld,
			java.util.List<String> values, RuleInfo rule) {
		if (partsThatHeld.isEmpty()) {
			return forbidden(subject, condition, rule);
		}
		return subject + " shows \"" + condition + "\" (holds: " + quoted(partsThatHeld, values)
				+ "), which is forbidden by " + rule.basesText();
	}

	private static String quoted(java.util.List<String> parts, java.util.List<String> values) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < parts.size(); i++) {
			b.append(i == 0 ? "\"" : ", \"").append(parts.get(i)).append('"');
			String shown = i < values.size() ? values.get(i) : null;
			if (shown != null) {
				b.append(" (").append(shown).append(')');
			}
		}
		return b.toString();
	}

	private static String quoted(java.util.List<String> parts) {
		return "\"" + String.join("\", \"", parts) + "\"";
	}

	/** A prohibition broken. */
	public static String forbidden(String subject, String condition, RuleInfo rule) {
		return subject + " shows \"" + condition + "\", which is forbidden by " + rule.basesText();
	}

	/**
	 * A calendar or opening-hours test that failed, named plainly: {@code prospecting call c-1: calledAt 21:05
	 * (Friday 2024-05-10, Europe/Paris) is outside CallingHours; required by Consumer Code art. D223-9}.
	 */
	public static String calendar(String subject, String reason, RuleInfo rule, boolean forbidden) {
		return subject + ": " + reason + (forbidden ? ", which is forbidden by " : "; required by ")
				+ rule.basesText();
	}

	/** A custom sentence from the rule's {@code explain} clause, with the rule's bases. */
	public static String custom(String sentence, RuleInfo rule) {
		return sentence + "; required by " + rule.basesText();
	}

	/**
	 * A deadline outcome: late, overdue, pending or satisfied. {@code deadline} says how it was counted, e.g.
	 * {@code 72h after awareAt}.
	 */
	public static String deadline(Status status, String subject, String event, Object due, Object done,
			String deadline, RuleInfo rule) {
		String when = Text.format(due) + " (" + deadline + ")";
		return switch (status) {
			case LATE -> subject + ": \"" + event + "\" happened at " + Text.format(done) + ", after the deadline of "
					+ when + "; required by " + rule.basesText();
			case OVERDUE -> subject + ": \"" + event + "\" has not happened and was due by " + when + "; required by "
					+ rule.basesText();
			case PENDING -> subject + ": \"" + event + "\" has not happened yet and is due by " + when;
			case SATISFIED -> subject + ": \"" + event + "\" happened at " + Text.format(done) + ", by the deadline of "
					+ when + "; required by " + rule.basesText();
			default -> subject + ": \"" + event + "\" is " + status.word();
		};
	}

	/**
	 * One element of a record's list, for a deadline per element: {@code erasure request er-1, recipient acme}, or
	 * by its position when its entity has no key: {@code erasure request er-1, recipients[2]} ({@code elementWords}
	 * null).
	 */
	public static String element(String record, String elementWords, String name) {
		return record + ", " + (elementWords == null ? "" : elementWords + " ") + name;
	}

	/**
	 * A deadline that has not started, for a rule that says {@code pending while missing}: {@code deadline} says
	 * how it will be counted, e.g. {@code 1 month after approvedAt}.
	 */
	public static String notStarted(String subject, String event, String deadline, RuleInfo rule) {
		return subject + ": \"" + event + "\" is pending: its deadline (" + deadline + ") has not started yet";
	}

	/** A rule that holds: {@code message send m-1 meets MKT-01 (CPCE art. L34-5)}. */
	public static String satisfied(String subject, RuleInfo rule) {
		return subject + " meets " + rule.id() + " (" + rule.basesText() + ")";
	}

	/** Why a rule does not apply to a record: outside its scope, before or after its effective period. */
	public static final String OUTSIDE_SCOPE = "outside the rule's scope";
	/** The record is dated before the rule's {@code effective from} date. */
	public static final String BEFORE_EFFECTIVE = "before its effective date";
	/** The record is dated after the rule's {@code until} date. */
	public static final String AFTER_EFFECTIVE = "after its effective period";

	/** A rule that does not apply: {@code message send m-1: MKT-01 does not apply, outside the rule's scope}. */
	public static String notApplicable(String subject, RuleInfo rule, String why) {
		return subject + ": " + rule.id() + " does not apply, " + why;
	}

	/** An exception that applies: {@code ... is exempt from BRC-01 because "risk = unlikely" applies}. */
	public static String exempt(String subject, RuleInfo rule, String exception) {
		return subject + " is exempt from " + rule.id() + " because \"" + exception + "\" applies";
	}

	/** A record that cannot be checked. */
	public static String dataError(String subject, RuleInfo rule, DataException problem) {
		return subject + " cannot be checked against " + rule.id() + ": " + problem.getMessage();
	}
}
