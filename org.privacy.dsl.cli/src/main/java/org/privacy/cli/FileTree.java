package org.privacy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Lists the files under a folder in a stable order, skipping hidden files and folders (names starting with a dot). */
final class FileTree {
	private FileTree() {
	}

	/** The regular files under {@code root} (or {@code root} itself if it is a file), sorted by relative path. */
	static List<Path> files(Path root) {
		if (Files.isRegularFile(root)) {
			return List.of(root);
		}
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).filter(p -> !isHidden(root.relativize(p))).forEach(files::add);
		} catch (IOException | UncheckedIOException e) {
			throw new UsageException("cannot read the folder " + root + ": " + describe(e));
		}
		files.sort(Comparator.comparing(p -> slashed(root.relativize(p))));
		return files;
	}

	/** A relative path with {@code /} between names, whatever the platform: for reports and sorting. */
	static String slashed(Path relative) {
		StringBuilder b = new StringBuilder();
		for (Path name : relative) {
			if (b.length() > 0) {
				b.append('/');
			}
			b.append(name);
		}
		return b.toString();
	}

	/** The file name without its last extension: {@code MessageSend} for {@code MessageSend.jsonl}. */
	static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	/** The last extension in lower case, without the dot, or an empty string. */
	static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

	private static boolean isHidden(Path relative) {
		for (Path name : relative) {
			if (name.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Exception e) {
		Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}
}
