package org.privacy.check;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.base.ParserBase;

/**
 * Reads JSON Lines: each non-blank line is one JSON object, judged on its own so that a broken line, even one that
 * is not UTF-8, costs only itself. The file is read in blocks and cut at line ends; the lines of a block go together
 * to {@link RecordSink#lines} ({@link LineBlock}), which parses them with {@link #parseLines} there or on another
 * thread.
 * <p>
 * One parser reads a run of lines that look like objects, one after the other: a parser for each line cost as much
 * as reading its values. Whatever that parser does not read exactly as one object on its own line (bad JSON, two
 * values on a line, an object over two lines, a property named twice, a line that is not UTF-8 or holds other white
 * space than spaces and tabs) is read again on its own by {@link #parseLine}, which alone decides what becomes of
 * it, and a new parser starts after it: every line gets the outcome and message a parser of its own would give.
 */
final class JsonLinesReader implements DataReader {
	private static final int BLOCK = 1 << 16;
	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	/**
	 * Lines of JSON Lines not yet parsed, one after the other in {@code bytes}: line {@code i} is numbered
	 * {@code first + i} in the file and is {@code bytes[from(i), to(i))}, followed by its {@code '\n'} but for the last
	 * line of a file that does not end with one.
	 */
	record LineBlock(byte[] bytes, int start, int[] ends, int count, int first) {

		int from(int i) {
			return i == 0 ? start : ends[i - 1] + 1;
		}

		int to(int i) {
			return ends[i];
		}
	}

	@Override
	public void read(InputStream in, RecordSink sink) throws IOException {
		byte[] pending = new byte[256];
		int pendingLength = 0;
		int number = 1;
		boolean first = true;
		byte[] block = new byte[BLOCK];
		for (int read = in.read(block); read != -1; read = in.read(block)) {
			int start = 0;
			if (first && read > 0) {
				start = byteOrderMarkLength(block, read);
				first = false;
			}
			int[] ends = new int[64];
			int count = 0;
			int blockStart = start;
			for (int i = indexOfNewline(block, start, read); i >= 0; i = indexOfNewline(block, start, read)) {
				if (pendingLength > 0) {
					// the end of a line that started in an earlier block: a block of its own
					pending = append(pending, pendingLength, block, start, i);
					int length = pendingLength + i - start;
					sink.lines(new LineBlock(Arrays.copyOf(pending, length), 0, new int[] { length }, 1, number++));
					pendingLength = 0;
					blockStart = i + 1;
				} else {
					if (count == ends.length) {
						ends = Arrays.copyOf(ends, 2 * count);
					}
					ends[count++] = i;
				}
				start = i + 1;
			}
			pending = append(pending, pendingLength, block, start, read);
			pendingLength += read - start;
			if (count > 0) {
				sink.lines(new LineBlock(block, blockStart, ends, count, number));
				number += count;
				block = new byte[BLOCK]; // the lines handed over keep theirs
			}
		}
		if (pendingLength > 0) {
			sink.lines(new LineBlock(Arrays.copyOf(pending, pendingLength), 0, new int[] { pendingLength }, 1, number));
		}
	}

	/**
	 * The index of the first {@code '\n'} in {@code bytes[from, to)}, or -1; eight bytes at a time (a zero byte of
	 * {@code word ^ 0x0A..} is a line end: the lowest byte the test flags is the first one).
	 */
	static int indexOfNewline(byte[] bytes, int from, int to) {
		int i = from;
		for (; i + Long.BYTES <= to; i += Long.BYTES) {
			long word = (long) LONGS.get(bytes, i) ^ 0x0A0A0A0A0A0A0A0AL;
			long zeros = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
			if (zeros != 0) {
				return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
			}
		}
		for (; i < to; i++) {
			if (bytes[i] == '\n') {
				return i;
			}
		}
		return -1;
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

	/** What a line looks like before it is parsed. */
	private static final int BLANK = 0;
	private static final int OBJECT = 1;
	private static final int OTHER = 2;

	/** Parses the lines of {@code lines} into records of {@code sink}, or rejects them, each as {@link #parseLine}. */
	static void parseLines(LineBlock lines, RecordSink sink) {
		Utf8Check utf8 = new Utf8Check();
		int[] kinds = new int[lines.count()];
		for (int i = 0; i < kinds.length; i++) {
			kinds[i] = kind(lines.bytes(), lines.from(i), lines.to(i), utf8);
		}
		int i = 0;
		while (i < kinds.length) {
			if (kinds[i] == BLANK) {
				i++;
			} else if (kinds[i] == OTHER) {
				parseLine(lines.bytes(), lines.from(i), lines.to(i), lines.first() + i, sink, utf8);
				i++;
			} else {
				int end = i + 1;
				while (end < kinds.length && kinds[end] != OTHER) {
					end++;
				}
				int alone = parseRun(lines, kinds, i, end, sink);
				if (alone < end) {
					parseLine(lines.bytes(), lines.from(alone), lines.to(alone), lines.first() + alone, sink, utf8);
					i = alone + 1;
				} else {
					i = end;
				}
			}
		}
	}

	/**
	 * Reads lines {@code [from, to)}, objects and blank lines, with one parser, as long as each object is read whole
	 * on its own line with nothing after it; returns the first line that is not (to be read on its own), or
	 * {@code to}.
	 */
	private static int parseRun(LineBlock lines, int[] kinds, int from, int to, RecordSink sink) {
		FieldLayout fields = sink.fields();
		JsonValues.SlotMemo memo = fields == null ? null : new JsonValues.SlotMemo();
		int start = lines.from(from);
		int line = from;
		try (JsonParser parser = JsonValues.FACTORY.createParser(lines.bytes(), start, lines.to(to - 1) - start)) {
			JsonToken token = parser.nextToken();
			for (; line < to; line++) {
				if (kinds[line] == BLANK) {
					continue;
				}
				int row = line - from + 1; // the parser counts rows from 1 at the run's first line
				if (token != JsonToken.START_OBJECT || tokenRow(parser) != row) {
					return line;
				}
				JsonValues.JsonObject object = JsonValues.readObject(parser, fields, memo, lines.bytes(),
						lines.from(line), lines.to(line));
				if (object.duplicate() != null || tokenRow(parser) != row) {
					return line;
				}
				token = parser.nextToken();
				if (token != null && tokenRow(parser) == row) {
					return line;
				}
				sink.record(object.values(), lines.first() + line);
			}
			return to;
		} catch (JacksonException e) {
			return line;
		}
	}

	/** The row of the parser's current token, from 1 (without making a location, where the parser allows it). */
	private static int tokenRow(JsonParser parser) {
		return parser instanceof ParserBase base ? base.getTokenLineNr() : parser.currentTokenLocation().getLineNr();
	}

	/**
	 * {@link #BLANK} for a line of spaces, tabs and carriage returns; {@link #OBJECT} for UTF-8 text that starts with
	 * <code>{</code> after those and holds no other control character; else {@link #OTHER}.
	 */
	private static int kind(byte[] bytes, int from, int to, Utf8Check utf8) {
		int i = from;
		while (i < to && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r')) {
			i++;
		}
		if (i == to) {
			return BLANK;
		}
		if (bytes[i] != '{') {
			return OTHER;
		}
		boolean ascii = true;
		for (; i < to; i++) {
			byte b = bytes[i];
			if (b < 0) {
				ascii = false;
			} else if (b < 0x20 && b != '\t' && b != '\r') {
				return OTHER;
			}
		}
		return ascii || utf8.isUtf8(bytes, from, to) ? OBJECT : OTHER;
	}

	/** Parses one line into a record of {@code sink}, or rejects it with a message that does not quote it. */
	static void parseLine(byte[] bytes, int from, int to, int number, RecordSink sink) {
		parseLine(bytes, from, to, number, sink, new Utf8Check());
	}

	private static void parseLine(byte[] bytes, int from, int to, int number, RecordSink sink, Utf8Check utf8) {
		if (!isAscii(bytes, from, to) && !utf8.isUtf8(bytes, from, to)) {
			sink.rejected(number, "the line is not UTF-8 text");
			return;
		}
		if (isBlank(bytes, from, to)) {
			return;
		}
		try (JsonParser parser = JsonValues.FACTORY.createParser(bytes, from, to - from)) {
			JsonToken first = parser.nextToken();
			if (first != JsonToken.START_OBJECT) {
				sink.rejected(number, "the line holds " + JsonValues.kind(first) + ", not a JSON object");
				return;
			}
			JsonValues.JsonObject object = JsonValues.readObject(parser, sink.fields(), bytes, from, to);
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

	private static boolean isAscii(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether lines are UTF-8, as strictly as {@code StandardCharsets.UTF_8.newDecoder().decode(...)} judges them
	 * (malformed and unmappable input reported), with one decoder and a small buffer for all the lines of a block:
	 * the decoded text is not kept, so it is decoded a buffer at a time.
	 */
	private static final class Utf8Check {
		private CharsetDecoder decoder;
		private CharBuffer chars;
		private ByteBuffer in;

		boolean isUtf8(byte[] bytes, int from, int to) {
			if (decoder == null) {
				decoder = StandardCharsets.UTF_8.newDecoder();
				chars = CharBuffer.allocate(256);
			}
			if (in == null || in.array() != bytes) {
				in = ByteBuffer.wrap(bytes);
			}
			in.limit(to).position(from);
			decoder.reset();
			for (CoderResult result = decode(); !result.isUnderflow(); result = decode()) {
				if (result.isError()) {
					return false;
				}
			}
			chars.clear();
			return !decoder.flush(chars).isError();
		}

		/** Decodes what is left of the line, or what fits in the emptied buffer. */
		private CoderResult decode() {
			chars.clear();
			return decoder.decode(in, chars, true);
		}
	}

	/** Whether the line holds only white space (as {@link String#isBlank()} sees ASCII and Unicode spaces). */
	private static boolean isBlank(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			byte b = bytes[i];
			if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
				return b >= 0 ? false : new String(bytes, from, to - from, StandardCharsets.UTF_8).isBlank();
			}
		}
		return true;
	}
}
