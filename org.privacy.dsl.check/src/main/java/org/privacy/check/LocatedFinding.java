package org.privacy.check;

import java.util.Comparator;

import org.privacy.runtime.Finding;

/** A finding of a validator, with the data file and line of the record it is about. */
public record LocatedFinding(Finding finding, String file, int line) {

	/** By rule id, entity, record, then location: the order of every report. */
	public static final Comparator<LocatedFinding> ORDER = Comparator
			.comparing((LocatedFinding f) -> f.finding().ruleId())
			.thenComparing(f -> f.finding().entity())
			.thenComparing(f -> f.finding().record() == null ? "" : f.finding().record())
			.thenComparing(LocatedFinding::file)
			.thenComparingInt(LocatedFinding::line)
			.thenComparing(f -> f.finding().status())
			.thenComparing(f -> f.finding().explanation());

	public String location() {
		return file + ":" + line;
	}
}
