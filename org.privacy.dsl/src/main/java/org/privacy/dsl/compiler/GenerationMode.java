package org.privacy.dsl.compiler;

/** How generated validators read entities. */
public enum GenerationMode {
	/**
	 * Entities bound to a Java class ({@code entity X bound to "com.acme.X"}) are read through their typed getters;
	 * unbound ones as {@link org.privacy.runtime.Record}s. For validators compiled with the application.
	 */
	BOUND,
	/** Every entity is read as a {@link org.privacy.runtime.Record}: for checking data exports. */
	RECORDS
}
