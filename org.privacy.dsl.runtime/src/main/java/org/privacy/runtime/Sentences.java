package org.privacy.runtime;

import java.util.List;

import org.privacy.runtime.Finding.DeadlineTemplate;
import org.privacy.runtime.Finding.Sentence;
import org.privacy.runtime.Finding.Template;

/**
 * The explanations of {@link Explanations}, captured instead of built: each method keeps the rule's constant words
 * and the values of one outcome (the record's key as the report shows it, a deadline's instants) and returns a
 * {@link Sentence} that builds exactly the text {@code Explanations} would, when the finding's explanation is first
 * read. Generated validators call these so that a finding costs one small object until someone reads it.
 * <p>
 * A subject is named by the entity's words, the record's key and the activity ({@link Explanations#subject}); a
 * subject already built (an element of a list) is passed as the words, with no key and no activity.
 * <p>
 * The methods without a key return a {@link Template} or a {@link DeadlineTemplate}: a sentence constant per rule,
 * made once by the generated validator, that names the record by the key of the finding it explains (and, for a
 * deadline, reads the finding's status, due and done values).
 */
public final class Sentences {
	private Sentences() {
	}

	/** {@link Explanations#satisfied}. */
	public static Sentence satisfied(String words, String key, String activity, RuleInfo rule) {
		return new Satisfied(words, key, activity, rule);
	}

	/** {@link Explanations#notApplicable}, for a record named without an activity. */
	public static Sentence notApplicable(String words, String key, RuleInfo rule, String why) {
		return new NotApplicable(words, key, rule, why);
	}

	/** {@link Explanations#notMet}, naming the parts not met when there are some. */
	public static Sentence notMet(String words, String key, String activity, String requirement, List<String> notMet,
			RuleInfo rule) {
		return new Judged(false, words, key, activity, requirement, notMet, rule);
	}

	/** {@link Explanations#forbidden}, naming the parts that held when there are some. */
	public static Sentence forbidden(String words, String key, String activity, String condition, List<String> held,
			RuleInfo rule) {
		return new Judged(true, words, key, activity, condition, held, rule);
	}

	/** {@link Explanations#notMet} of the finding's record, naming the parts not met when there are some. */
	public static Template notMet(String words, String activity, String requirement, List<String> notMet,
			RuleInfo rule) {
		return new JudgedRecord(false, words, activity, requirement, List.copyOf(notMet), rule);
	}

	/** {@link Explanations#forbidden} of the finding's record, naming the parts that held when there are some. */
	public static Template forbidden(String words, String activity, String condition, List<String> held,
			RuleInfo rule) {
		return new JudgedRecord(true, words, activity, condition, List.copyOf(held), rule);
	}

	/** {@link Explanations#deadline}: {@code due} and {@code done} are immutable values (instants, dates). */
	public static Sentence deadline(Status status, String words, String key, String activity, String event, Object due,
			Object done, String deadline, RuleInfo rule) {
		return new Deadline(status, words, key, activity, event, due, done, deadline, rule);
	}

	/**
	 * {@link Explanations#deadline} of the finding's record, with the finding's status, due and done values:
	 * {@code deadline} says how it was counted, e.g. {@code 1 month after receivedAt}.
	 */
	public static DeadlineTemplate deadline(String words, String activity, String event, String deadline,
			RuleInfo rule) {
		return new DeadlineRecord(words, activity, event, deadline, rule);
	}

	/** {@link Explanations#notStarted}. */
	public static Sentence notStarted(String words, String key, String activity, String event, String deadline,
			RuleInfo rule) {
		return new NotStarted(words, key, activity, event, deadline, rule);
	}

	/** {@link Explanations#exempt}. */
	public static Sentence exempt(String words, String key, String activity, RuleInfo rule, String exception) {
		return new Exempt(words, key, activity, rule, exception);
	}

	private record Satisfied(String words, String key, String activity, RuleInfo rule) implements Sentence {
		@Override
		public String text() {
			return Explanations.satisfied(Explanations.subject(words, key, activity), rule);
		}
	}

	private record NotApplicable(String words, String key, RuleInfo rule, String why) implements Sentence {
		@Override
		public String text() {
			return Explanations.notApplicable(Explanations.subject(words, key, null), rule, why);
		}
	}

	private record Judged(boolean prohibition, String words, String key, String activity, String condition,
			List<String> parts, RuleInfo rule) implements Sentence {
		@Override
		public String text() {
			String subject = Explanations.subject(words, key, activity);
			return prohibition ? Explanations.forbidden(subject, condition, parts, rule)
					: Explanations.notMet(subject, condition, parts, rule);
		}
	}

	private record JudgedRecord(boolean prohibition, String words, String activity, String condition,
			List<String> parts, RuleInfo rule) implements Template {
		@Override
		public String text(String record) {
			return new Judged(prohibition, words, record, activity, condition, parts, rule).text();
		}
	}

	private record Deadline(Status status, String words, String key, String activity, String event, Object due,
			Object done, String deadline, RuleInfo rule) implements Sentence {
		@Override
		public String text() {
			return Explanations.deadline(status, Explanations.subject(words, key, activity), event, due, done, deadline,
					rule);
		}
	}

	private record DeadlineRecord(String words, String activity, String event, String deadline, RuleInfo rule)
			implements DeadlineTemplate {
		@Override
		public String text(Status status, String record, Object due, Object done) {
			return new Deadline(status, words, record, activity, event, due, done, deadline, rule).text();
		}
	}

	private record NotStarted(String words, String key, String activity, String event, String deadline,
			RuleInfo rule) implements Sentence {
		@Override
		public String text() {
			return Explanations.notStarted(Explanations.subject(words, key, activity), event, deadline, rule);
		}
	}

	private record Exempt(String words, String key, String activity, RuleInfo rule, String exception)
			implements Sentence {
		@Override
		public String text() {
			return Explanations.exempt(Explanations.subject(words, key, activity), rule, exception);
		}
	}
}
