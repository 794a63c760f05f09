package org.privacy.dsl.architecture.cycle.two;

import org.privacy.dsl.architecture.cycle.one.First;

/** The other half of a deliberate package cycle, which {@code ArchitectureTest} must find. */
public final class Second {
	private Second() {
	}

	public static int value() {
		return 1;
	}

	public static int loop() {
		return First.next();
	}
}
