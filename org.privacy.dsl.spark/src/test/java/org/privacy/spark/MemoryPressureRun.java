package org.privacy.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerBlockUpdated;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.BlockUpdatedInfo;
import org.privacy.runtime.Parameters;
import org.privacy.runtime.RecordPolicy;

/**
 * A check in a JVM of its own, started by {@link GeneratedDataEquivalenceTest} as {@code spark-submit} starts one
 * (the options of Spark's launcher, nothing from the environment) and with so little memory for Spark that
 * the check's Datasets could not stay in it: in {@code local[1]}, with 8 MB of unified memory (broadcast joins below
 * 1 MB, as they are far below an executor's memory on a cluster).
 *
 * <pre>MemoryPressureRun DATA NOW OUT POLICY...</pre>
 *
 * Writes the findings to {@code OUT} (one line each, sorted, as {@link SparkTestSupport#sparkFindings} gives them) and
 * prints {@code cached N bytes in memory, M on disk}: where Spark kept the check's cached blocks at their largest.
 */
public final class MemoryPressureRun {
	private MemoryPressureRun() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		Instant now = Instant.parse(args[1]);
		Path out = Path.of(args[2]);
		List<RecordPolicy> policies = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			policies.add((RecordPolicy) Class.forName(args[i]).getConstructor(Parameters.class)
					.newInstance(Parameters.none()));
		}
		SparkSession spark = SparkSession.builder().master("local[1]").appName("privacy-memory-pressure")
				.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
				.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
				// what Spark's own tests use to give the memory manager a small heap: 8 MB, no reserve
				.config("spark.testing.memory", Long.toString(16L << 20)).config("spark.testing.reservedMemory", "0")
				.config("spark.memory.fraction", "0.5").config("spark.sql.autoBroadcastJoinThreshold", "1m")
				.config("spark.sql.adaptive.autoBroadcastJoinThreshold", "1m").getOrCreate();
		spark.sparkContext().setLogLevel("ERROR");
		Map<String, long[]> cached = new ConcurrentHashMap<>(); // per RDD block: its largest size in memory, on disk
		spark.sparkContext().addSparkListener(new SparkListener() {
			@Override
			public void onBlockUpdated(SparkListenerBlockUpdated update) {
				BlockUpdatedInfo block = update.blockUpdatedInfo();
				if (block.blockId().isRDD()) {
					long[] sizes = cached.computeIfAbsent(block.blockId().name(), name -> new long[2]);
					sizes[0] = Math.max(sizes[0], block.memSize());
					sizes[1] = Math.max(sizes[1], block.diskSize());
				}
			}
		});
		Map<String, Dataset<Row>> records = SparkReaders.folder(spark, PrivacySpark.model(policies), data, "data");
		SparkCheck check = PrivacySpark.checker(policies).now(now).run(spark, records);
		List<String> findings = SparkTestSupport.sparkFindings(check.findings().collectAsList());
		Files.write(out, findings);
		spark.stop(); // delivers the listener's last events
		System.out.println("cached " + cached.values().stream().mapToLong(sizes -> sizes[0]).sum() + " bytes in memory, "
				+ cached.values().stream().mapToLong(sizes -> sizes[1]).sum() + " on disk");
	}
}
