/**
 * The check engine: runs compiled record policies over data of any size. Start with {@link PrivacyCheck} (a builder:
 * policies or a policy jar, data paths or streams, now, jobs, look-up placement, masking) and read a
 * {@link CheckResult}, or stream findings to a {@link CheckListener}. Bad input to the engine is a
 * {@link CheckException}; bad data is a {@link DataProblem} or a data-error finding, never an exception. The other
 * public types ({@link Findings}, {@link SpillList}, {@link DataLayout}, {@link RunFolder}, {@link VisibleText}...) are
 * there for the {@code privacy} command's reports and may change.
 */
package org.privacy.check;
