package org.privacy.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a Spark check found, as Datasets computed when asked: the findings (columns {@link PrivacySpark#FINDINGS}),
 * the data problems (records not checked, and why: {@link PrivacySpark#PROBLEMS}) and a summary by rule and status.
 * Sort the findings by rule, entity, record and location to get the JSON report's order.
 */
public final class SparkCheck {
	private final Dataset<Row> findings;
	private final Dataset<Row> problems;

	SparkCheck(Dataset<Row> findings, Dataset<Row> problems) {
		this.findings = findings;
		this.problems = problems;
	}

	public Dataset<Row> findings() {
		return findings;
	}

	public Dataset<Row> problems() {
		return problems;
	}

	/** The number of findings by rule and status. */
	public Dataset<Row> summary() {
		return PrivacySpark.summary(findings);
	}
}
