package org.privacy.runtime;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One outcome of one rule for one record that a report shows: a violation, a late or overdue obligation, a pending
 * deadline, an exemption or a data error; and, when the {@link Context} asks for every outcome, a satisfied or
 * not-applicable one. Values of personal data are masked in the explanation unless the
 * {@link Context} reveals them.
 */
public final class Finding implements Serializable {
	private static final long serialVersionUID = 1L;

	private final RuleInfo rule;
	private final Status status;
	private final String record;
	private final List<String> fields;
	private final String explanation;

	public Finding(RuleInfo rule, Status status, String record, List<String> fields, String explanation) {
		this.rule = Objects.requireNonNull(rule, "rule");
		this.status = Objects.requireNonNull(status, "status");
		this.record = record;
		this.fields = List.copyOf(fields);
		this.explanation = Objects.requireNonNull(explanation, "explanation");
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
		return explanation;
	}

	@Override
	public String toString() {
		return rule.id() + " " + status.word() + " " + rule.entity() + (record == null ? "" : " " + record) + ": "
				+ explanation;
	}
}
