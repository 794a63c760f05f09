package org.privacy.check;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>
 * Text is kept exactly, lone surrogates included (UTF-8 would turn them into {@code ?}): as one byte a character
 * when every character of it is in ISO 8859-1, which is the case of most data, else as its UTF-16 units. The bytes
 * are written into and read from an array directly, not through streams, which the look-ups of a check would pay
 * for on every record they read.
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

	/** A text's length written for {@code null}; {@code n >= 0} is n ISO 8859-1 bytes, {@code -2 - n} n UTF-16 units. */
	private static final int NULL_TEXT = -1;

	private RecordCodec() {
	}

	/** The record's values, the index of its file and its line, as bytes. */
	static byte[] encode(Map<String, Object> values, int file, int line) {
		Out out = new Out();
		out.writeInt(file);
		out.writeInt(line);
		writeMap(out, values);
		return out.toByteArray();
	}

	/** A record decoded from {@link #encode}; {@code files} names the files by index. */
	static DataRecord decode(byte[] encoded, List<String> files) {
		In in = new In(encoded);
		int file = in.readInt();
		int line = in.readInt();
		return new DataRecord(readMap(in), files.get(file), line);
	}

	/**
	 * The record's values and where it comes from, as text ({@code data/Prospect.jsonl:12}, or {@code null}), as
	 * bytes. Values of a kind this codec does not know are refused ({@link IllegalArgumentException}): a value is never
	 * changed on the way.
	 */
	public static byte[] encode(Map<String, Object> values, String location) {
		Out out = new Out();
		out.writeString(location);
		writeMap(out, values);
		return out.toByteArray();
	}

	/** A record decoded from {@link #encode(Map, String)}: its values, and its location as {@link Record#location()}. */
	public static Record decode(byte[] encoded) {
		In in = new In(encoded);
		String location = in.readString();
		return new LocatedRecord(readMap(in), location);
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

	private static void writeMap(Out out, Map<?, ?> map) {
		out.writeInt(map.size());
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			out.writeString(String.valueOf(entry.getKey()));
			write(out, entry.getValue());
		}
	}

	private static void write(Out out, Object value) {
		if (value == null) {
			out.writeByte(NULL);
		} else if (value instanceof String text) {
			out.writeByte(STRING);
			out.writeString(text);
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
			out.writeLong(Double.doubleToRawLongBits(number));
		} else if (value instanceof BigInteger number) {
			out.writeByte(BIG_INTEGER);
			out.writeString(number.toString());
		} else if (value instanceof BigDecimal number) {
			out.writeByte(BIG_DECIMAL);
			out.writeString(number.toString());
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

	private static Map<String, Object> readMap(In in) {
		int size = in.readInt();
		Map<String, Object> map = new LinkedHashMap<>(Math.max(4, size * 2));
		for (int i = 0; i < size; i++) {
			String name = in.readString();
			map.put(name, read(in));
		}
		return map;
	}

	private static Object read(In in) {
		int tag = in.readByte();
		return switch (tag) {
			case NULL -> null;
			case STRING -> in.readString();
			case TRUE -> Boolean.TRUE;
			case FALSE -> Boolean.FALSE;
			case INT -> in.readInt();
			case LONG -> in.readLong();
			case DOUBLE -> Double.longBitsToDouble(in.readLong());
			case BIG_INTEGER -> new BigInteger(in.readString());
			case BIG_DECIMAL -> new BigDecimal(in.readString());
			case LIST -> readList(in);
			case MAP -> readMap(in);
			case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
			case DATE -> LocalDate.ofEpochDay(in.readLong());
			default -> throw new IllegalStateException("not a value tag: " + tag); // only bytes this class wrote
		};
	}

	private static List<Object> readList(In in) {
		int size = in.readInt();
		List<Object> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(read(in));
		}
		return list;
	}

	/** Whether every character of {@code text} is in ISO 8859-1 (one byte each). */
	private static boolean isLatin1(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0xFF) {
				return false;
			}
		}
		return true;
	}

	/** Text of any length and {@code null}, exactly (see the class), to a stream: the spilled findings use it too. */
	static void writeString(DataOutputStream out, String text) throws IOException {
		if (text == null) {
			out.writeInt(NULL_TEXT);
		} else if (isLatin1(text)) {
			out.writeInt(text.length());
			out.write(text.getBytes(StandardCharsets.ISO_8859_1));
		} else {
			out.writeInt(-2 - text.length());
			out.writeChars(text);
		}
	}

	/** Text written by {@link #writeString(DataOutputStream, String)}. */
	static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length == NULL_TEXT) {
			return null;
		}
		if (length >= 0) {
			byte[] latin1 = new byte[length];
			in.readFully(latin1);
			return new String(latin1, StandardCharsets.ISO_8859_1);
		}
		char[] units = new char[-2 - length];
		for (int i = 0; i < units.length; i++) {
			units[i] = in.readChar();
		}
		return new String(units);
	}

	/** Bytes written into a growing array, numbers big-endian. */
	private static final class Out {
		private byte[] bytes = new byte[128];
		private int size;

		private void room(int more) {
			if (size + more > bytes.length) {
				bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
			}
		}

		void writeByte(int value) {
			room(1);
			bytes[size++] = (byte) value;
		}

		void writeInt(int value) {
			room(4);
			bytes[size] = (byte) (value >>> 24);
			bytes[size + 1] = (byte) (value >>> 16);
			bytes[size + 2] = (byte) (value >>> 8);
			bytes[size + 3] = (byte) value;
			size += 4;
		}

		void writeLong(long value) {
			writeInt((int) (value >>> 32));
			writeInt((int) value);
		}

		void writeString(String text) {
			if (text == null) {
				writeInt(NULL_TEXT);
				return;
			}
			int length = text.length();
			if (isLatin1(text)) {
				writeInt(length);
				room(length);
				for (int i = 0; i < length; i++) {
					bytes[size + i] = (byte) text.charAt(i);
				}
				size += length;
			} else {
				writeInt(-2 - length);
				room(2 * length);
				for (int i = 0; i < length; i++) {
					char unit = text.charAt(i);
					bytes[size + 2 * i] = (byte) (unit >>> 8);
					bytes[size + 2 * i + 1] = (byte) unit;
				}
				size += 2 * length;
			}
		}

		byte[] toByteArray() {
			return Arrays.copyOf(bytes, size);
		}
	}

	/** Bytes read from an array that {@link Out} wrote. */
	private static final class In {
		private final byte[] bytes;
		private int at;

		In(byte[] bytes) {
			this.bytes = bytes;
		}

		int readByte() {
			return bytes[at++];
		}

		int readInt() {
			int value = (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
					| bytes[at + 3] & 0xFF;
			at += 4;
			return value;
		}

		long readLong() {
			return (long) readInt() << 32 | readInt() & 0xFFFFFFFFL;
		}

		String readString() {
			int length = readInt();
			if (length == NULL_TEXT) {
				return null;
			}
			String text;
			if (length >= 0) {
				text = new String(bytes, at, length, StandardCharsets.ISO_8859_1);
				at += length;
			} else {
				char[] units = new char[-2 - length];
				for (int i = 0; i < units.length; i++) {
					units[i] = (char) ((bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF);
					at += 2;
				}
				text = new String(units);
			}
			return text;
		}
	}
}
