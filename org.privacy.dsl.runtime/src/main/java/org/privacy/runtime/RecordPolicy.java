package org.privacy.runtime;

import java.util.Optional;
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

	/**
	 * Whether one record of {@code entity} complies with every rule about that entity: nothing violated, late or
	 * overdue, no data error (pending and exempt outcomes comply). Generated policies answer without building a
	 * finding; this default builds them.
	 */
	default boolean complies(String entity, Record record, Context context) {
		return firstViolation(entity, record, context).isEmpty();
	}

	/**
	 * The first finding of one record, in rule order, that breaks a rule or could not be checked; empty when the
	 * record complies. Generated policies build only that finding.
	 */
	default Optional<Finding> firstViolation(String entity, Record record, Context context) {
		FirstViolation first = new FirstViolation();
		check(entity, record, context, first);
		return first.finding();
	}
}
