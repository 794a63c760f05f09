package com.acme.privacy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.privacy.runtime.DataModel;
import org.privacy.runtime.Parameters;
import org.privacy.runtime.RecordPolicy;
import org.privacy.spark.PrivacySpark;
import org.privacy.spark.SparkCheck;
import org.privacy.spark.SparkReaders;

/**
 * A Spark job that checks a folder of data files (one file, or folder of files, per entity) against compiled privacy
 * policies, and writes the findings and data problems as JSON Lines.
 *
 * <pre>
 * spark-submit --class com.acme.privacy.CheckJob --jars POLICIES_AND_PRIVACY_JARS JOB_JAR \
 *     --policy canal.plus.CanalPlus --data DIR --now 2023-10-12T00:00:00Z --out OUT [--param name=value]...
 * </pre>
 *
 * {@code --keep-in-memory} keeps the check's Datasets in memory first ({@code MEMORY_AND_DISK}) instead of on disk:
 * for executors with memory to spare. Started by {@code spark-submit}, or by {@code java} with the options of Spark's
 * launcher (as this project's Maven run does): Spark needs them on Java 17 to write evicted blocks.
 */
public final class CheckJob {
	private CheckJob() {
	}

	public static void main(String[] args) throws Exception {
		List<String> policyClasses = new ArrayList<>();
		Map<String, String> parameters = new TreeMap<>();
		String data = null;
		String out = null;
		String prefix = "data";
		Instant now = Instant.now();
		boolean reveal = false;
		boolean inMemory = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--policy" -> policyClasses.add(args[++i]);
				case "--data" -> data = args[++i];
				case "--out" -> out = args[++i];
				case "--now" -> now = Instant.parse(args[++i]);
				case "--names" -> prefix = args[++i];
				case "--reveal-personal-data" -> reveal = true;
				case "--keep-in-memory" -> inMemory = true;
				case "--param" -> {
					String[] pair = args[++i].split("=", 2);
					parameters.put(pair[0], pair.length > 1 ? pair[1] : "");
				}
				default -> usage("unknown argument " + args[i]);
			}
		}
		if (policyClasses.isEmpty() || data == null || out == null) {
			usage("--policy, --data and --out are required");
		}
		List<RecordPolicy> policies = new ArrayList<>();
		for (String name : policyClasses) {
			policies.add((RecordPolicy) Class.forName(name).getConstructor(Parameters.class)
					.newInstance(Parameters.of(parameters)));
		}
		SparkSession spark = SparkSession.builder().appName("privacy-check").getOrCreate();
		spark.sparkContext().setLogLevel("WARN");
		long started = System.nanoTime();
		DataModel model = PrivacySpark.model(policies);
		Map<String, Dataset<Row>> records = data.contains("://") // hdfs://, s3a://...: listed by Spark's file system
				? SparkReaders.folder(spark, model, data, prefix)
				: SparkReaders.folder(spark, model, Path.of(data), prefix);
		PrivacySpark.Check checker = PrivacySpark.checker(policies).now(now).parameters(parameters)
				.revealPersonalData(reveal);
		if (inMemory) { // memory to spare: the Datasets in memory first, on disk what does not fit
			checker.storageLevel(StorageLevel.MEMORY_AND_DISK());
		}
		SparkCheck check = checker.run(spark, records);
		check.findings().write().mode(SaveMode.Overwrite).json(out + "/findings");
		check.problems().write().mode(SaveMode.Overwrite).json(out + "/problems");
		List<Row> summary = check.summary().collectAsList(); // a row per rule and status: small
		List<Row> rules = check.rules().collectAsList(); // a row per rule
		System.out.printf("privacy check of %s at %s: %.1f s%n", data, now, (System.nanoTime() - started) / 1e9);
		for (Row row : summary) {
			System.out.printf("  %-8s %-15s %,d%n", row.getString(0), row.getString(1), row.getLong(2));
		}
		System.out.printf("  %-8s %12s %12s %12s%n", "rule", "records", "in scope", "passed");
		for (Row row : rules) {
			System.out.printf("  %-8s %,12d %,12d %,12d%n", row.getString(0), row.getLong(1), row.getLong(2),
					row.getLong(3));
		}
		spark.stop();
	}

	private static void usage(String problem) {
		System.err.println("privacy-check: " + problem);
		System.err.println("usage: CheckJob --policy CLASS... --data DIR --out DIR [--now INSTANT] [--param NAME=VALUE]..."
				+ " [--names PREFIX] [--reveal-personal-data] [--keep-in-memory]");
		System.exit(2);
	}
}
