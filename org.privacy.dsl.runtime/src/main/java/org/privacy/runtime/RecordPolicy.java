package org.privacy.runtime;

import java.util.Set;

/** A policy that checks records read by name ({@link Record}), such as rows of a data export. */
public interface RecordPolicy extends Policy {

	/** The names of the entities this policy has rules for. */
	Set<String> entities();

	/**
	 * The data model the policy's records follow: every entity declared beside its rules and every entity their
	 * fields refer to, with keys, references, {@code via} and {@code sharing} lists and personal fields. A check
	 * engine reads data files with it (which records to keep for look-ups, which values to mask) without the
	 * compiler. Generated policies build it once per class.
	 */
	DataModel model();

	/**
	 * Checks one record of {@code entity} against every rule about that entity, and gives each finding to
	 * {@code sink}. A record of an entity the policy has no rule for is ignored. Never throws for bad data: a value
	 * a rule cannot use becomes a {@link Status#DATA_ERROR} finding.
	 */
	void check(String entity, Record record, Context context, FindingSink sink);
}
