package org.privacy.cli.files;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.privacy.check.FileProblems;
import org.privacy.check.RunFolder;

/** File writes that never leave a half-written file where a reader could see it. */
public final class AtomicFiles {
	private AtomicFiles() {
	}

	/**
	 * Writes {@code text} to a temporary file in the same folder as {@code file}, then renames it over the file. The
	 * temporary file is readable by its owner only while it is written; the file then gets its old mode, or a new
	 * file's ({@link FileModes}). A file reached through a symbolic link is replaced where it is, the link kept.
	 */
	public static void writeString(Path file, String text) throws IOException {
		write(file, out -> out.print(text));
	}

	/** Writes a text file, as {@link #writeString}, with what {@code content} prints: for text too large to hold. */
	public static void write(Path file, TextContent content) throws IOException {
		Path target = destination(file);
		Files.createDirectories(target.getParent());
		// createTempFile makes it 0600 on POSIX file systems: a report may hold personal data until it is complete
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
		try {
			RunFolder.track(temporary);
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8))) {
				content.writeTo(out);
				if (out.checkError()) {
					throw new IOException("the report could not be written in full");
				}
			}
			FileModes.prepare(temporary, target);
			move(temporary, target);
		} finally {
			Files.deleteIfExists(temporary);
			RunFolder.untrack(temporary);
		}
	}

	/**
	 * Where writing {@code file} goes: its absolute path with {@code .} and {@code ..} taken away by name, or the file
	 * a link points to, if it is a link to an existing file.
	 */
	public static Path destination(Path file) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		if (target.getParent() == null) {
			throw new FileSystemException(file.toString(), null, "a folder, not a file");
		}
		return Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
	}

	/** What a file holds, printed to a writer. */
	@FunctionalInterface
	public interface TextContent {
		void writeTo(PrintWriter out) throws IOException;
	}

	/** Moves a file over another in one step where the file system can, replacing it. */
	public static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A plain reason for a failed file operation, for a one-line message. */
	public static String describe(IOException problem) {
		return FileProblems.describe(problem);
	}

	/** Deletes a folder and everything in it, if it is there. */
	public static void deleteTree(Path root) throws IOException {
		FileProblems.deleteTree(root);
	}
}
