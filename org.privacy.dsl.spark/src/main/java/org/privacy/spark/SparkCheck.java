package org.privacy.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a Spark check found, as Datasets computed when asked: the findings (columns {@link PrivacySpark#FINDINGS}),
 * the data problems (records not checked, and why: {@link PrivacySpark#PROBLEMS}), the records each rule judged and
 * passed ({@link PrivacySpark#RULES}) and a summary of the findings by rule and status. Sort the findings by rule,
 * entity, record and location to get the JSON report's order.
 */
public final class SparkCheck {
	private final Dataset<Row> findings;
	private final Dataset<Row> problems;
	private final Dataset<Row> rules;

	SparkCheck(Dataset<Row> findings, Dataset<Row> problems, Dataset<Row> rules) {
		this.findings = findings;
		this.problems = problems;
		this.rules = rules;
	}

	public Dataset<Row> findings() {
		return findings;
	}

	public Dataset<Row> problems() {
		return problems;
	}

	/**
	 * Per rule of the policies, in their order, whether it found something or not: the records of its entity it
	 * judged, those in its scope and those that passed (columns {@link PrivacySpark#RULES}), as the JSON report's
	 * {@code summary.rules} and the text report's totals give them: how many records each rule was checked against,
	 * not only what failed. A small Dataset (a row per rule).
	 */
	public Dataset<Row> rules() {
		return rules;
	}

	/** The number of findings by rule and status. */
	public Dataset<Row> summary() {
		return PrivacySpark.summary(findings);
	}
}
