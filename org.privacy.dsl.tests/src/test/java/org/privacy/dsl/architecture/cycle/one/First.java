package org.privacy.dsl.architecture.cycle.one;

import org.privacy.dsl.architecture.cycle.two.Second;

/** Half of a deliberate package cycle, which {@code ArchitectureTest} must find. */
public final class First {
	private First() {
	}

	public static int next() {
		return Second.value() + 1;
	}
}
