package org.privacy.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.json_object_keys;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.privacy.check.CsvSeparator;
import org.privacy.check.EntityFiles;
import org.privacy.runtime.DataModel;

/**
 * Reads data files with Spark's readers into the Datasets {@link PrivacySpark} checks, with schemas derived from the
 * policy's data model (never inferred): JSON Lines ({@code .jsonl}, {@code .ndjson}), CSV with a header row
 * ({@code .csv}) and Parquet ({@code .parquet}). Each row carries where it came from (the file's name in reports
 * and its line, or its row for Parquet). A line that is not a record, or that names a property twice, becomes a data
 * problem naming the file and line, never its content. JSON property names match the model's field names as written
 * (case matters), as {@code privacy check} reads them, whatever the session's {@code spark.sql.caseSensitive}.
 * <p>
 * JSON Lines and CSV values are read as text (lists as lists of text), which the runtime parses as the CLI does
 * ({@code Values}): a value that is not what the model says becomes the rule's {@code data-error}, not a silent
 * {@code null}, as it would with a typed Spark schema. A JSON Lines record whose reference holds the referenced
 * record as an object, or whose list of records holds objects, keeps its line, from which these objects are read
 * ({@link NestedRecords}). Parquet columns keep their types (a struct column is a nested record). A JSON array file
 * ({@code .json}), which {@code privacy check} reads, is one data problem: its records are not checked, and say so.
 */
public final class SparkReaders {
	private static final String CORRUPT = "_corrupt";
	/** Whether a JSON line names a property twice at its top level. */
	private static final String TWICE = "_twice";
	/** The rows of a file that is not read: where, and why. */
	private static final StructType PROBLEM_ONLY = new StructType().add(Prepare.FILE, DataTypes.StringType)
			.add(Prepare.LINE, DataTypes.LongType).add(Prepare.PROBLEM, DataTypes.StringType);

	private SparkReaders() {
	}

	/**
	 * The data files of a local or mounted folder, by entity: each file named after an entity ({@code Prospect.jsonl},
	 * {@code prospecting_call.csv}, {@code Account.parquet}), or any such file in a folder named after it
	 * ({@code Account/part-0001.snappy.parquet}), as {@code privacy check} names them ({@link EntityFiles}: case,
	 * {@code -} and {@code _} do not matter; the base name is the name without its last extension). Names in reports
	 * are {@code prefix/} and the path under {@code folder}.
	 */
	public static Map<String, Dataset<Row>> folder(SparkSession spark, DataModel model, Path folder, String prefix) {
		Map<String, String> files = new TreeMap<>(); // path under the folder -> path to read
		try (Stream<Path> all = Files.walk(folder)) {
			all.filter(Files::isRegularFile).forEach(file -> files.put(
					folder.relativize(file).toString().replace('\\', '/'), file.toString()));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list the data folder " + folder, e);
		}
		return byEntity(spark, model, files, prefix);
	}

	/**
	 * The data files of a folder wherever Spark reads ({@code hdfs://}, {@code s3a://}, {@code abfss://},
	 * {@code file:}, or a path of the cluster's default file system), listed with the cluster's Hadoop configuration,
	 * by entity as {@link #folder(SparkSession, DataModel, Path, String)} finds them. Files and folders whose name
	 * starts with {@code _} or {@code .} ({@code _SUCCESS}, {@code .part-0.crc}) are skipped, as Spark's readers skip them.
	 */
	public static Map<String, Dataset<Row>> folder(SparkSession spark, DataModel model, String folder, String prefix) {
		Map<String, String> files = new TreeMap<>();
		org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(folder);
		try {
			FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
			String base = fs.makeQualified(root).toUri().getPath();
			base = base.endsWith("/") ? base : base + "/";
			RemoteIterator<LocatedFileStatus> all = fs.listFiles(root, true);
			while (all.hasNext()) {
				org.apache.hadoop.fs.Path file = all.next().getPath();
				String path = file.toUri().getPath();
				String relative = path.startsWith(base) ? path.substring(base.length()) : file.getName();
				if (java.util.Arrays.stream(relative.split("/")).noneMatch(n -> n.startsWith("_") || n.startsWith("."))) {
					files.put(relative, file.toString());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list the data folder " + folder, e);
		}
		return byEntity(spark, model, files, prefix);
	}

	/** The files of {@code files} (path under the folder, sorted, to path to read) that hold an entity's records. */
	private static Map<String, Dataset<Row>> byEntity(SparkSession spark, DataModel model, Map<String, String> files,
			String prefix) {
		Map<String, List<String[]>> byEntity = new TreeMap<>();
		EntityFiles entityFiles = EntityFiles.of(model.names());
		files.forEach((relative, path) -> {
			String entity = entityFiles.entityOf(Path.of(relative));
			if (entity != null && format(Path.of(relative)) != null) {
				byEntity.computeIfAbsent(entity, e -> new ArrayList<>()).add(new String[] { relative, path });
			}
		});
		Map<String, Dataset<Row>> data = new TreeMap<>();
		byEntity.forEach((entity, paths) -> {
			Dataset<Row> rows = null;
			for (String[] file : paths) {
				String name = (prefix == null || prefix.isEmpty() ? "" : prefix + "/") + file[0];
				Dataset<Row> read = read(spark, model, entity, file[1], name);
				rows = rows == null ? read : rows.unionByName(read, true);
			}
			data.put(entity, rows);
		});
		return data;
	}

	/** Reads one file of {@code entity} by its extension; {@code name} is the file as reports name it. */
	public static Dataset<Row> read(SparkSession spark, DataModel model, String entity, String path, String name) {
		String format = format(Path.of(path));
		if (format == null) {
			throw new IllegalArgumentException("not a data file (.jsonl, .ndjson, .csv or .parquet): " + name);
		}
		return switch (format) {
			case "jsonl" -> jsonLines(spark, model, entity, path, name);
			case "csv" -> csv(spark, path, name);
			// privacy check reads it: skipping it would check fewer records than the CLI without a word
			case "json" -> problem(spark, name, 1, "a JSON array file (.json) is not read on Spark, which reads one "
					+ "record a line: export it as JSON Lines (.jsonl); its records are not checked");
			default -> parquet(spark, path, name);
		};
	}

	/** A file that is not read: one data problem, at {@code line}. */
	private static Dataset<Row> problem(SparkSession spark, String name, long line, String message) {
		return spark.createDataFrame(List.of(RowFactory.create(name, line, message)), PROBLEM_ONLY);
	}

	/** JSON Lines: one object a line; blank lines are skipped (and counted). */
	public static Dataset<Row> jsonLines(SparkSession spark, DataModel model, String entity, String path,
			String name) {
		StructType schema = textSchema(model, entity).add(CORRUPT, DataTypes.StringType);
		Dataset<Row> lines = numberedLines(spark, path);
		// Spark's parser keeps the last value of a name written twice, without a word; the CLI rejects the record.
		// Names are matched as written (case matters) whatever spark.sql.caseSensitive says, as the CLI matches them.
		Column keys = json_object_keys(col("value"));
		Dataset<Row> parsed = lines.filter(trim(col("value")).notEqual(""))
				.select(col("line"), col("value"), from_json(col("value"), schema,
						Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", CORRUPT)).as("r"),
						size(array_distinct(keys)).notEqual(size(keys)).as(TWICE));
		// the line itself only where a field that may nest records holds an object's text, which Prepare reads
		// again from the line (NestedRecords); for the other lines nothing more travels
		Column nests = null;
		for (DataModel.Field field : ModelQueries.storedFields(model, entity)) {
			if (field.isReference()) {
				Column value = col("r").getField(field.name());
				Column object = field.list() ? exists(value, element -> element.startsWith(NestedRecords.OBJECT))
						: value.startsWith(NestedRecords.OBJECT);
				nests = nests == null ? object : nests.or(object);
			}
		}
		parsed = nests == null ? parsed.select(col("line"), col(TWICE), col("r.*"))
				: parsed.select(col("line"), col(TWICE), when(nests, col("value")).as(Prepare.JSON), col("r.*"));
		Dataset<Row> rows = located(parsed, name, "not valid JSON, or a value where the model has a list (or the "
				+ "reverse); this record is not checked");
		return rows.withColumn(Prepare.PROBLEM, when(col(Prepare.PROBLEM).isNull().and(col(TWICE)),
				lit("a property name appears twice in the object, so which value holds is unknown; this record is "
						+ "not checked")).otherwise(col(Prepare.PROBLEM))).drop(TWICE);
	}

	/**
	 * CSV with a header row naming the fields (RFC 4180 quoting on one line; a quoted cell spanning lines is a data
	 * problem), separated by commas, or by semicolons or tabs as {@code privacy check} reads them
	 * ({@link CsvSeparator}). An empty cell is a missing value.
	 */
	public static Dataset<Row> csv(SparkSession spark, String path, String name) {
		Dataset<Row> lines = numberedLines(spark, path).filter(trim(col("value")).notEqual(""))
				.persist(PrivacySpark.KEPT); // read twice: the header row, then the records
		List<Row> first = lines.orderBy("line").limit(1).collectAsList(); // the header row only
		if (first.isEmpty()) {
			return spark.createDataFrame(List.of(), PROBLEM_ONLY);
		}
		long headerLine = first.get(0).getLong(0);
		String header = first.get(0).getString(1);
		char separator = CsvSeparator.of(header);
		List<String> names = CsvLines.cells(header, separator);
		StructType schema = new StructType();
		Set<String> seen = new HashSet<>();
		for (String column : names == null ? List.of("") : names) {
			String field = column.strip();
			if (field.isEmpty() || !seen.add(field)) {
				// never the names: in a file without a header row, the "header" is a record of personal data
				return problem(spark, name, headerLine, field.isEmpty()
						? "a column of the header has no name; the file is not read"
						: "two columns of the header have the same name; does the file start with a header row?");
			}
			schema = schema.add(field, DataTypes.StringType);
		}
		StructType withCorrupt = schema.add(CORRUPT, DataTypes.StringType);
		Dataset<Row> parsed = lines.filter(col("line").gt(headerLine))
				.select(col("line"), col("value"), from_csv(col("value"), lit(withCorrupt.toDDL()),
						Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", CORRUPT, "sep",
								String.valueOf(separator))).as("r"))
				.select(col("line"), col("value").as("_text"), col("r.*"));
		StructType out = new StructType().add(Prepare.FILE, DataTypes.StringType)
				.add(Prepare.LINE, DataTypes.LongType).add(Prepare.PROBLEM, DataTypes.StringType);
		for (StructField field : schema.fields()) {
			out = out.add(field);
		}
		return parsed.map(new CsvRow(name, schema.fieldNames(), separator, parsed.schema().fieldIndex(CORRUPT)),
				Encoders.row(out));
	}

	/** Parquet: the file's own column types; rows are numbered from 1 in the file. */
	public static Dataset<Row> parquet(SparkSession spark, String path, String name) {
		Dataset<Row> rows = spark.read().parquet(path);
		return rows.withColumn(Prepare.LINE, col("_metadata.row_index").plus(1))
				.withColumn(Prepare.FILE, lit(name));
	}

	/**
	 * The schema of the records of {@code entity} as the JSON Lines reader reads them: the fields the data holds,
	 * each as text, or a list of text.
	 */
	public static StructType textSchema(DataModel model, String entity) {
		StructType schema = new StructType();
		for (DataModel.Field field : ModelQueries.storedFields(model, entity)) {
			DataType leaf = DataTypes.StringType;
			schema = schema.add(field.name(), field.list() ? DataTypes.createArrayType(leaf, true) : leaf);
		}
		return schema;
	}

	/** The lines of one file with their numbers from 1 (Spark keeps a file's splits in order). */
	private static Dataset<Row> numberedLines(SparkSession spark, String path) {
		JavaRDD<Row> numbered = spark.read().text(path).javaRDD().zipWithIndex()
				.map(pair -> RowFactory.create(pair._2() + 1, pair._1().getString(0)));
		return spark.createDataFrame(numbered,
				new StructType().add("line", DataTypes.LongType, false).add("value", DataTypes.StringType));
	}

	private static Dataset<Row> located(Dataset<Row> parsed, String name, String corruptMessage) {
		return parsed.withColumn(Prepare.FILE, lit(name)).withColumnRenamed("line", Prepare.LINE)
				.withColumn(Prepare.PROBLEM, when(col(CORRUPT).isNotNull(), lit(corruptMessage)))
				.drop(CORRUPT);
	}

	private static String format(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
			return "jsonl";
		}
		if (name.endsWith(".csv")) {
			return "csv";
		}
		if (name.endsWith(".json")) {
			return "json";
		}
		return name.endsWith(".parquet") ? "parquet" : null;
	}

	/** One parsed CSV line: its cells by the header's names, or a problem if its cells do not match the header. */
	private static final class CsvRow implements MapFunction<Row, Row> {
		private static final long serialVersionUID = 1L;
		private final String name;
		private final String[] columns;
		private final char separator;
		/** Where the parsed row holds {@link SparkReaders#CORRUPT}: found by name once, not for each line. */
		private final int corrupt;

		CsvRow(String name, String[] columns, char separator, int corrupt) {
			this.name = name;
			this.columns = columns;
			this.separator = separator;
			this.corrupt = corrupt;
		}

		@Override
		public Row call(Row row) {
			Object[] values = new Object[3 + columns.length];
			values[0] = name;
			values[1] = row.getLong(0);
			String text = row.getString(1);
			List<String> cells = CsvLines.cells(text, separator);
			if (cells == null) {
				values[2] = "a quoted cell is not closed on this line (the Spark reader reads a record a line); "
						+ "this record is not checked";
			} else if (cells.size() != columns.length) {
				values[2] = "the row has " + cells.size() + " cells but the header has " + columns.length;
			} else if (!row.isNullAt(corrupt)) {
				values[2] = "not valid CSV; this record is not checked";
			} else {
				for (int i = 0; i < columns.length; i++) {
					String cell = row.getString(2 + i);
					values[3 + i] = cell == null || cell.isEmpty() ? null : cell;
				}
			}
			return RowFactory.create(values);
		}
	}
}
