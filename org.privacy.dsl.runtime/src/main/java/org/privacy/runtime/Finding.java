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
 * Generated validators make a finding with a {@link Sentence} ({@link #of}): the values the explanation names are captured when
 * the finding is made, and the sentence is built the first time {@link #explanation()} is called (once), so a caller
 * that only counts or filters findings pays nothing for their text. A serialized finding carries the built sentence.
 */
public final class Finding implements Serializable {
	private static final long serialVersionUID = 1L;

	private final RuleInfo rule;
	private final Status status;
	private final String record;
	private final List<String> fields;
	/** Final and never cleared, so that a thread that sees the finding always sees how to build its sentence. */
	private final transient Sentence sentence;
	/** Built at most once per thread that races for it; the same text every time, so the race is harmless. */
	private String explanation;

	/**
	 * How an explanation is built when it is first asked for, from the rule's constant words and the values the
	 * validator captured. It must give the same text on every call and read nothing that can change afterwards.
	 */
	@FunctionalInterface
	public interface Sentence {
		String text();
	}

	public Finding(RuleInfo rule, Status status, String record, List<String> fields, String explanation) {
		this(rule, status, record, fields, null, Objects.requireNonNull(explanation, "explanation"));
	}

	/**
	 * A finding whose explanation is built by {@code sentence} the first time it is asked for (a factory rather than a
	 * constructor, so that {@code new Finding(..., null)} keeps meaning the text constructor).
	 */
	public static Finding of(RuleInfo rule, Status status, String record, List<String> fields, Sentence sentence) {
		return new Finding(rule, status, record, fields, Objects.requireNonNull(sentence, "sentence"), null);
	}

	private Finding(RuleInfo rule, Status status, String record, List<String> fields, Sentence sentence,
			String explanation) {
		this.rule = Objects.requireNonNull(rule, "rule");
		this.status = Objects.requireNonNull(status, "status");
		this.record = record;
		this.fields = List.copyOf(fields);
		this.sentence = sentence;
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
			text = Objects.requireNonNull(sentence.text(), "explanation");
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
