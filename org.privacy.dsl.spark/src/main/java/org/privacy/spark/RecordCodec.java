package org.privacy.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.privacy.runtime.Record;

/**
 * A record's values and location as bytes, so that a record travels in a Spark column (the records a look-up
 * gathered for another record). Values are what the readers give: text, numbers, booleans, instants, dates, lists and
 * nested maps.
 */
final class RecordCodec {
	private static final int NULL = 0, TEXT = 1, LONG = 2, DOUBLE = 3, DECIMAL = 4, BIG_INTEGER = 5, TRUE = 6,
			FALSE = 7, LIST = 8, MAP = 9, INSTANT = 10, DATE = 11;

	private RecordCodec() {
	}

	static byte[] encode(Map<String, Object> values, String location) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 16 * values.size());
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			writeNullable(out, location);
			writeMap(out, values);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // never: the stream is in memory
		}
		return bytes.toByteArray();
	}

	static EncodedRecord decode(byte[] encoded) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
			String location = in.readBoolean() ? readText(in) : null;
			return new EncodedRecord(readMap(in), location);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A decoded record: its values by name and where it came from. */
	record EncodedRecord(Map<String, Object> values, String location) implements Record {
		@Override
		public Object get(String field) {
			return values.get(field);
		}

		/** No values: a record's content is never printed. */
		@Override
		public String toString() {
			return "record at " + location;
		}
	}

	private static void writeNullable(DataOutputStream out, String text) throws IOException {
		out.writeBoolean(text != null);
		if (text != null) {
			writeText(out, text);
		}
	}

	private static void writeText(DataOutputStream out, String text) throws IOException {
		byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static String readText(DataInputStream in) throws IOException {
		byte[] utf8 = new byte[in.readInt()];
		in.readFully(utf8);
		return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static void writeMap(DataOutputStream out, Map<?, ?> values) throws IOException {
		out.writeInt(values.size());
		for (Map.Entry<?, ?> entry : values.entrySet()) {
			writeText(out, String.valueOf(entry.getKey()));
			writeValue(out, entry.getValue());
		}
	}

	private static Map<String, Object> readMap(DataInputStream in) throws IOException {
		int size = in.readInt();
		Map<String, Object> values = new LinkedHashMap<>(Math.max(4, size * 2));
		for (int i = 0; i < size; i++) {
			String name = readText(in);
			values.put(name, readValue(in));
		}
		return values;
	}

	private static void writeValue(DataOutputStream out, Object value) throws IOException {
		if (value == null) {
			out.writeByte(NULL);
		} else if (value instanceof String s) {
			out.writeByte(TEXT);
			writeText(out, s);
		} else if (value instanceof Long || value instanceof Integer || value instanceof Short
				|| value instanceof Byte) {
			out.writeByte(LONG);
			out.writeLong(((Number) value).longValue());
		} else if (value instanceof Double || value instanceof Float) {
			out.writeByte(DOUBLE);
			out.writeDouble(((Number) value).doubleValue());
		} else if (value instanceof BigDecimal d) {
			out.writeByte(DECIMAL);
			writeText(out, d.toString());
		} else if (value instanceof BigInteger i) {
			out.writeByte(BIG_INTEGER);
			writeText(out, i.toString());
		} else if (value instanceof Boolean b) {
			out.writeByte(b ? TRUE : FALSE);
		} else if (value instanceof Instant i) {
			out.writeByte(INSTANT);
			out.writeLong(i.getEpochSecond());
			out.writeInt(i.getNano());
		} else if (value instanceof LocalDate d) {
			out.writeByte(DATE);
			out.writeLong(d.toEpochDay());
		} else if (value instanceof Map<?, ?> m) {
			out.writeByte(MAP);
			writeMap(out, m);
		} else if (value instanceof Iterable<?> list) {
			List<Object> elements = new ArrayList<>();
			list.forEach(elements::add);
			out.writeByte(LIST);
			out.writeInt(elements.size());
			for (Object element : elements) {
				writeValue(out, element);
			}
		} else {
			out.writeByte(TEXT);
			writeText(out, value.toString());
		}
	}

	private static Object readValue(DataInputStream in) throws IOException {
		int tag = in.readByte();
		return switch (tag) {
			case NULL -> null;
			case TEXT -> readText(in);
			case LONG -> in.readLong();
			case DOUBLE -> in.readDouble();
			case DECIMAL -> new BigDecimal(readText(in));
			case BIG_INTEGER -> new BigInteger(readText(in));
			case TRUE -> Boolean.TRUE;
			case FALSE -> Boolean.FALSE;
			case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
			case DATE -> LocalDate.ofEpochDay(in.readLong());
			case MAP -> readMap(in);
			case LIST -> {
				int size = in.readInt();
				List<Object> list = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					list.add(readValue(in));
				}
				yield list;
			}
			default -> throw new IOException("unknown value tag " + tag);
		};
	}
}
