package org.privacy.dsl.semantics;

/** A plain record for rules whose terms carry keywords in their names (see {@link KeywordsInNamesTest}). */
public class BoundCase {
	private final String id;
	private final boolean flag;
	private final int n;
	private final boolean blocked;

	public BoundCase(String id, boolean flag, int n, boolean blocked) {
		this.id = id;
		this.flag = flag;
		this.n = n;
		this.blocked = blocked;
	}

	public String getId() {
		return id;
	}

	public boolean isFlag() {
		return flag;
	}

	public int getN() {
		return n;
	}

	public boolean isBlocked() {
		return blocked;
	}
}
