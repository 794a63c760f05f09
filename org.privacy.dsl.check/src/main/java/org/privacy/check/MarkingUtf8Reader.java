package org.privacy.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decodes UTF-8 (without its byte order mark) and, instead of failing at the first byte that is not UTF-8, puts
 * U+FFFD in its place and notes where: a reader of CSV or JSON can then reject the one record that holds it and go on,
 * where a strict decoder would end the file. Offsets count the characters this reader returned, as Jackson's
 * {@code getCharOffset()} does over it.
 */
final class MarkingUtf8Reader extends Reader {
	private final InputStream in;
	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
	private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
	private final Deque<Long> replaced = new ArrayDeque<>();
	private long returned;
	private boolean started;
	private boolean endOfInput;
	private boolean flushed;

	MarkingUtf8Reader(InputStream in) {
		this.in = in;
	}

	/**
	 * Whether a character that stood for bytes that are not UTF-8 was returned before {@code offset}; those before it
	 * are forgotten, so a reader asks with offsets that only grow, once per record.
	 */
	boolean replacedBefore(long offset) {
		boolean any = false;
		while (!replaced.isEmpty() && replaced.peekFirst() < offset) {
			replaced.removeFirst();
			any = true;
		}
		return any;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (flushed) {
			return -1; // a decoder that has been flushed cannot decode again
		}
		if (length == 0) {
			return 0;
		}
		if (!started) {
			skipByteOrderMark();
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (out.hasRemaining()) {
			CoderResult result = decoder.decode(bytes, out, endOfInput);
			if (result.isError() && !out.hasRemaining()) {
				break; // the decoder found it before needing room; it reports it again on the next read
			} else if (result.isError()) {
				replaced.addLast(returned + out.position() - offset);
				out.put('\uFFFD');
				bytes.position(bytes.position() + result.length());
			} else if (result.isOverflow() || out.position() > offset) {
				break; // full, or something to return without waiting for more bytes
			} else if (endOfInput) {
				if (!flushed) {
					decoder.flush(out);
					flushed = true;
				}
				break;
			} else {
				fill();
			}
		}
		int count = out.position() - offset;
		returned += count;
		return count == 0 && endOfInput ? -1 : count;
	}

	/** Reads more bytes after those not yet decoded; at the end of the stream, notes it. */
	private void fill() throws IOException {
		bytes.compact();
		int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
		if (read < 0) {
			endOfInput = true;
		} else {
			bytes.position(bytes.position() + read);
		}
		bytes.flip();
	}

	private void skipByteOrderMark() throws IOException {
		started = true;
		while (bytes.remaining() < 3 && !endOfInput) {
			fill();
		}
		if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
				&& (bytes.get(2) & 0xFF) == 0xBF) {
			bytes.position(3);
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
