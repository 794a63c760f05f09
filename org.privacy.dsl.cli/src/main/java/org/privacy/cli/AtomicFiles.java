package org.privacy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File writes that never leave a half-written file where a reader could see it. */
final class AtomicFiles {
	private AtomicFiles() {
	}

	/** Writes {@code text} to a temporary file in the same folder as {@code file}, then renames it over the file. */
	static void writeString(Path file, String text) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			move(temporary, target);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Writes a text file, as {@link #writeString}, with what {@code content} prints: for text too large to hold. */
	static void write(Path file, TextContent content) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
		try {
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8))) {
				content.writeTo(out);
				if (out.checkError()) {
					throw new IOException("the report could not be written in full");
				}
			}
			move(temporary, target);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** What a file holds, printed to a writer. */
	@FunctionalInterface
	interface TextContent {
		void writeTo(PrintWriter out) throws IOException;
	}

	/** Moves a file over another in one step where the file system can, replacing it. */
	static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A plain reason for a failed file operation, for a one-line message. */
	static String describe(IOException problem) {
		if (problem instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (problem instanceof FileAlreadyExistsException exists) {
			return exists.getFile() + " is in the way";
		}
		if (problem instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (problem instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason();
		}
		return problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
	}

	/** Deletes a folder and everything in it, if it is there. */
	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path path : paths) {
			Files.deleteIfExists(path);
		}
	}
}
