package org.privacy.dsl.benchmarks.validators;

import java.util.function.Supplier;

import org.springframework.expression.spel.SpelCompilerMode;

/** The engines the Validators benchmark compares, each set up with the same "now" and time zone. */
public enum EngineKind {
	HAND_WRITTEN(() -> new HandWrittenEngine(Customers.NOW, Customers.ZONE)),
	HAND_WRITTEN_FINDINGS(() -> new HandWrittenFindingsEngine(Customers.NOW, Customers.ZONE)),
	GENERATED(() -> new GeneratedEngine(Customers.NOW)),
	HIBERNATE_VALIDATOR(() -> new HibernateValidatorEngine(Customers.NOW)),
	SPEL_INTERPRETED(() -> new SpelEngine(SpelCompilerMode.OFF, Customers.NOW, Customers.ZONE)),
	SPEL_COMPILED(() -> new SpelEngine(SpelCompilerMode.IMMEDIATE, Customers.NOW, Customers.ZONE)),
	CEL(() -> new CelEngine(Customers.NOW));

	private final Supplier<Engine> factory;

	EngineKind(Supplier<Engine> factory) {
		this.factory = factory;
	}

	public Engine create() {
		return factory.get();
	}
}
