package org.privacy.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.privacy.check.RecordCodec;
import org.privacy.runtime.DataModel;
import org.privacy.runtime.Mask;
import org.privacy.runtime.Record;
import org.privacy.runtime.RecordPolicy;
import org.slf4j.LoggerFactory;

/**
 * Runs compiled records-mode policies over Spark Datasets, one Dataset of rows per entity, and gives the findings as
 * a Dataset with the columns of the CLI's JSON report ({@link #FINDINGS}): the same findings, with the same masking,
 * as {@code privacy check --format json} gives for the same data.
 *
 * <pre>{@code
 * SparkCheck check = PrivacySpark.checker(policy).now(Instant.parse("2023-10-12T00:00:00Z"))
 *         .run(spark, SparkReaders.folder(spark, policy.model(), Path.of("data"), "data"));
 * check.findings().write().json("findings");
 * check.summary().show();
 * }</pre>
 *
 * Validators run in the executors: each partition re-creates the policy from its class name, so the policy's
 * classes must be shipped with the job ({@code spark-submit --jars policies.jar}). Rules about several records
 * (references, {@code via} and {@code sharing} lists, counts over a person's records, rolling windows) are computed
 * with Spark's joins and grouping, never by collecting data to the driver: a round runs the validators; a record whose
 * validators asked for records not gathered yet ({@code find}, {@code referencing}) leaves its questions, Spark joins
 * them with the records by key or by the field they refer through, and the record is checked again with exactly
 * those records, until nothing is missing (a reference and the list behind it take three rounds; at most
 * {@value #MAX_ROUNDS}).
 */
public final class PrivacySpark {
	/** The most rounds of look-ups a check runs; a record still asking for more is reported as a data problem. */
	public static final int MAX_ROUNDS = 8;

	/**
	 * How the check keeps the Datasets it reads several times (the prepared records, the records of each round)
	 * unless told otherwise ({@link Check#storageLevel}), and how the CSV reader keeps a file's lines: on the
	 * executors' local disks, never in Spark's storage memory, which stays for Spark's own blocks (broadcast joins and
	 * task binaries). When memory runs short Spark evicts those blocks to disk and writes some of them with Kryo, which
	 * on Java 17 needs the {@code --add-opens} options of Spark's launcher ({@link #missingJvmOptions()}); kept on
	 * disk, the check's blocks are written with Spark's default serializer and add nothing to evict, so evictions are
	 * rarer, but they still happen when Spark's own blocks outgrow its memory: a JVM without the options can fail then.
	 * docs/BENCHMARKS.md measures what the disk costs.
	 */
	static final StorageLevel KEPT = StorageLevel.DISK_ONLY();

	/** How the launcher's options that open a package of the JDK begin ({@link #missingJvmOptions()}). */
	private static final String ADD_OPENS = "--add-opens=";

	/** Whether {@link #warnOfMissingJvmOptions()} has looked, once per JVM. */
	private static final AtomicBoolean JVM_OPTIONS_LOOKED_AT = new AtomicBoolean();

	/** The columns of {@link SparkCheck#findings()}, as the JSON report names them. */
	public static final StructType FINDINGS = new StructType()
			.add("rule", DataTypes.StringType, false)
			.add("title", DataTypes.StringType)
			.add("status", DataTypes.StringType, false)
			.add("severity", DataTypes.StringType)
			.add("basis", DataTypes.createArrayType(DataTypes.StringType, false))
			.add("entity", DataTypes.StringType)
			.add("record", DataTypes.StringType)
			.add("location", DataTypes.StringType)
			.add("fields", DataTypes.createArrayType(DataTypes.StringType, false))
			.add("explanation", DataTypes.StringType);

	/**
	 * The columns of {@link SparkCheck#rules()}, as the JSON report's {@code summary.rules} names them: per rule, the
	 * records of its entity it judged, those in its scope (all but the not-applicable ones) and those that passed.
	 */
	public static final StructType RULES = new StructType()
			.add("rule", DataTypes.StringType, false)
			.add("records", DataTypes.LongType, false)
			.add("inScope", DataTypes.LongType, false)
			.add("passed", DataTypes.LongType, false);

	/** The columns of {@link SparkCheck#problems()}: records that are not checked, and why (no data values). */
	public static final StructType PROBLEMS = new StructType()
			.add("file", DataTypes.StringType)
			.add("line", DataTypes.LongType)
			.add("message", DataTypes.StringType, false);

	private PrivacySpark() {
	}

	/** The findings of {@code policy} on {@code data} (a Dataset per entity name) at {@code now}, masked. */
	public static Dataset<Row> check(SparkSession spark, RecordPolicy policy, Map<String, Dataset<Row>> data,
			Instant now) {
		return checker(policy).now(now).run(spark, data).findings();
	}

	/** The data model of several policies together: what the readers read and the look-ups follow. */
	public static DataModel model(List<RecordPolicy> policies) {
		return DataModel.union(policies.stream().map(RecordPolicy::model).toList());
	}

	/** A check of {@code policy} to configure: {@code now}, parameters, masking, outcomes. */
	public static Check checker(RecordPolicy policy) {
		return new Check(List.of(policy));
	}

	/** A check of several policies at once, as {@code privacy check} runs every policy of a folder. */
	public static Check checker(List<RecordPolicy> policies) {
		return new Check(policies);
	}

	/** The number of findings by rule and status, sorted: what a report's summary counts. */
	public static Dataset<Row> summary(Dataset<Row> findings) {
		return findings.groupBy("rule", "status").count().orderBy("rule", "status");
	}

	/**
	 * The options of Spark's launcher that open a package of the JDK to Spark ({@code JavaModuleOptions}: what
	 * {@code spark-submit} gives the driver and the executors) and that this JVM was started without, in the
	 * launcher's order: none under {@code spark-submit}, all of them in a plain {@code java}. Without
	 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED}, Spark cannot write an evicted broadcast block on Java 17 and
	 * a check short of memory fails; an application embedding Spark starts its JVM with
	 * {@code JavaModuleOptions.defaultModuleOptions()}.
	 */
	public static List<String> missingJvmOptions() {
		Module spark = SparkSession.class.getModule();
		List<String> missing = new ArrayList<>();
		for (String option : JavaModuleOptions.defaultModuleOptionArray()) {
			if (option.startsWith(ADD_OPENS)) {
				String[] opened = option.substring(ADD_OPENS.length()).split("[/=]"); // module, package, to whom
				Optional<Module> module = ModuleLayer.boot().findModule(opened[0]);
				if (module.isPresent() && !module.get().isOpen(opened[1], spark)) {
					missing.add(option);
				}
			}
		}
		return List.copyOf(missing);
	}

	/** The warning a check gives, once per JVM, when {@code missing} options of Spark's launcher are missing. */
	static Optional<String> missingJvmOptionsWarning(List<String> missing) {
		if (missing.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("This JVM was started without " + missing.size() + " of the options spark-submit gives "
				+ "Spark on Java 17 (" + missing.get(0) + (missing.size() > 1 ? " and " + (missing.size() - 1)
						+ " more" : "") + "): if Spark runs short of memory and writes its blocks to disk, the "
				+ "privacy check fails. Start the job with spark-submit, or start java with the options of "
				+ "org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptions().");
	}

	private static void warnOfMissingJvmOptions() {
		if (JVM_OPTIONS_LOOKED_AT.compareAndSet(false, true)) {
			missingJvmOptionsWarning(missingJvmOptions())
					.ifPresent(LoggerFactory.getLogger(PrivacySpark.class)::warn);
		}
	}

	/** A configured check; {@link #run} builds the Spark plan (nothing is read before it). */
	public static final class Check {
		private final List<RecordPolicy> policies;
		private final DataModel model;
		private Instant now = Instant.now();
		private final Map<String, String> parameters = new TreeMap<>();
		private boolean revealPersonalData;
		private boolean allOutcomes;
		private StorageLevel storageLevel = KEPT;

		private Check(List<RecordPolicy> policies) {
			if (policies.isEmpty()) {
				throw new IllegalArgumentException("no policy to check");
			}
			this.policies = List.copyOf(policies);
			this.model = model(this.policies);
		}

		/** What "now" is for deadlines; by default the instant {@link #checker} was called. */
		public Check now(Instant now) {
			this.now = Objects.requireNonNull(now, "now");
			return this;
		}

		/** Values for the policies' parameters ({@code --param grace=30 days}); unknown names are refused. */
		public Check parameters(Map<String, String> values) {
			TreeSet<String> known = new TreeSet<>();
			policies.forEach(p -> known.addAll(p.parameterNames()));
			for (String name : values.keySet()) {
				if (!known.contains(name)) {
					throw new IllegalArgumentException("unknown parameter '" + name + "'; " + (known.isEmpty()
							? "the rules declare no parameter" : "the rules declare " + String.join(", ", known)));
				}
			}
			parameters.putAll(values);
			return this;
		}

		/** Whether explanations show personal data unmasked ({@code --reveal-personal-data}); masked by default. */
		public Check revealPersonalData(boolean reveal) {
			this.revealPersonalData = reveal;
			return this;
		}

		/** Whether satisfied and not-applicable outcomes are findings too ({@code --outcomes all}). */
		public Check allOutcomes(boolean all) {
			this.allOutcomes = all;
			return this;
		}

		/**
		 * How the check keeps the Datasets it reads several times: {@code DISK_ONLY} by default, which leaves Spark's
		 * memory to Spark's own blocks ({@link PrivacySpark#KEPT}). With memory to spare, a job may keep them in
		 * memory first, {@code StorageLevel.MEMORY_AND_DISK()}, and save the time of writing them to disk; it fills
		 * the memory sooner, and Spark then evicts blocks with Kryo, which needs the options
		 * {@code spark-submit} gives ({@link PrivacySpark#missingJvmOptions()}).
		 */
		public Check storageLevel(StorageLevel level) {
			this.storageLevel = Objects.requireNonNull(level, "level");
			return this;
		}

		/**
		 * Plans the check of {@code data}, a Dataset per entity name (columns named after the fields); the first check
		 * of a JVM warns in Spark's log if the JVM lacks options of Spark's launcher ({@link #missingJvmOptions()}).
		 */
		public SparkCheck run(SparkSession spark, Map<String, Dataset<Row>> data) {
			warnOfMissingJvmOptions();
			return new Plan(spark, this, data).run();
		}
	}

	/** The question "the record of {@code entity} with key {@code key}", as the look-up rounds name it. */
	static String findRequest(String entity, String key) {
		return "F\u0000" + entity + "\u0000" + key;
	}

	/** The question "the records of {@code entity} whose {@code field} holds {@code key}". */
	static String referencingRequest(String entity, String field, String key) {
		return "R\u0000" + entity + "\u0000" + field + "\u0000" + key;
	}

	/** The Spark plan of one check. */
	private static final class Plan {
		private final SparkSession spark;
		private final Check check;
		private final Map<String, Dataset<Row>> data;

		Plan(SparkSession spark, Check check, Map<String, Dataset<Row>> data) {
			this.spark = spark;
			this.check = check;
			this.data = new TreeMap<>(data);
		}

		SparkCheck run() {
			DataModel model = check.model;
			Dataset<Row> prepared = null;
			for (Map.Entry<String, Dataset<Row>> entity : data.entrySet()) {
				Dataset<Row> rows = entity.getValue().mapPartitions(
						new Prepare(entity.getKey(), ModelQueries.keyField(model, entity.getKey()),
								ModelQueries.nestingFields(model, entity.getKey()), entity.getKey(),
								entity.getValue().schema()),
						Encoders.row(Prepare.SCHEMA));
				prepared = prepared == null ? rows : prepared.unionByName(rows);
			}
			if (prepared == null) {
				prepared = spark.createDataFrame(List.of(), Prepare.SCHEMA);
			}
			prepared = prepared.persist(check.storageLevel);

			// the first record with a key is the one checked and found; the others are data problems (as in the CLI)
			Dataset<Row> keyed = prepared.filter(col("problem").isNull().and(col("key").isNotNull()))
					.withColumn("rank", row_number().over(Window.partitionBy("entity", "key").orderBy("file", "line")));
			Dataset<Row> first = keyed.filter(col("rank").equalTo(1)).select(col("entity"), col("key"),
					col("file").as("firstFile"), col("line").as("firstLine"));
			Dataset<Row> duplicates = keyed.filter(col("rank").gt(1)).join(first, new String[] { "entity", "key" })
					.select("entity", "key", "file", "line", "firstFile", "firstLine")
					.map(new DuplicateMessage(model, check.revealPersonalData), Encoders.row(PROBLEMS));
			Dataset<Row> valid = keyed.filter(col("rank").equalTo(1)).drop("rank")
					.unionByName(prepared.filter(col("problem").isNull().and(col("key").isNull())))
					.select(columns(Prepare.SCHEMA)).persist(check.storageLevel);
			List<Dataset<Row>> problems = new ArrayList<>();
			problems.add(prepared.filter(col("problem").isNotNull())
					.select(col("file"), col("line"), col("problem").as("message")));
			problems.add(duplicates);

			TreeSet<String> checked = new TreeSet<>();
			check.policies.forEach(p -> checked.addAll(p.entities()));
			Dataset<Row> pending = valid.filter(col("entity").isin(checked.toArray()))
					.withColumn("id", monotonically_increasing_id())
					.withColumn("answers", lit(null).cast(Checker.ANSWERS))
					.select(columns(Checker.PENDING));
			Dataset<Row> byKey = valid.filter(col("key").isNotNull()).select("entity", "key", "values");
			Dataset<Row> byReference = valid.flatMap(new ReferenceIndex(model), Encoders.row(ReferenceIndex.SCHEMA));

			List<String> classes = check.policies.stream().map(p -> p.getClass().getName()).toList();
			List<Dataset<Row>> findings = new ArrayList<>();
			List<Dataset<Row>> counts = new ArrayList<>();
			for (int round = 1; round <= MAX_ROUNDS; round++) {
				Dataset<Row> out = pending.mapPartitions(new Checker(classes, check.parameters, check.now,
						check.revealPersonalData, check.allOutcomes, round == MAX_ROUNDS), Encoders.row(Checker.OUT))
						.persist(check.storageLevel);
				findings.add(out.filter(col("kind").equalTo(Checker.FINDING)).select(columns(FINDINGS)));
				counts.add(out.filter(col("kind").equalTo(Checker.COUNT))
						.select("rule", "records", "inScope", "passed"));
				problems.add(out.filter(col("kind").equalTo(Checker.PROBLEM))
						.select(col("file"), col("line"), col("message")));
				Dataset<Row> misses = out.filter(col("kind").equalTo(Checker.MISS));
				if (misses.isEmpty()) {
					break;
				}
				pending = out.filter(col("kind").equalTo(Checker.RETRY)).select(columns(Checker.PENDING)).as("p")
						.join(answers(misses, byKey, byReference).as("a"), col("p.id").equalTo(col("a.id")), "left")
						.select(col("p.id"), col("p.entity"), col("p.file"), col("p.line"), col("p.key"),
								col("p.values"), concat(expr("coalesce(p.answers, array())").cast(Checker.ANSWERS),
										expr("coalesce(a.gathered, array())").cast(Checker.ANSWERS)).as("answers"));
			}
			Dataset<Row> allFindings = findings.stream().reduce(Dataset::union).orElseThrow();
			Dataset<Row> allProblems = problems.stream().reduce(Dataset::union).orElseThrow();
			return new SparkCheck(allFindings, allProblems, rules(counts.stream().reduce(Dataset::union).orElseThrow()));
		}

		/**
		 * Per rule of the policies, in their order, the records it judged, those in its scope and those that passed
		 * ({@link #RULES}), from the counts each partition of each round gave.
		 */
		private Dataset<Row> rules(Dataset<Row> counts) {
			java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(); // a rule id once, where first seen
			check.policies.forEach(policy -> policy.rules().forEach(rule -> ids.add(rule.id())));
			List<Row> order = new ArrayList<>();
			ids.forEach(id -> order.add(RowFactory.create(id, order.size())));
			Dataset<Row> rules = spark.createDataFrame(order, new StructType().add("rule", DataTypes.StringType, false)
					.add("position", DataTypes.IntegerType, false));
			Dataset<Row> summed = counts.groupBy("rule").agg(sum("records").as("records"),
					sum("inScope").as("inScope"), sum("passed").as("passed"));
			return rules.join(summed, new String[] { "rule" }, "left").orderBy("position").select(col("rule"),
					coalesce(col("records"), lit(0L)).as("records"), coalesce(col("inScope"), lit(0L)).as("inScope"),
					coalesce(col("passed"), lit(0L)).as("passed"));
		}

		/** For each record with questions, the records that answer them, gathered by Spark joins. */
		private static Dataset<Row> answers(Dataset<Row> misses, Dataset<Row> byKey, Dataset<Row> byReference) {
			Dataset<Row> questions = misses.select("request", "requestKind", "requestEntity", "requestField",
					"requestKey").distinct();
			Dataset<Row> found = questions.filter(col("requestKind").equalTo("find")).as("q")
					.join(byKey.as("k"), col("q.requestEntity").equalTo(col("k.entity"))
							.and(col("q.requestKey").equalTo(col("k.key"))), "left")
					.groupBy(col("q.request").as("request"))
					.agg(collect_list(col("k.values")).as("records"));
			Dataset<Row> referring = questions.filter(col("requestKind").equalTo("referencing")).as("q")
					.join(byReference.as("r"), col("q.requestEntity").equalTo(col("r.entity"))
							.and(col("q.requestField").equalTo(col("r.field")))
							.and(col("q.requestKey").equalTo(col("r.refKey"))), "left")
					.groupBy(col("q.request").as("request"))
					.agg(sort_array(collect_list(when(col("r.values").isNotNull(),
							struct(col("r.file"), col("r.line"), col("r.values"))))).as("sorted"))
					.select(col("request"), expr("transform(sorted, r -> r.values)").as("records"));
			return misses.select("id", "request").join(found.union(referring), "request")
					.groupBy("id").agg(collect_list(struct(col("request"), col("records"))).as("gathered"));
		}

		private static Column[] columns(StructType schema) {
			return java.util.Arrays.stream(schema.fieldNames()).map(name -> col(name)).toArray(Column[]::new);
		}
	}

	/** The records of each entity by the fields look-ups find them through: one row a record, field and key. */
	private static final class ReferenceIndex implements FlatMapFunction<Row, Row> {
		private static final long serialVersionUID = 1L;
		static final StructType SCHEMA = new StructType()
				.add("entity", DataTypes.StringType, false)
				.add("field", DataTypes.StringType, false)
				.add("refKey", DataTypes.StringType, false)
				.add("file", DataTypes.StringType)
				.add("line", DataTypes.LongType)
				.add("values", DataTypes.BinaryType, false);

		private final DataModel model;
		private final Map<String, Map<String, ModelQueries.Lookups>> fields = new LinkedHashMap<>();

		ReferenceIndex(DataModel model) {
			this.model = model;
			model.names().forEach(entity -> {
				Map<String, ModelQueries.Lookups> lookups = ModelQueries.lookupFields(model, entity);
				if (!lookups.isEmpty()) {
					fields.put(entity, lookups);
				}
			});
		}

		@Override
		public java.util.Iterator<Row> call(Row row) {
			// entity, file, line, key, values, problem: rows inside a function carry no schema
			String entity = row.getString(0);
			Map<String, ModelQueries.Lookups> lookups = fields.get(entity);
			if (lookups == null) {
				return java.util.Collections.emptyIterator();
			}
			byte[] encoded = (byte[]) row.get(4);
			Record record = RecordCodec.decode(encoded);
			List<Row> rows = new ArrayList<>();
			lookups.forEach((field, how) -> {
				for (String key : Prepare.lookupKeys(record.get(field), how, model, field)) {
					rows.add(RowFactory.create(entity, field, key, row.get(1), row.get(2), encoded));
				}
			});
			return rows.iterator();
		}
	}

	/** The problem of a record whose key an earlier record has: the key masked if personal, and shortened. */
	private static final class DuplicateMessage implements MapFunction<Row, Row> {
		private static final long serialVersionUID = 1L;
		private static final int KEY_LENGTH = 40;
		private final DataModel model;
		private final boolean revealPersonalData;

		DuplicateMessage(DataModel model, boolean revealPersonalData) {
			this.model = model;
			this.revealPersonalData = revealPersonalData;
		}

		@Override
		public Row call(Row row) {
			String entity = row.getString(0); // entity, key, file, line, firstFile, firstLine
			String key = row.getString(1);
			String keyField = ModelQueries.keyField(model, entity);
			boolean personal = ModelQueries.personalKey(model, entity);
			String shown = personal && !revealPersonalData ? Mask.mask(key) : key;
			if (shown.codePointCount(0, shown.length()) > KEY_LENGTH) {
				shown = shown.substring(0, shown.offsetByCodePoints(0, KEY_LENGTH - 1)) + "…";
			}
			Object firstLine = row.get(5);
			String firstLocation = row.get(4) + (firstLine == null ? "" : ":" + firstLine);
			return RowFactory.create(row.get(2), row.get(3), entity + " key '" + keyField + "' \""
					+ shown + "\" is already used by the record at " + firstLocation + "; this record is not checked");
		}
	}
}
