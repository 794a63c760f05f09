package org.privacy.runtime;

/** How binding a rule is: a statute ({@link #LAW}) or a regulator's recommendation ({@link #GUIDANCE}). */
public enum Severity {
	LAW, GUIDANCE;

	/** The word used in rule files and reports: {@code law} or {@code guidance}. */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
