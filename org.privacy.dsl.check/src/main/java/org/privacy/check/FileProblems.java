package org.privacy.check;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Plain words for failed file operations, and deleting the temporary folders a check leaves. */
public final class FileProblems {
	private FileProblems() {
	}

	/** A plain reason for a failed file operation, for a one-line message. */
	public static String describe(IOException problem) {
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
	public static void deleteTree(Path root) throws IOException {
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
