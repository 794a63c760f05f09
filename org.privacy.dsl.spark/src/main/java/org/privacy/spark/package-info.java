/**
 * The check of compiled records-mode policies on Apache Spark, for data one machine cannot check in time. Start with
 * {@code PrivacySpark} (Datasets of rows per entity, or files read by {@code SparkReaders} with schemas from the
 * policy's data model) and read a {@code SparkCheck} (findings, data problems and rule counts as Datasets, the same
 * findings as {@code privacy check --format json} gives). Inside: {@code Prepare} turns rows into encoded records
 * ({@code SparkValues} for the values, {@code NestedRecords} for records nested in a field, {@code CsvLines} to check a
 * row's cells), {@code ModelQueries} says which fields look-ups go through, and {@code Checker} runs the validators in
 * the executors, in rounds that gather the records each record's look-ups ask for. Of the check engine it uses only
 * what both checks must do alike ({@code RecordCodec}, {@code CsvSeparator}, {@code EntityFiles}, {@code JsonNumbers},
 * {@code RecordOutcomes}, {@code RuleCounts}), which needs nothing but the runtime: the engine's readers stay off the
 * job's class path.
 */
package org.privacy.spark;
