package org.privacy.check;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One line on a terminal that tells how a long check is going: records done, records per second, the share of the
 * data read and the time left, rewritten in place at most a few times a second and erased at the end. A progress
 * made with {@link #silent()} prints nothing: the check uses it when its output is not a terminal.
 */
public final class Progress {
	private static final long INTERVAL_NANOS = 250_000_000L;
	/** Nothing is shown for runs shorter than this. */
	private static final long QUIET_START_NANOS = 1_000_000_000L;

	private final PrintWriter out;
	private final LongSupplier nanoClock;
	private final long start;
	private long totalBytes;
	private long lastShown;
	private int shownLength;

	private Progress(PrintWriter out, LongSupplier nanoClock) {
		this.out = out;
		this.nanoClock = nanoClock;
		this.start = out == null ? 0 : nanoClock.getAsLong();
	}

	/** A progress line written to {@code terminal}, timed by {@code nanoClock} ({@link System#nanoTime()}). */
	public static Progress on(PrintWriter terminal, LongSupplier nanoClock) {
		return new Progress(terminal, nanoClock);
	}

	/** A progress that shows nothing. */
	public static Progress silent() {
		return new Progress(null, () -> 0);
	}

	/** The size of all the data to read, for the share done and the time left. */
	public void expect(long bytes) {
		totalBytes = bytes;
	}

	/** Tells that {@code records} records and {@code bytes} bytes of the data are done; shows it if it is time. */
	public void update(long records, long bytes) {
		if (out == null) {
			return;
		}
		long now = nanoClock.getAsLong();
		if (now - start < QUIET_START_NANOS || now - lastShown < INTERVAL_NANOS) {
			return;
		}
		lastShown = now;
		show(line(records, bytes, now - start));
	}

	/** Erases the line, if one was shown, so that what follows starts on a clean line. */
	public void done() {
		if (out != null && shownLength > 0) {
			out.print("\r" + " ".repeat(shownLength) + "\r");
			out.flush();
			shownLength = 0;
		}
	}

	/** The text of the line, e.g. {@code checking: 1,250,000 records, 812,000 records/s, 42% read, about 8 s left}. */
	public String line(long records, long bytes, long elapsedNanos) {
		double seconds = elapsedNanos / 1e9;
		StringBuilder line = new StringBuilder("checking: ")
				.append(String.format(Locale.ROOT, "%,d records, %,d records/s", records,
						Math.round(seconds > 0 ? records / seconds : 0)));
		if (totalBytes > 0 && bytes > 0) {
			double share = Math.min(1.0, (double) bytes / totalBytes);
			line.append(String.format(Locale.ROOT, ", %d%% read", (int) Math.floor(share * 100)));
			long left = Math.round(seconds * (1 - share) / share);
			line.append(", about ").append(duration(left)).append(" left");
		}
		return line.toString();
	}

	private void show(String line) {
		String padding = line.length() < shownLength ? " ".repeat(shownLength - line.length()) : "";
		out.print("\r" + line + padding);
		out.flush();
		shownLength = line.length();
	}

	private static String duration(long seconds) {
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
		}
		return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
	}
}
