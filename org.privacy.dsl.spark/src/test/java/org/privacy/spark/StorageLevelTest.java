package org.privacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check keeps the Datasets it reads several times on disk by default, and at the storage level asked
 * ({@code spark-submit} users, whose JVM has the flags Spark's Kryo needs, may keep them in memory first).
 */
class StorageLevelTest {
	private static final String RULES = """
			package kept

			entity Customer {
				id: text key
				age: number
			}

			rule AGE-01 "Customers are adults"
				basis "internal policy 1"
				Customer requires age >= 18
			""";

	@TempDir
	Path work;

	@Test
	void theCheckKeepsItsDatasetsAtTheStorageLevelAsked() throws Exception {
		Files.createDirectories(work.resolve("rules"));
		Files.writeString(work.resolve("rules/kept.privacy"), RULES);
		SparkTestSupport.Compiled compiled = SparkTestSupport.compile(work.resolve("rules"), work.resolve("build"));

		// two folders: Spark would reuse the Datasets of a plan it keeps already, at their level
		Set<StorageLevel> inMemory = levelsOfARun(compiled, "memory", StorageLevel.MEMORY_AND_DISK());
		Set<StorageLevel> byDefault = levelsOfARun(compiled, "default", null);

		assertThat(inMemory).containsExactly(StorageLevel.MEMORY_AND_DISK());
		assertThat(byDefault).containsExactly(StorageLevel.DISK_ONLY());
	}

	/** The storage levels of the Datasets a check of its own data keeps; the default one if {@code level} is null. */
	private Set<StorageLevel> levelsOfARun(SparkTestSupport.Compiled compiled, String folder, StorageLevel level)
			throws Exception {
		Path data = Files.createDirectories(work.resolve(folder));
		Files.writeString(data.resolve("Customer.jsonl"), """
				{"id": "c1", "age": 42}
				{"id": "c2", "age": 12}
				""");
		JavaSparkContext context = JavaSparkContext.fromSparkContext(SparkTestSupport.spark().sparkContext());
		Set<Integer> before = new HashSet<>(context.getPersistentRDDs().keySet());
		PrivacySpark.Check check = PrivacySpark.checker(compiled.policies()).now(Instant.parse("2024-01-01T00:00:00Z"));
		if (level != null) {
			check.storageLevel(level);
		}
		Map<String, org.apache.spark.sql.Dataset<Row>> byEntity = SparkReaders.folder(SparkTestSupport.spark(),
				compiled.model(), data, "data");
		List<Row> findings = check.run(SparkTestSupport.spark(), byEntity).findings().collectAsList();

		assertThat(findings).hasSize(1);
		Set<StorageLevel> levels = new HashSet<>();
		context.getPersistentRDDs().forEach((id, rdd) -> {
			if (!before.contains(id)) {
				levels.add(rdd.getStorageLevel());
			}
		});
		assertThat(levels).as("the levels of the Datasets the check kept").isNotEmpty();
		return levels;
	}
}
