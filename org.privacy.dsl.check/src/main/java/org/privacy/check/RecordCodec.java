package org.privacy.check;

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
 * Turns the values of a record into bytes and back, exactly: a {@code Long} comes back a {@code Long}, a
 * {@code BigDecimal} a {@code BigDecimal}. Values are what the data readers make (maps, lists, strings, numbers,
 * booleans, nulls) and what typed sources give besides ({@link Instant}, {@link LocalDate}: Parquet columns on Spark).
 * <p>
 * Two forms share the encoding of values and differ in how they say where the record comes from: the engine's
 * look-up store, on disk when the data is large, keeps the index of the record's file and its line
 * ({@link #encode(Map, int, int)}); the Spark check ({@code org.privacy.dsl.spark}), which carries records in a binary
 * column from executor to executor and has no table of files, keeps the location as text
 * ({@link #encode(Map, String)}, {@link #decode(byte[])}). That form is public for it.
 */
public final class RecordCodec {
	private static final int NULL = 0;
	private static final int STRING = 1;
	private static final int TRUE = 2;
	private static final int FALSE = 3;
	private static final int INT = 4;
	private static final int LONG = 5;
	private static final int DOUBLE = 6;
	private static final int BIG_INTEGER = 7;
	private static final int BIG_DECIMAL = 8;
	private static final int LIST = 9;
	private static final int MAP = 10;
	private static final int INSTANT = 11;
	private static final int DATE = 12;

	private RecordCodec() {
	}

	/** The record's values, the index of its file and its line, as bytes. */
	static byte[] encode(Map<String, Object> values, int file, int line) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(file);
			out.writeInt(line);
			writeMap(out, values);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
		}
		return bytes.toByteArray();
	}

	/** A record decoded from {@link #encode}; {@code files} names the files by index. */
	static DataRecord decode(byte[] encoded, List<String> files) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
			int file = in.readInt();
			int line = in.readInt();
			return new DataRecord(readMap(in), files.get(file), line);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // only bytes this class wrote are decoded
		}
	}

	/**
	 * The record's values and where it comes from, as text ({@code data/Prospect.jsonl:12}, or {@code null}), as
	 * bytes. Values of a kind this codec does not know are refused ({@link IllegalArgumentException}): a value is never
	 * changed on the way.
	 */
	public static byte[] encode(Map<String, Object> values, String location) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			writeString(out, location);
			writeMap(out, values);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
		}
		return bytes.toByteArray();
	}

	/** A record decoded from {@link #encode(Map, String)}: its values, and its location as {@link Record#location()}. */
	public static Record decode(byte[] encoded) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
			String location = readString(in);
			return new LocatedRecord(readMap(in), location);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // only bytes this class wrote are decoded
		}
	}

	/** A record whose location is text. */
	private record LocatedRecord(Map<String, Object> values, String location) implements Record {
		@Override
		public Object get(String field) {
			return values.get(field);
		}

		/** No values: a record's content is never printed, so that personal data stays out of logs and reports. */
		@Override
		public String toString() {
			return "record at " + location;
		}
	}

	private static void writeMap(DataOutputStream out, Map<?, ?> map) throws IOException {
		out.writeInt(map.size());
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			writeString(out, String.valueOf(entry.getKey()));
			write(out, entry.getValue());
		}
	}

	private static void write(DataOutputStream out, Object value) throws IOException {
		if (value == null) {
			out.writeByte(NULL);
		} else if (value instanceof String text) {
			out.writeByte(STRING);
			writeString(out, text);
		} else if (value instanceof Boolean flag) {
			out.writeByte(flag ? TRUE : FALSE);
		} else if (value instanceof Integer number) {
			out.writeByte(INT);
			out.writeInt(number);
		} else if (value instanceof Long number) {
			out.writeByte(LONG);
			out.writeLong(number);
		} else if (value instanceof Double number) {
			out.writeByte(DOUBLE);
			out.writeDouble(number);
		} else if (value instanceof BigInteger number) {
			out.writeByte(BIG_INTEGER);
			writeString(out, number.toString());
		} else if (value instanceof BigDecimal number) {
			out.writeByte(BIG_DECIMAL);
			writeString(out, number.toString());
		} else if (value instanceof List<?> list) {
			out.writeByte(LIST);
			out.writeInt(list.size());
			for (Object element : list) {
				write(out, element);
			}
		} else if (value instanceof Map<?, ?> map) {
			out.writeByte(MAP);
			writeMap(out, map);
		} else if (value instanceof Instant instant) {
			out.writeByte(INSTANT);
			out.writeLong(instant.getEpochSecond());
			out.writeInt(instant.getNano());
		} else if (value instanceof LocalDate date) {
			out.writeByte(DATE);
			out.writeLong(date.toEpochDay());
		} else {
			throw new IllegalArgumentException("a data reader made a value of an unexpected kind: "
					+ value.getClass().getName());
		}
	}

	private static Map<String, Object> readMap(DataInputStream in) throws IOException {
		int size = in.readInt();
		Map<String, Object> map = new LinkedHashMap<>(Math.max(4, size * 2));
		for (int i = 0; i < size; i++) {
			String name = readString(in);
			map.put(name, read(in));
		}
		return map;
	}

	private static Object read(DataInputStream in) throws IOException {
		int tag = in.readByte();
		return switch (tag) {
			case NULL -> null;
			case STRING -> readString(in);
			case TRUE -> Boolean.TRUE;
			case FALSE -> Boolean.FALSE;
			case INT -> in.readInt();
			case LONG -> in.readLong();
			case DOUBLE -> in.readDouble();
			case BIG_INTEGER -> new BigInteger(readString(in));
			case BIG_DECIMAL -> new BigDecimal(readString(in));
			case LIST -> readList(in);
			case MAP -> readMap(in);
			case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
			case DATE -> LocalDate.ofEpochDay(in.readLong());
			default -> throw new IOException("not a value tag: " + tag);
		};
	}

	private static List<Object> readList(DataInputStream in) throws IOException {
		int size = in.readInt();
		List<Object> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(read(in));
		}
		return list;
	}

	/** Strings of any length (writeUTF stops at 64 KB) as UTF-8 with a length; {@code null} too. */
	static void writeString(DataOutputStream out, String text) throws IOException {
		if (text == null) {
			out.writeInt(-1);
			return;
		}
		byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			return null;
		}
		byte[] utf8 = new byte[length];
		in.readFully(utf8);
		return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
	}
}
