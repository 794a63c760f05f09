package org.privacy.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the values of a record (as the data readers make them: maps, lists, strings, numbers, booleans, nulls) into
 * bytes and back, exactly: a {@code Long} comes back a {@code Long}, a {@code BigDecimal} a {@code BigDecimal}. The
 * look-up store keeps records in this form, on disk when the data is large.
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

	private RecordCodec() {
	}

	/** The record's values, the index of its file and its line, as bytes. */
	public static byte[] encode(Map<String, Object> values, int file, int line) {
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
