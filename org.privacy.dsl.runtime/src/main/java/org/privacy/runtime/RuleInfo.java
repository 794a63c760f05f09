package org.privacy.runtime;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** What a report says about a rule: its id, title, legal bases, severity and the entity it checks. */
public final class RuleInfo implements Serializable {
	private static final long serialVersionUID = 1L;

	private final String id;
	private final String title;
	private final List<String> bases;
	private final Severity severity;
	private final String entity;
	/** Joined once: every explanation that cites the rule quotes it. */
	private final String basesText;

	public RuleInfo(String id, String title, List<String> bases, Severity severity, String entity) {
		this.id = Objects.requireNonNull(id, "id");
		this.title = Objects.requireNonNull(title, "title");
		this.bases = List.copyOf(bases);
		this.severity = Objects.requireNonNull(severity, "severity");
		this.entity = Objects.requireNonNull(entity, "entity");
		this.basesText = this.bases.isEmpty() ? "no stated basis" : String.join(", ", this.bases);
	}

	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	/** The legal bases as written in the rule, e.g. {@code GDPR art. 33(1)}. */
	public List<String> bases() {
		return bases;
	}

	public Severity severity() {
		return severity;
	}

	/** The name of the entity whose records the rule checks. */
	public String entity() {
		return entity;
	}

	/** The bases joined for a sentence: {@code CPCE art. L34-5, GDPR art. 7}. */
	public String basesText() {
		// null only in a rule read from an older serialized form
		return basesText != null ? basesText : bases.isEmpty() ? "no stated basis" : String.join(", ", bases);
	}

	@Override
	public String toString() {
		return id + " \"" + title + "\"";
	}
}
