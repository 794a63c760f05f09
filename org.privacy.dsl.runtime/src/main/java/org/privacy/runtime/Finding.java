package org.privacy.runtime;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One outcome of one rule for one record that a report shows: a violation, a late or overdue obligation, a pending
 * deadline, an exemption or a data error; and, when the {@link Context} asks for every outcome, a satisfied or
 * not-applicable one. Values of personal data are masked in the explanation unless the
 * {@link Context} reveals them.
 * <p>
 * Generated validators make a finding with a {@link Template}, a {@link DeadlineTemplate} or a {@link Sentence}
 * ({@link #of}): the sentence is built the first time {@link #explanation()} is called (once), so a caller that only
 * counts or filters findings pays nothing for their text. A template is a constant of the validator, one per rule,
 * that names the record by the finding's own key (already masked); a deadline template also reads the finding's
 * status and its deadline's due and done values, which the finding keeps: such a finding is one object. A sentence
 * captures the values of one outcome (the parts not met, an element of a list). A serialized finding carries the
 * built sentence.
 */
public final class Finding implements Serializable {
	private static final long serialVersionUID = 1L;

	private final RuleInfo rule;
	private final Status status;
	private final String record;
	private final List<String> fields;
	/**
	 * A {@link Template} or a {@link DeadlineTemplate}; final and never cleared, so that a thread that sees the finding
	 * always sees how to build its sentence.
	 */
	private final transient Object sentence;
	/** A deadline finding's due and done values, read by its {@link DeadlineTemplate}; else {@code null}. */
	private final transient Object due;
	private final transient Object done;
	/** Built at most once per thread that races for it; the same text every time, so the race is harmless. */
	private String explanation;

	/**
	 * How the explanations of one rule's findings of one kind are built when first asked for, from the rule's
	 * constant words and the finding's key: a constant of the generated validator, shared by all its findings. It must
	 * give the same text on every call and read nothing that can change afterwards.
	 */
	@FunctionalInterface
	public interface Template {
		/**
		 * The explanation of a finding about {@code record}: the finding's key as reports show it (masked if it is
		 * personal data), or {@code null} if its entity has no key.
		 */
		String text(String record);
	}

	/**
	 * How the explanations of one deadline rule's findings are built when first asked for, from the rule's constant
	 * words and the finding's status, key and deadline: a constant of the generated validator, shared by all the
	 * rule's findings. It must give the same text on every call and read nothing that can change afterwards.
	 */
	@FunctionalInterface
	public interface DeadlineTemplate {
		/**
		 * The explanation of a finding of {@code status} about {@code record} (its key as reports show it, or
		 * {@code null}), whose deadline fell at {@code due} and whose event happened at {@code done} ({@code null} if
		 * it has not): immutable values, instants, dates or {@link Due}s.
		 */
		String text(Status status, String record, Object due, Object done);
	}

	/**
	 * How an explanation is built when it is first asked for, from the rule's constant words and the values the
	 * validator captured. It must give the same text on every call and read nothing that can change afterwards.
	 */
	@FunctionalInterface
	public interface Sentence extends Template {
		String text();

		/** The captured values name the record already. */
		@Override
		default String text(String record) {
			return text();
		}
	}

	public Finding(RuleInfo rule, Status status, String record, List<String> fields, String explanation) {
		this(rule, status, record, fields, null, null, null, Objects.requireNonNull(explanation, "explanation"));
	}

	/**
	 * A finding whose explanation is built by {@code sentence} the first time it is asked for (a factory rather than a
	 * constructor, so that {@code new Finding(..., null)} keeps meaning the text constructor).
	 */
	public static Finding of(RuleInfo rule, Status status, String record, List<String> fields, Sentence sentence) {
		return new Finding(rule, status, record, fields, Objects.requireNonNull(sentence, "sentence"), null, null,
				null);
	}

	/**
	 * A finding whose explanation {@code template} builds from {@code record} the first time it is asked for: nothing
	 * is allocated but the finding. {@code record} is the key as reports show it, already masked.
	 */
	public static Finding of(RuleInfo rule, Status status, String record, List<String> fields, Template template) {
		return new Finding(rule, status, record, fields, Objects.requireNonNull(template, "sentence"), null, null,
				null);
	}

	/**
	 * A deadline's finding whose explanation {@code template} builds from its status, {@code record}, {@code due} and
	 * {@code done} the first time it is asked for: nothing is allocated but the finding. {@code record} is the key as
	 * reports show it, already masked; {@code due} and {@code done} are immutable ({@code done} null if the event has
	 * not happened).
	 */
	public static Finding of(RuleInfo rule, Status status, String record, List<String> fields,
			DeadlineTemplate template, Object due, Object done) {
		return new Finding(rule, status, record, fields, Objects.requireNonNull(template, "sentence"),
				Objects.requireNonNull(due, "due"), done, null);
	}

	private Finding(RuleInfo rule, Status status, String record, List<String> fields, Object sentence, Object due,
			Object done, String explanation) {
		this.rule = Objects.requireNonNull(rule, "rule");
		this.status = Objects.requireNonNull(status, "status");
		this.record = record;
		this.fields = List.copyOf(fields);
		this.sentence = sentence;
		this.due = due;
		this.done = done;
		this.explanation = explanation;
	}

	/**
	 * The finding for a record a rule could not check: {@code problem} says which field and why.
	 *
	 * @param entityWords the entity as words, e.g. {@code security incident}
	 * @param record      the record's key as reports show it, or {@code null}
	 */
	public static Finding dataError(RuleInfo rule, String entityWords, String record, DataException problem) {
		return new Finding(rule, Status.DATA_ERROR, record, List.of(problem.field()),
				Explanations.dataError(Explanations.subject(entityWords, record, null), rule, problem));
	}

	public RuleInfo rule() {
		return rule;
	}

	public String ruleId() {
		return rule.id();
	}

	public Status status() {
		return status;
	}

	public Severity severity() {
		return rule.severity();
	}

	/** The entity of the record. */
	public String entity() {
		return rule.entity();
	}

	/** The record's key (masked if it is personal data), or {@code null} if its entity has no key. */
	public String record() {
		return record;
	}

	/** The field paths the rule read to reach this outcome, e.g. {@code recipient.consents}. */
	public List<String> fields() {
		return fields;
	}

	/** One sentence a lawyer can read: what happened, and which rule and article require otherwise. */
	public String explanation() {
		String text = explanation;
		if (text == null) {
			text = Objects.requireNonNull(sentence instanceof DeadlineTemplate deadline
					? deadline.text(status, record, due, done)
					: ((Template) sentence).text(record), "explanation");
			explanation = text;
		}
		return text;
	}

	/** Serialization writes the sentence, built if it was not yet: the captured values are not written. */
	private void writeObject(ObjectOutputStream out) throws IOException {
		explanation();
		out.defaultWriteObject();
	}

	@Override
	public String toString() {
		return rule.id() + " " + status.word() + " " + rule.entity() + (record == null ? "" : " " + record) + ": "
				+ explanation();
	}
}
