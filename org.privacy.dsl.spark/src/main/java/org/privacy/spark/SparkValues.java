package org.privacy.spark;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/**
 * Turns the values of a Spark row into the values generated validators read ({@code Values}): text stays text,
 * integers become {@code Long}, decimals {@code BigDecimal}, timestamps {@link Instant}, dates {@link LocalDate},
 * arrays lists and structs maps. A column the readers gave as text (JSON Lines, CSV) stays text, which the runtime
 * parses exactly as it parses the CLI's CSV cells.
 */
final class SparkValues {
	private SparkValues() {
	}

	static Object toJava(Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
				|| value instanceof Double || value instanceof BigDecimal) {
			return value;
		}
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof Float f) {
			return f.doubleValue();
		}
		if (value instanceof Timestamp t) {
			return t.toInstant();
		}
		if (value instanceof Date d) {
			return d.toLocalDate();
		}
		if (value instanceof Instant || value instanceof LocalDate) {
			return value;
		}
		if (value instanceof LocalDateTime t) { // TIMESTAMP_NTZ: a wall-clock time, taken as UTC
			return t.toInstant(ZoneOffset.UTC);
		}
		if (value instanceof Row row) {
			Map<String, Object> nested = new LinkedHashMap<>();
			StructField[] fields = row.schema().fields();
			for (int i = 0; i < fields.length; i++) {
				nested.put(fields[i].name(), toJava(row.get(i)));
			}
			return nested;
		}
		if (value instanceof scala.collection.Iterable<?> seq) {
			List<Object> list = new ArrayList<>();
			scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(element -> list.add(toJava(element)));
			return list;
		}
		if (value instanceof scala.collection.Map<?, ?> map) {
			Map<String, Object> nested = new LinkedHashMap<>();
			scala.jdk.javaapi.CollectionConverters.asJava(map).forEach((k, v) -> nested.put(String.valueOf(k), toJava(v)));
			return nested;
		}
		if (value instanceof byte[]) {
			return "(binary)"; // not a value rules can read; a rule reading it reports a data error
		}
		return value.toString();
	}
}
