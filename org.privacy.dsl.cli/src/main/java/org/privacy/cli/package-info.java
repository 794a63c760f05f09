/**
 * The {@code privacy} command: {@code privacy compile} writes the Java validators of a rule set, {@code privacy check}
 * compiles them in memory and runs them over a data export (JSON Lines, JSON arrays, CSV), then reports the findings
 * grouped by article, as text or JSON.
 */
package org.privacy.cli;
