package org.privacy.runtime;

import java.util.Set;

/** A policy that checks records read by name ({@link Record}), such as rows of a data export. */
public interface RecordPolicy extends Policy {

	/** The names of the entities this policy has rules for. */
	Set<String> entities();

	/**
	 * Checks one record of {@code entity} against every rule about that entity, and gives each finding to
	 * {@code sink}. A record of an entity the policy has no rule for is ignored. Never throws for bad data: a value
	 * a rule cannot use becomes a {@link Status#DATA_ERROR} finding.
	 */
	void check(String entity, Record record, Context context, FindingSink sink);
}
