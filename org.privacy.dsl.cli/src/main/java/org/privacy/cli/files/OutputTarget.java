package org.privacy.cli.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.privacy.cli.exit.UsageException;

/**
 * Checks, before a command does its work, that what it will write can be written and replaces nothing it reads:
 * a report file ({@code --out}, {@code --junit}) or the folder of generated sources. A mistake here is a usage
 * error (exit 2) with a sentence, found in a second rather than after an hour of checking, and an input (a data
 * file, a rule file, whatever link, {@code ..} or hard link names it) is never overwritten.
 */
public final class OutputTarget {
	private OutputTarget() {
	}

	/**
	 * Requires that {@code file} can be written as a new or replaced regular file and is none of {@code inputs};
	 * {@code what} names it in messages ("the report").
	 */
	public static void requireFile(Path named, String what, Collection<Path> inputs) {
		String cannot = "cannot write " + what + " to " + named + ": ";
		Path file = written(named);
		if (Files.isDirectory(named) || Files.isDirectory(file) || file.getParent() == null) {
			throw new UsageException(cannot + "it is a folder; name a file in it");
		}
		if (Files.exists(file) && !Files.isRegularFile(file)) {
			throw new UsageException(cannot + "it is not a regular file; to print the report, leave out the option");
		}
		if (Files.isRegularFile(file) && !Files.isWritable(file)) {
			throw new UsageException(cannot + "the file is read-only");
		}
		if (Files.isSymbolicLink(file) && !Files.exists(file)) {
			throw new UsageException(cannot + "it is a link to nothing");
		}
		requireFolderFor(cannot, file.toAbsolutePath().normalize().getParent());
		refuseInputs(cannot, file, inputs);
	}

	/** Requires that {@code folder} is a folder or can be made one, and can be written in. */
	public static void requireFolder(Path folder, String what) {
		String cannot = "cannot write " + what + " to " + folder + ": ";
		Path written = folder.toAbsolutePath().normalize(); // as SourceWriter writes it
		if (Files.exists(written) && !Files.isDirectory(written)) {
			throw new UsageException(cannot + "it is a file, not a folder");
		}
		requireFolderFor(cannot, written);
	}

	/** Refuses {@code file} if it is one of {@code inputs}, compared as files, not as names. */
	public static void refuseInputs(Path file, String what, Collection<Path> inputs) {
		refuseInputs("cannot write " + what + " to " + file + ": ", written(file), inputs);
	}

	/** The file that writing will replace: the one {@link AtomicFiles} writes, {@code x/../} taken away by name. */
	private static Path written(Path file) {
		try {
			return AtomicFiles.destination(file);
		} catch (IOException e) {
			return file.toAbsolutePath().normalize();
		}
	}

	private static void refuseInputs(String cannot, Path file, Collection<Path> inputs) {
		if (!Files.exists(file)) {
			return; // a file that does not exist is read by no one
		}
		for (Path input : inputs) {
			try {
				if (Files.isSameFile(file, input)) {
					throw new UsageException(cannot + "it is an input of the command (" + input
							+ "), which would be lost; name another file");
				}
			} catch (IOException e) {
				// an input that cannot be compared cannot be the file we are about to replace
			}
		}
	}

	/** The nearest folder that exists on the way to {@code folder} must be a folder we may write in. */
	private static void requireFolderFor(String cannot, Path folder) {
		if (folder == null) {
			return;
		}
		Path existing = folder;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return;
		}
		if (!Files.isDirectory(existing)) {
			throw new UsageException(cannot + existing + " is a file, not a folder");
		}
		if (!Files.isWritable(existing)) {
			throw new UsageException(cannot + "permission denied in " + existing);
		}
	}
}
