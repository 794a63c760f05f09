package org.privacy.check;

/**
 * The records of one entity: how many the data files held (read), how many were given to the validators (checked)
 * and how many could not be records or were duplicates (rejected). Records of an entity no rule is about are read for
 * look-ups only, so read = checked + rejected only for entities that rules check.
 */
public final class EntityCounts {
	private int read;
	private int checked;
	private int rejected;

	EntityCounts() {
	}

	void countRead() {
		read++;
	}

	void countChecked() {
		checked++;
	}

	void countRejected() {
		rejected++;
	}

	public int read() {
		return read;
	}

	public int checked() {
		return checked;
	}

	public int rejected() {
		return rejected;
	}

	void add(EntityCounts other) {
		read += other.read;
		checked += other.checked;
		rejected += other.rejected;
	}

	/** The counts of several entities together (a report's totals). */
	public static EntityCounts sum(Iterable<EntityCounts> counts) {
		EntityCounts total = new EntityCounts();
		counts.forEach(total::add);
		return total;
	}
}
