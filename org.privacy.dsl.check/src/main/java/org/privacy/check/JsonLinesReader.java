package org.privacy.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads JSON Lines: each non-blank line is one JSON object, decoded and parsed on its own so that a broken line, even
 * one that is not UTF-8, costs only itself. The file is read in blocks and cut at line ends; each line goes to
 * {@link RecordSink#line}, which parses it with {@link #parseLine} there or on another thread.
 */
final class JsonLinesReader implements DataReader {
	private static final int BLOCK = 1 << 16;

	@Override
	public void read(InputStream in, RecordSink sink) throws IOException {
		byte[] block = new byte[BLOCK];
		byte[] pending = new byte[256];
		int pendingLength = 0;
		int number = 1;
		boolean first = true;
		for (int read = in.read(block); read != -1; read = in.read(block)) {
			int start = 0;
			if (first && read > 0) {
				start = byteOrderMarkLength(block, read);
				first = false;
			}
			for (int i = start; i < read; i++) {
				if (block[i] != '\n') {
					continue;
				}
				if (pendingLength == 0) {
					sink.line(Arrays.copyOfRange(block, start, i), number++);
				} else {
					pending = append(pending, pendingLength, block, start, i);
					sink.line(Arrays.copyOf(pending, pendingLength + i - start), number++);
					pendingLength = 0;
				}
				start = i + 1;
			}
			pending = append(pending, pendingLength, block, start, read);
			pendingLength += read - start;
		}
		if (pendingLength > 0) {
			sink.line(Arrays.copyOf(pending, pendingLength), number);
		}
	}

	/** {@code pending} with {@code block[from, to)} after its first {@code length} bytes, grown if need be. */
	private static byte[] append(byte[] pending, int length, byte[] block, int from, int to) {
		byte[] target = pending;
		if (length + to - from > pending.length) {
			target = Arrays.copyOf(pending, Math.max(pending.length * 2, length + to - from));
		}
		System.arraycopy(block, from, target, length, to - from);
		return target;
	}

	/** 3 if the file starts with a UTF-8 byte order mark (read in full into {@code block}), else 0. */
	private static int byteOrderMarkLength(byte[] block, int read) {
		return read >= 3 && (block[0] & 0xFF) == 0xEF && (block[1] & 0xFF) == 0xBB && (block[2] & 0xFF) == 0xBF ? 3 : 0;
	}

	/** Parses one line into a record of {@code sink}, or rejects it with a message that does not quote it. */
	static void parseLine(byte[] bytes, int number, RecordSink sink) {
		if (!isAscii(bytes) && !isUtf8(bytes)) {
			sink.rejected(number, "the line is not UTF-8 text");
			return;
		}
		if (isBlank(bytes)) {
			return;
		}
		try (JsonParser parser = JsonValues.FACTORY.createParser(bytes)) {
			JsonToken first = parser.nextToken();
			if (first != JsonToken.START_OBJECT) {
				sink.rejected(number, "the line holds " + JsonValues.kind(first) + ", not a JSON object");
				return;
			}
			JsonValues.JsonObject object = JsonValues.readObject(parser);
			if (parser.nextToken() != null) {
				sink.rejected(number, "the line holds more than one JSON value");
			} else if (object.duplicate() != null) {
				sink.rejected(number, object.duplicateMessage(number));
			} else {
				sink.record(object.values(), number);
			}
		} catch (JacksonException e) {
			sink.rejected(number, JsonValues.describe(e));
		}
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	/** Whether the line holds only white space (as {@link String#isBlank()} sees ASCII and Unicode spaces). */
	private static boolean isBlank(byte[] bytes) {
		for (byte b : bytes) {
			if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
				return b >= 0 ? false : new String(bytes, StandardCharsets.UTF_8).isBlank();
			}
		}
		return true;
	}
}
