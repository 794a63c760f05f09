package org.privacy.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.privacy.check.RecordCodec;
import org.privacy.runtime.DataModel;
import org.privacy.runtime.Values;

/**
 * Turns the rows of one entity's Dataset into records the check can carry around: the entity, where the record came
 * from, its key as text and its values encoded ({@link RecordCodec}); or a data problem for a row that is not a
 * record (a reader's rejection, a key that is a list or an object). Runs in the executors.
 */
final class Prepare implements MapPartitionsFunction<Row, Row> {
	private static final long serialVersionUID = 1L;

	/**
	 * Columns the readers add to a row: where it came from, why it is not a record, and the JSON line itself where a
	 * field may nest records ({@link NestedRecords}).
	 */
	static final String FILE = "_file", LINE = "_line", PROBLEM = "_problem", JSON = "_json";

	static final StructType SCHEMA = new StructType()
			.add("entity", DataTypes.StringType, false)
			.add("file", DataTypes.StringType)
			.add("line", DataTypes.LongType)
			.add("key", DataTypes.StringType)
			.add("values", DataTypes.BinaryType)
			.add("problem", DataTypes.StringType);

	private final String entity;
	private final String keyField;
	private final String defaultFile;
	/** The fields that may nest records: references and lists of records ({@link ModelQueries#nestingFields}). */
	private final Set<String> nesting;
	/** The input's column names: rows inside a partition function carry no schema. */
	private final String[] names;

	Prepare(String entity, String keyField, List<String> nesting, String defaultFile, StructType input) {
		this.entity = entity;
		this.keyField = keyField;
		this.nesting = new HashSet<>(nesting);
		this.defaultFile = defaultFile;
		this.names = input.fieldNames();
	}

	@Override
	public Iterator<Row> call(Iterator<Row> rows) {
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return rows.hasNext();
			}

			@Override
			public Row next() {
				return prepare(rows.next());
			}
		};
	}

	private Row prepare(Row row) {
		String file = column(row, FILE) instanceof String name ? name : defaultFile;
		Object lineValue = column(row, LINE);
		Long line = lineValue instanceof Number n ? n.longValue() : null;
		if (column(row, PROBLEM) instanceof String problem) {
			return RowFactory.create(entity, file, line, null, null, problem);
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			if (!names[i].startsWith("_")) {
				values.put(names[i], SparkValues.toJava(row.get(i)));
			}
		}
		if (column(row, JSON) instanceof String json && nests(values)) {
			String problem = NestedRecords.read(json, nesting, values);
			if (problem != null) {
				return RowFactory.create(entity, file, line, null, null, problem);
			}
		}
		String key = null;
		if (keyField != null) {
			Object keyValue = values.get(keyField);
			if (!Values.isSingle(keyValue)) {
				return RowFactory.create(entity, file, line, null, null, "the key '" + keyField + "' holds "
						+ (keyValue instanceof Map<?, ?> ? "an object" : "a list")
						+ ", not a single value; this record is not checked");
			}
			key = presentKey(keyValue);
		}
		String location = file == null ? null : line == null ? file : file + ":" + line;
		return RowFactory.create(entity, file, line, key, RecordCodec.encode(values, location), null);
	}

	/** Whether a field that may nest records holds what may be an object, as Spark's reader gave it (text). */
	private boolean nests(Map<String, Object> values) {
		for (String field : nesting) {
			if (NestedRecords.mayNest(values.get(field))) {
				return true;
			}
		}
		return false;
	}

	private Object column(Row row, String name) {
		for (int i = 0; i < names.length; i++) {
			if (names[i].equals(name)) {
				return row.get(i);
			}
		}
		return null;
	}

	/** A key as text, or {@code null} if the value is missing or empty (as the CLI's check keys records). */
	static String presentKey(Object value) {
		String key = Values.key(value);
		return key == null || key.isEmpty() ? null : key;
	}

	/** The keys by which the look-up field {@code how} of a record finds it: keys, nested records' keys, lists. */
	static List<String> lookupKeys(Object value, ModelQueries.Lookups how, DataModel model, String field) {
		List<String> keys = new ArrayList<>();
		if (how.referenced() == null) {
			try {
				String key = Values.sharedKey(value, how.sharedKind(), field);
				return key == null ? keys : List.of(key);
			} catch (org.privacy.runtime.DataException notAValue) {
				return keys; // such a record is never found; if it is checked, its own rules say why
			}
		}
		collectKeys(value, ModelQueries.keyField(model, how.referenced()), keys);
		return keys;
	}

	private static void collectKeys(Object value, String referencedKeyField, List<String> keys) {
		if (value instanceof Iterable<?> list) {
			list.forEach(element -> collectKeys(element, referencedKeyField, keys));
		} else if (value instanceof Map<?, ?> nested) {
			if (referencedKeyField != null && Values.isPresent(nested.get(referencedKeyField))) {
				keys.add(Values.key(nested.get(referencedKeyField)));
			}
		} else if (Values.isPresent(value)) {
			keys.add(Values.key(value));
		}
	}
}
