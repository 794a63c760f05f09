/**
 * The check engine: runs compiled record policies over data of any size. Start with {@link PrivacyCheck} (a builder:
 * policies or a policy jar, data paths or streams, now, jobs, look-up placement, masking) and read a
 * {@link CheckResult}, or stream findings to a {@link CheckListener}. Bad input to the engine is a
 * {@link CheckException}; bad data is a {@link DataProblem} or a data-error finding, never an exception.
 * <p>
 * What a result holds, for reports: {@link Findings} (in report order, counted by status and rule, partly on disk),
 * the problems as a {@link SpillList} of {@link DataProblem}s, {@link EntityCounts} and {@link RuleCounts}; a caller
 * reads them, only the engine fills them (their constructors and mutators are not public), except {@link RuleCounts},
 * which the Spark check ({@code org.privacy.dsl.spark}) fills too, from the same {@link RecordOutcomes}, so that both
 * count records judged, in scope and passed the same way. Public for the Spark check as well, so that both follow one
 * rule: {@link RecordCodec} (one encoding of a record as bytes), {@link CsvSeparator} (which character separates a
 * CSV file's cells), {@link EntityFiles} (which entity's records a file of a data folder holds: the same folder gives
 * the same entities to both) and {@link JsonNumbers} (which value a JSON number with a fraction becomes, for the
 * records Spark reads nested in a JSON line).
 * <p>
 * Public because the {@code privacy} command shares them with the engine, not because a library caller needs them:
 * {@link RunFolder} (the run's temporary folder: the command's report files are staged there too, so that a killed
 * run leaves nothing the next start does not delete), {@link VisibleText} (text for people: controls and bidi
 * escaped, in the engine's messages and every report), {@link FileTree} and {@link FileProblems} (listing data and
 * rule folders alike, describing a file that cannot be read). Everything else (readers, the look-up plan, key logs,
 * {@code DataLayout}) is package-private.
 */
package org.privacy.check;
