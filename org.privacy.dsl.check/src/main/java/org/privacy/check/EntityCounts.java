package org.privacy.cli;

/**
 * The records of one entity: how many the data files held (read), how many were given to the validators (checked)
 * and how many could not be records or were duplicates (rejected). Records of an entity no rule is about are read for
 * look-ups only, so read = checked + rejected only for entities that rules check.
 */
final class EntityCounts {
	private int read;
	private int checked;
	private int rejected;

	void countRead() {
		read++;
	}

	void countChecked() {
		checked++;
	}

	void countRejected() {
		rejected++;
	}

	int read() {
		return read;
	}

	int checked() {
		return checked;
	}

	int rejected() {
		return rejected;
	}

	void add(EntityCounts other) {
		read += other.read;
		checked += other.checked;
		rejected += other.rejected;
	}
}
